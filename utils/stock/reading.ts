/**
 * Turning one list-page row into readings. The id is deterministic so the same row, delivered twice
 * (a retried message, a restarted service worker), is recognised; a reload has a new page-load time and
 * so a new id — that case is caught by the ledger instead (the same stock again is no change).
 */
import type { PlatformId } from '../platforms/hosts';
import type { Reading, StockBySku } from './ledger';

export interface RowSeen {
  platform: PlatformId;
  /** The listing's id on the shop (`externalId`), or whatever identifies the row there. */
  listing: string;
  /** Every stock the row shows, per stock SKU (variant SKUs, or the product's own). */
  stocks: StockBySku;
  pageLoadedAt: number;
  /** A caller that already has an id (e.g. an edit page's read-before-write) may pass it. */
  id?: string;
}

export function rowId({ platform, listing, stocks, pageLoadedAt }: RowSeen): string {
  const shown = Object.keys(stocks)
    .sort()
    .map((sku) => `${sku}=${stocks[sku]}`)
    .join(',');
  return `${platform}|${listing}|${shown}|${pageLoadedAt}`;
}

/** One reading per stock SKU; each carries its SKU in the id so a row's variants do not mask each other. */
export function readingsFromRow(row: RowSeen): Reading[] {
  const base = row.id ?? rowId(row);
  return Object.entries(row.stocks).map(([sku, seenStock]) => ({
    id: `${base}#${sku}`,
    platform: row.platform,
    sku,
    seenStock,
    readAt: row.pageLoadedAt,
  }));
}
