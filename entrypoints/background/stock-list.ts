/**
 * `stock-list-read` from a product list page (received and sender-checked by stock-readings.ts) →
 * readings → one reconciliation at a time → persisted → with `stock-auto` on, pushes to every other
 * linked listing.
 */
import { findStockSku } from '@/utils/stock/ledger';
import type { StockListRead } from '@/utils/stock/messages';
import { readingsFromRow } from '@/utils/stock/reading';
import { runPushes } from './stock-push';
import { applyReadings, stocksByCatalogue } from './stock-apply';
import { onStockListRead } from './stock-readings';
import { withStockState } from './stock-state';

/** Listeners waiting for a list page to be read (the scheduled check closes its tab then). */
const listReadWaiters = new Map<number, () => void>();

export function onListRead(tabId: number, resolve: () => void): () => void {
  listReadWaiters.set(tabId, resolve);
  return () => listReadWaiters.delete(tabId);
}

export async function reconcileListRead(read: StockListRead) {
  const applied = await withStockState(async (state) => {
    const known = (sku: string) => findStockSku(state.catalogueStocks, sku) !== undefined;
    const readings = read.rows.flatMap((row) =>
      readingsFromRow({
        platform: read.platform,
        listing: row.listing,
        stocks: stocksByCatalogue(read.platform, row, state.products, known),
        pageLoadedAt: read.pageLoadedAt,
      }),
    );
    return applyReadings(state, readings, { push: state.settings.auto });
  }, { discover: true });
  if (applied.queued.length) void runPushes(applied.queued);
  return applied;
}

/** Each list page read (received and checked by stock-readings.ts), reconciled in arrival order. */
export function readListPages(): void {
  onStockListRead(async (read, tabId) => {
    try {
      await reconcileListRead(read);
    } finally {
      listReadWaiters.get(tabId)?.();
    }
  });
}
