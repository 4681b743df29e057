/**
 * After a pick the list folds to this card: the one product being filled, and "Ganti produk" to open
 * the search and the list again. On a laptop screen the list, the preview and the report no longer
 * push "Isi formulir" out of sight.
 */
import { useEffect, useRef } from 'react';
import type { PanelProduct } from '@/entrypoints/background/panel-catalogue';
import { formatRupiah, groupThousands } from '@/utils/money';
import type { PanelText } from './text';

interface Props {
  product: PanelProduct;
  onChange: () => void;
  text: PanelText;
}

export function ChosenProduct({ product, onChange, text: { t } }: Props) {
  // The card replaces the list the seller just clicked in: keep keyboard focus here, not lost to <body>.
  const card = useRef<HTMLElement>(null);
  useEffect(() => card.current?.focus(), []);
  return (
    <section ref={card} tabIndex={-1} className="chosen" data-testid="panel-chosen" data-sku={product.sku} aria-labelledby="chosen-heading">
      <h2 id="chosen-heading" className="subheading">
        {t('chosenTitle')}
      </h2>
      <div className="chosen-card">
        <span className="product-text">
          <span className="product-name">{product.name}</span>
          <span className="product-meta">
            {product.sku} · {formatRupiah(product.price)} · {t('stockCount', { count: groupThousands(product.stock) })}
            {product.variants > 0 && ` · ${t('variantCount', { count: product.variants })}`}
          </span>
        </span>
        <button type="button" className="secondary" data-testid="panel-change-product" onClick={onChange}>
          {t('changeProduct')}
        </button>
      </div>
    </section>
  );
}
