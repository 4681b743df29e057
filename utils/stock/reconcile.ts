/**
 * One reading against the ledger, as a pure function the background runs one reading at a time.
 * The catalogue is the truth; a shop showing less than Serentak last put there has sold the difference,
 * a shop showing more was edited by hand there (or restocked) and the seller decides (`stock-conflict`).
 */
import {
  findStockSku,
  withSynced,
  type CatalogueStocks,
  type Reading,
  type StockConflict,
  type StockEvent,
  type StockLedger,
  type StockPush,
} from './ledger';
import { planPushes } from './pushes';

/** Enough to catch a re-delivered reading; older ids are also older than any push and so ignored anyway. */
const APPLIED_KEPT = 500;

export type ReadingOutcome =
  | 'sale'
  | 'conflict'
  | 'same' // the shop shows what Serentak last put there (e.g. the same page reloaded after a sale)
  | 'seen-before' // this reading id was already reconciled
  | 'before-push' // read before Serentak's last push there: it shows the old stock, not a sale
  | 'not-linked'; // no catalogue product or no ledger entry for this SKU on that platform

export interface Reconciled {
  catalogueStocks: CatalogueStocks;
  ledger: StockLedger;
  events: StockEvent[];
  /** The conflict this reading raised, if it is new (the ledger keeps every pending one). */
  conflicts: StockConflict[];
  /** Listings that should now be written, each with every stock SKU's target. */
  pushes: StockPush[];
  outcome: ReadingOutcome;
}

export interface ReconcileOptions {
  /** Safety buffer: every shop shows this many fewer than the catalogue (never below 0). */
  buffer?: number;
}

function markApplied(ledger: StockLedger, id: string): StockLedger {
  return { ...ledger, applied: [...ledger.applied, id].slice(-APPLIED_KEPT) };
}

export function reconcile(
  catalogueStocks: CatalogueStocks,
  ledger: StockLedger,
  reading: Reading,
  { buffer = 0 }: ReconcileOptions = {},
): Reconciled {
  const nothing = (outcome: ReadingOutcome, next = ledger): Reconciled => ({
    catalogueStocks,
    ledger: next,
    events: [],
    conflicts: [],
    pushes: [],
    outcome,
  });
  if (ledger.applied.includes(reading.id)) return nothing('seen-before');

  const { platform, sku, seenStock, readAt } = reading;
  const productSku = findStockSku(catalogueStocks, sku);
  const listing = productSku ? ledger.listings[productSku]?.[platform] : undefined;
  const lastSynced = listing?.synced[sku];
  // A product with variants read by its own SKU shows a total that cannot be pinned on one variant.
  if (!productSku || !listing || lastSynced === undefined) return nothing('not-linked');
  if (listing.pushedAt !== null && readAt < listing.pushedAt) return nothing('before-push');

  // Any reading of this SKU there supersedes a conflict still waiting from an earlier one.
  const others = ledger.conflicts.filter((c) => !(c.sku === sku && c.platform === platform));
  const applied = markApplied(ledger, reading.id);

  if (seenStock === lastSynced) return nothing('same', { ...applied, conflicts: others });

  if (seenStock > lastSynced) {
    const conflict: StockConflict = { productSku, sku, platform, seen: seenStock, lastSynced, readAt };
    const pending = ledger.conflicts.some((c) => c.sku === sku && c.platform === platform && c.seen === seenStock);
    const next = nothing('conflict', { ...applied, conflicts: [...others, conflict] });
    // The same raised stock read again (a reload) is the same conflict, not a new one to show.
    return pending ? next : { ...next, conflicts: [conflict] };
  }

  const before = catalogueStocks[productSku]![sku]!;
  const after = Math.max(0, before - (lastSynced - seenStock));
  const nextCatalogue = { ...catalogueStocks, [productSku]: { ...catalogueStocks[productSku], [sku]: after } };
  const nextLedger = withSynced({ ...applied, conflicts: others }, productSku, platform, sku, seenStock);
  return {
    catalogueStocks: nextCatalogue,
    ledger: nextLedger,
    events: after === before ? [] : [{ sku, delta: after - before, source: `sale:${platform}`, at: readAt }],
    conflicts: [],
    // Every listing that no longer shows the target — usually the other shops; the selling shop too when
    // another shop's sale since the last sync means it still shows too many.
    pushes: planPushes(nextCatalogue, nextLedger, productSku, buffer),
    outcome: 'sale',
  };
}
