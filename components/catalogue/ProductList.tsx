/**
 * The virtualised product list: only the rows in view (plus a few) are in the DOM, so 10,000 products
 * render as fast as 20. Rows are measured, so a long name wraps instead of being cut off.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ProductRow } from './ProductRow';
import type { IndexedProduct } from './search-index';

const ROW_ESTIMATE = 76;

/** `resetKey` changes with the search or filter: new results start at the top, not where the old ones were. */
export function ProductList({ entries, resetKey }: { entries: IndexedProduct[]; resetKey: string }) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // A new key function only when the rows change: the virtualizer re-plans all 10,000 positions
  // whenever it gets a new one, and it re-renders after every row measurement.
  const getItemKey = useCallback((i: number) => entries[i]?.product.sku ?? i, [entries]);
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 6,
    getItemKey,
    useFlushSync: false,
  });
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetKey]);
  return (
    <div className="product-table" role="table" aria-label={t('catalogue.title')} aria-rowcount={entries.length}>
      <div role="rowgroup" className="product-head">
        <div role="row" className="product-row product-row-head">
          <div role="columnheader">{t('catalogue.colPhoto')}</div>
          <div role="columnheader">{t('catalogue.colProduct')}</div>
          <div role="columnheader" className="cell-price">
            {t('catalogue.colPrice')}
          </div>
          <div role="columnheader" className="cell-stock">
            {t('catalogue.colStock')}
          </div>
          <div role="columnheader" className="cell-actions">
            {t('catalogue.colActions')}
          </div>
        </div>
      </div>
      <div ref={scrollRef} className="product-scroll" role="rowgroup" data-testid="product-list">
        <div className="product-canvas" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const entry = entries[item.index];
            if (!entry) return null;
            return (
              <ProductRow
                key={item.key}
                entry={entry}
                index={item.index}
                start={item.start}
                measure={virtualizer.measureElement}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
