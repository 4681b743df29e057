/** A product as the panel names it, in the list and on the chosen-product card: name, then SKU · price · stock. */
import type { PanelProduct } from '@/entrypoints/background/panel-catalogue';
import { formatRupiah, groupThousands } from '@/utils/money';
import type { PanelText } from './text';

export function ProductText({ product, text: { t } }: { product: PanelProduct; text: PanelText }) {
  return (
    <span className="product-text">
      <span className="product-name">{product.name}</span>
      <span className="product-meta">
        {product.sku} · {formatRupiah(product.price)} · {t('stockCount', { count: groupThousands(product.stock) })}
        {product.variants > 0 && ` · ${t('variantCount', { count: product.variants })}`}
      </span>
    </span>
  );
}
