/**
 * The seller's answer to a `stock-conflict` (a shop showing more than Serentak last put there):
 * accept makes the shop's stock the catalogue's and pushes it everywhere; reject pushes the catalogue's
 * stock over it. Either way the ledger first records what that shop really shows, so the push plan
 * (and read-before-write) compares against the truth.
 */
import { withSynced, type CatalogueStocks, type StockConflict, type StockEvent, type StockLedger } from './ledger';
import { planPushes } from './pushes';
import type { Reconciled } from './reconcile';

export type Resolved = Omit<Reconciled, 'conflicts' | 'outcome'>;

interface ResolveOptions {
  buffer?: number;
  /** When the seller answered (ms), for the stock history. */
  at: number;
}

function settle(ledger: StockLedger, conflict: StockConflict): StockLedger {
  const { productSku, platform, sku, seen } = conflict;
  const pending = ledger.conflicts.filter((c) => !(c.sku === sku && c.platform === platform));
  return withSynced({ ...ledger, conflicts: pending }, productSku, platform, sku, seen);
}

export function acceptConflict(
  catalogueStocks: CatalogueStocks,
  ledger: StockLedger,
  conflict: StockConflict,
  { buffer = 0, at }: ResolveOptions,
): Resolved {
  const { productSku, platform, sku, seen } = conflict;
  const before = catalogueStocks[productSku]?.[sku];
  if (before === undefined) return { catalogueStocks, ledger: settle(ledger, conflict), events: [], pushes: [] };
  const next = { ...catalogueStocks, [productSku]: { ...catalogueStocks[productSku], [sku]: seen } };
  const nextLedger = settle(ledger, conflict);
  const events: StockEvent[] =
    seen === before ? [] : [{ sku, delta: seen - before, source: `conflict:${platform}`, at }];
  const pushes = planPushes(next, nextLedger, productSku, buffer);
  return { catalogueStocks: next, ledger: nextLedger, events, pushes };
}

export function rejectConflict(
  catalogueStocks: CatalogueStocks,
  ledger: StockLedger,
  conflict: StockConflict,
  { buffer = 0 }: ResolveOptions,
): Resolved {
  const nextLedger = settle(ledger, conflict);
  return {
    catalogueStocks,
    ledger: nextLedger,
    events: [],
    pushes: planPushes(catalogueStocks, nextLedger, conflict.productSku, buffer),
  };
}
