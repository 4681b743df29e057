/**
 * Readings into decisions: one reading at a time through `reconcile`, then one persisted change. Used by
 * the list-page listener (stock-list.ts) and by a push's read-before-write (stock-push.ts).
 */
import type { StoredProduct } from '@/utils/catalogue/schema';
import type { PlatformId } from '@/utils/platforms/hosts';
import type { Reading, StockBySku, StockEvent, StockPush } from '@/utils/stock/ledger';
import { planPushes, targetStocks } from '@/utils/stock/pushes';
import { reconcile, type ReadingOutcome } from '@/utils/stock/reconcile';
import { commit, type StockState } from './stock-state';

export interface Applied {
  outcomes: ReadingOutcome[];
  /** Listings queued for a push (with `stock-auto` on, or when the caller asked to push anyway). */
  pushes: StockPush[];
  /** Their status keys, and those of the seller's own changes noticed meanwhile: for `runPushes`. */
  queued: string[];
  state: StockState;
}

/**
 * Reconcile every reading in order, then persist once: catalogue stock, ledger, history, conflicts and
 * the pushes the sales call for — all before any tab opens. `except`: a listing the caller is writing
 * itself (the edit page being pushed), not queued again.
 */
export async function applyReadings(
  state: StockState,
  readings: readonly Reading[],
  { push, except }: { push: boolean; except?: { productSku: string; platform: PlatformId } },
): Promise<Applied> {
  let { catalogueStocks, ledger } = state;
  const events: StockEvent[] = [];
  const outcomes: ReadingOutcome[] = [];
  const sold = new Set<string>();
  for (const reading of readings) {
    const r = reconcile(catalogueStocks, ledger, reading, { buffer: state.settings.buffer });
    ({ catalogueStocks, ledger } = r);
    events.push(...r.events);
    outcomes.push(r.outcome);
    for (const p of r.pushes) sold.add(p.productSku);
  }
  const pushes = push
    ? [...sold].flatMap((productSku) =>
        planPushes(catalogueStocks, ledger, productSku, state.settings.buffer).filter(
          (p) => !(except && p.productSku === except.productSku && p.platform === except.platform),
        ),
      )
    : [];
  const changed = outcomes.some((o) => o !== 'seen-before' && o !== 'not-linked' && o !== 'before-push');
  const queued = changed || state.outside.events.length ? await commit(state, { catalogueStocks, ledger, events, pushes }) : [];
  return { outcomes, pushes, queued, state: { ...state, catalogueStocks, ledger, outside: { events: [], productSkus: [], unseen: [] } } };
}

/**
 * List-page rows into readings' stocks: a row is matched by its SKU(s) (the product's, or a variant's
 * own); a row whose SKU the catalogue does not know is matched by the listing's external id, when that
 * product has no variants and the row shows one stock.
 */
export function stocksByCatalogue(
  platform: PlatformId,
  row: { listing: string; stocks: StockBySku },
  products: readonly Pick<StoredProduct, 'sku' | 'variants' | 'listings'>[],
  known: (sku: string) => boolean,
): StockBySku {
  const entries = Object.entries(row.stocks);
  if (entries.some(([sku]) => known(sku)) || !row.listing || entries.length !== 1) return row.stocks;
  const product = products.find((p) => p.listings[platform]?.externalId === row.listing && !p.variants?.items.length);
  return product ? { [product.sku]: entries[0]![1] } : row.stocks;
}

export const totalOf = (stocks: StockBySku) => Object.values(stocks).reduce((sum, n) => sum + n, 0);

export function targetFor(state: StockState, productSku: string): StockBySku {
  return targetStocks(state.catalogueStocks[productSku] ?? {}, state.settings.buffer);
}
