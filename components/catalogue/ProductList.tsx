/**
 * The virtualised product list: only the rows in view (plus a few) are in the DOM, so 10,000 products
 * render as fast as 20. Rows are measured, so a long name wraps instead of being cut off.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ProductRow } from './ProductRow';
import { useRowText } from './row-text';
import type { IndexedProduct } from './search-index';

/** A row's height with its badge line, which every row reserves (style.css: .product-canvas > .product-row). */
const ROW_ESTIMATE = 96;

/** `resetKey` changes with the search or filter: new results start at the top, not where the old ones were. */
export function ProductList({ entries, resetKey }: { entries: IndexedProduct[]; resetKey: string }) {
  const { t } = useTranslation();
  const text = useRowText();
  const scrollRef = useRef<HTMLDivElement>(null);
  // Rows are keyed by their place in the list (the virtualizer's default), not by SKU: when a search
  // keystroke swaps every visible product, React updates the ~15 row elements it has instead of
  // unmounting and building them all again — the difference between one frame and three.
  // Nothing stateful lives in a row (the publish dialog is opened through the UI store).
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 1,
    // Until the list box is measured (after the first commit), assume it is as tall as the window, so
    // the very first render already has rows rather than an empty pass, a layout and a second render.
    initialRect: { width: 0, height: typeof window === 'undefined' ? 0 : window.innerHeight },
    useFlushSync: false,
    // Row positions (after a row is measured, or on scroll) are written straight to the DOM in the
    // same frame instead of through another React render; React renders only when rows come or go.
    directDomUpdates: true,
    // Unrounded, like the ResizeObserver's own figure, so the two never disagree by a fraction.
    measureElement: (element, entry) => entry?.borderBoxSize[0]?.blockSize ?? element.getBoundingClientRect().height,
  });
  useEffect(() => {
    // The virtualizer knows the offset from scroll events; asking the element (or scrolling it when it
    // is already at the top) would force a layout of the new rows inside every keystroke.
    if ((virtualizer.scrollOffset ?? 0) > 0) virtualizer.scrollToOffset(0);
  }, [resetKey, virtualizer]);
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
        <div ref={virtualizer.containerRef} className="product-canvas">
          {virtualizer.getVirtualItems().map((item) => {
            const entry = entries[item.index];
            if (!entry) return null;
            return (
              <ProductRow
                key={item.key}
                entry={entry}
                index={item.index}
                text={text}
                measure={virtualizer.measureElement}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
