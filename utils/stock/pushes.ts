/**
 * What each listing should show, and which listings do not show it yet. Pushes are derived from the
 * catalogue and the ledger rather than queued separately: a listing's ledger entry only moves when a push
 * is confirmed (`recordPush`), so after the service worker dies `planPushes` finds the same work again.
 */
import type { CatalogueStocks, StockBySku, StockEvent, StockLedger, StockPush } from './ledger';
import type { PlatformId } from '../platforms/hosts';

/** The safety buffer: every shop shows `buffer` fewer than the catalogue holds, never below 0. */
export function targetStocks(catalogue: StockBySku, buffer = 0): StockBySku {
  return Object.fromEntries(Object.entries(catalogue).map(([sku, n]) => [sku, Math.max(0, n - buffer)]));
}

function differs(target: StockBySku, synced: StockBySku): boolean {
  return Object.keys(target).some((sku) => synced[sku] !== target[sku]);
}

/** Every linked listing of the product whose last-synced stock is not what it should show now. */
export function planPushes(
  catalogueStocks: CatalogueStocks,
  ledger: StockLedger,
  productSku: string,
  buffer = 0,
): StockPush[] {
  const catalogue = catalogueStocks[productSku];
  if (!catalogue) return [];
  const target = targetStocks(catalogue, buffer);
  const listings = ledger.listings[productSku] ?? {};
  return (Object.keys(listings) as PlatformId[])
    .filter((platform) => differs(target, listings[platform]!.synced))
    .map((platform) => ({ productSku, platform, stocks: { ...target } }));
}

/** A push the edit page confirmed (or a new link): the listing now shows these stocks as of `at`. */
export function recordPush(ledger: StockLedger, push: StockPush, at: number): StockLedger {
  const listings = ledger.listings[push.productSku] ?? {};
  const before = listings[push.platform]?.synced ?? {};
  return {
    ...ledger,
    listings: {
      ...ledger.listings,
      [push.productSku]: { ...listings, [push.platform]: { synced: { ...before, ...push.stocks }, pushedAt: at } },
    },
  };
}

/**
 * "Sync now" changed a listing: each stock SKU the page showed otherwise becomes a `sync` history line
 * (the difference written there), so the seller sees which shop sync corrected and by how much.
 */
export function syncEvents(shown: StockBySku, written: StockBySku, at: number): StockEvent[] {
  return Object.entries(written)
    .filter(([sku, n]) => shown[sku] !== undefined && shown[sku] !== n)
    .map(([sku, n]) => ({ sku, delta: n - shown[sku]!, source: 'sync', at }));
}
