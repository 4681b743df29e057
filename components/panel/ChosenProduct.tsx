/**
 * After a pick the list folds to this card: the one product being filled, and "Ganti produk" to open
 * the search and the list again. On a laptop screen the list, the preview and the report no longer
 * push "Isi formulir" out of sight.
 */
import { useEffect, useRef } from 'react';
import type { PanelProduct } from '@/entrypoints/background/panel-catalogue';
import type { PanelText } from './text';
import { ProductText } from './ProductText';

interface Props {
  product: PanelProduct;
  onChange: () => void;
  text: PanelText;
}

export function ChosenProduct({ product, onChange, text }: Props) {
  const { t } = text;
  // The card replaces the list the seller just clicked in: keep keyboard focus here, not lost to <body>.
  const card = useRef<HTMLElement>(null);
  useEffect(() => card.current?.focus(), []);
  return (
    <section ref={card} tabIndex={-1} className="chosen" data-testid="panel-chosen" data-sku={product.sku} aria-labelledby="chosen-heading">
      <h2 id="chosen-heading" className="subheading">
        {t('chosenTitle')}
      </h2>
      <div className="chosen-card">
        <ProductText product={product} text={text} />
        <button type="button" className="secondary" data-testid="panel-change-product" onClick={onChange}>
          {t('changeProduct')}
        </button>
      </div>
    </section>
  );
}
