/**
 * Stock changed outside stock sync: the seller typed a new stock in the dashboard, imported a file, or
 * saved a listing into the catalogue. Stock sync remembers the catalogue stock it last decided
 * (`stockCatalogueSeen`); any other difference is the seller's own change: a history line (`edit`, or
 * `import` when the catalogue holds what an import noted: store.ts `noteStockSource`) and,
 * with `stock-auto` on, a push of the new number to every linked shop.
 */
import type { CatalogueStocks, StockEvent } from './ledger';

export interface OutsideChanges {
  events: StockEvent[];
  /** Products whose stock changed outside stock sync (their listings should follow). */
  productSkus: string[];
  /** Linked products stock sync has not remembered yet (to remember now, so a later edit is seen). */
  unseen: string[];
}

/** A product stock sync has not seen before is new to it (just linked), not changed: no line for it. */
export function outsideChanges(
  seen: CatalogueStocks,
  current: CatalogueStocks,
  at: number,
  notes: Readonly<Record<string, { source: 'import'; stocks: Record<string, number>; at: number }>> = {},
  freshMs = Infinity,
): OutsideChanges {
  const events: StockEvent[] = [];
  const productSkus: string[] = [];
  const unseen: string[] = [];
  for (const [productSku, stocks] of Object.entries(current)) {
    const before = seen[productSku];
    if (!before) {
      unseen.push(productSku);
      continue;
    }
    const changed = Object.entries(stocks).filter(([sku, n]) => before[sku] !== undefined && before[sku] !== n);
    if (changed.length === 0) continue;
    productSkus.push(productSku);
    const note = notes[productSku];
    // per SKU, not as JSON: the catalogue may store a product's variants in another order than the note
    const sameStocks = (a: Record<string, number>, b: Record<string, number>) =>
      Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([sku, n]) => b[sku] === n);
    const noted = note && at - note.at < freshMs && sameStocks(note.stocks, stocks);
    const source = noted ? note.source : 'edit';
    for (const [sku, n] of changed) events.push({ sku, delta: n - before[sku]!, source, at });
  }
  return { events, productSkus, unseen };
}
