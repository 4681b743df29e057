/**
 * One product in the list. Memoised on the index entry: typing in search re-renders only rows whose
 * product changed or that scrolled into view, never the 10,000 hidden ones.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRupiah, groupThousands } from '../../utils/money';
import type { Language } from '../../utils/i18n';
import { AttentionBadges } from './AttentionBadges';
import { ListingLinks } from './ListingLinks';
import { RowActions } from './RowActions';
import type { IndexedProduct } from './search-index';
import { Thumbnail } from './Thumbnail';

interface ProductRowProps {
  entry: IndexedProduct;
  index: number;
  start: number;
  measure: (el: HTMLElement | null) => void;
}

export const ProductRow = memo(function ProductRow({ entry, index, start, measure }: ProductRowProps) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'id';
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
      style={{ transform: `translateY(${start}px)` }}
    >
      <div role="cell" className="cell-photo">
        <Thumbnail photo={product.photos[0]} label={t('catalogue.noPhoto')} />
      </div>
      <div role="cell" className="cell-product">
        <span className="product-name">{product.name}</span>
        <span className="product-meta">
          <span className="sku">{product.sku}</span>
          {variantCount > 0 && <span className="badge">{t('catalogue.variantCount', { count: variantCount })}</span>}
          <ListingLinks listings={product.listings} />
        </span>
        <AttentionBadges reasons={reasons} language={language} />
      </div>
      <div role="cell" className="cell-price">
        {formatRupiah(product.price)}
      </div>
      <div role="cell" className={`cell-stock ${product.stock <= 0 ? 'is-out' : ''}`}>
        {groupThousands(product.stock)}
      </div>
      <div role="cell" className="cell-actions">
        <RowActions product={product} />
      </div>
    </div>
  );
});
