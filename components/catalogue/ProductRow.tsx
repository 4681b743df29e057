/**
 * One product in the list. Memoised on the index entry: typing in search re-renders only rows whose
 * product changed or that scrolled into view, never the 10,000 hidden ones.
 */
import { memo } from 'react';
import { formatRupiah, groupThousands } from '../../utils/money';
import { AttentionBadges } from './AttentionBadges';
import { ListingLinks } from './ListingLinks';
import { RowActions } from './RowActions';
import type { RowText } from './row-text';
import type { IndexedProduct } from './search-index';
import { Thumbnail } from './Thumbnail';

interface ProductRowProps {
  entry: IndexedProduct;
  index: number;
  text: RowText;
  measure: (el: HTMLElement | null) => void;
}

export const ProductRow = memo(function ProductRow({ entry, index, text, measure }: ProductRowProps) {
  const { product, reasons } = entry;
  const variantCount = product.variants?.items.length ?? 0;
  return (
    <div
      ref={measure}
      role="row"
      className="product-row"
      data-index={index}
      data-testid="product-row"
      data-sku={product.sku}
      data-price={product.price}
      data-stock={product.stock}
    >
      <div role="cell" className="cell-photo">
        <Thumbnail photo={product.photos[0]} label={text.noPhoto} />
      </div>
      <div role="cell" className="cell-product">
        <span className="product-name">{product.name}</span>
        <span className="product-meta">
          <span className="sku">{product.sku}</span>
          {variantCount > 0 && <span className="badge">{text.variantCount(variantCount)}</span>}
          <ListingLinks listings={product.listings} t={text.t} />
        </span>
        <AttentionBadges reasons={reasons} language={text.language} />
      </div>
      <div role="cell" className="cell-price">
        {formatRupiah(product.price)}
      </div>
      <div role="cell" className={`cell-stock ${product.stock <= 0 ? 'is-out' : ''}`}>
        {groupThousands(product.stock)}
      </div>
      <div role="cell" className="cell-actions">
        <RowActions product={product} text={text} />
      </div>
    </div>
  );
});
