/**
 * The stock ledger: for each listing (product SKU × platform), the stock Serentak last put there, so a
 * reading from a shop's page can be compared with it. Plain data with zod schemas because the background
 * stores it between a reading and its push — the service worker may die in between.
 */
// zod/mini, not zod: these schemas ride in every platform's fill engine (the edit page answers stock
// requests), where classic zod's chained API alone cost about 25 KB gzipped (issue 8 item 7).
import * as z from 'zod/mini';
import { platformIdSchema } from '../fill/types';

const wholeStock = z.int().check(z.minimum(0));

/**
 * Stock per stock SKU: each variant's own SKU, or the product's SKU for a product without variants.
 * The same shape is used for the catalogue's stock and for what a listing was last synced to.
 */
export const stockBySkuSchema = z.record(z.string(), wholeStock);
export type StockBySku = z.infer<typeof stockBySkuSchema>;

/** The catalogue's stock, keyed by product SKU. The catalogue is the truth; listings follow it. */
export type CatalogueStocks = Record<string, StockBySku>;

export const listingStockSchema = z.object({
  /** What Serentak last wrote to (or confirmed on) this listing, per stock SKU. */
  synced: stockBySkuSchema,
  /** When Serentak last pushed here (ms); a reading taken before it shows the old stock, not a sale. */
  pushedAt: z.nullable(z.number()),
});
export type ListingStock = z.infer<typeof listingStockSchema>;

export const stockConflictSchema = z.object({
  productSku: z.string(),
  sku: z.string(),
  platform: platformIdSchema,
  /** The stock the shop shows, higher than what Serentak last put there. */
  seen: wholeStock,
  lastSynced: wholeStock,
  readAt: z.number(),
});
export type StockConflict = z.infer<typeof stockConflictSchema>;

export const stockLedgerSchema = z.object({
  version: z.literal(1),
  listings: z.record(z.string(), z.partialRecord(platformIdSchema, listingStockSchema)),
  /** Reading ids already reconciled, newest last, so a reading delivered twice changes nothing. */
  applied: z.array(z.string()),
  /** Conflicts waiting for the seller; kept here so they survive the service worker too. */
  conflicts: z.array(stockConflictSchema),
});
export type StockLedger = z.infer<typeof stockLedgerSchema>;

export const emptyStockLedger = (): StockLedger => ({ version: 1, listings: {}, applied: [], conflicts: [] });

/** One SKU's stock as a shop's page showed it. */
export const readingSchema = z.object({
  id: z.string().check(z.minLength(1)),
  platform: platformIdSchema,
  /** The product's SKU, or a variant's own SKU. */
  sku: z.string().check(z.minLength(1)),
  seenStock: wholeStock,
  readAt: z.number(),
});
export type Reading = z.infer<typeof readingSchema>;

export type StockEventSource =
  | `sale:${z.infer<typeof platformIdSchema>}`
  | `conflict:${z.infer<typeof platformIdSchema>}`
  | 'edit'
  | 'import'
  | 'sync';

/** One line of the stock history (`stock-event`). */
export interface StockEvent {
  sku: string;
  delta: number;
  source: StockEventSource;
  at: number;
}

/** Stock to write to one listing, each stock SKU its own field on the edit page. */
export interface StockPush {
  productSku: string;
  platform: z.infer<typeof platformIdSchema>;
  stocks: StockBySku;
}

/** The ledger with one stock SKU of one listing set to what the shop now shows. */
export function withSynced(
  ledger: StockLedger,
  productSku: string,
  platform: z.infer<typeof platformIdSchema>,
  sku: string,
  stock: number,
): StockLedger {
  const listings = ledger.listings[productSku] ?? {};
  const listing = listings[platform] ?? { synced: {}, pushedAt: null };
  return {
    ...ledger,
    listings: {
      ...ledger.listings,
      [productSku]: { ...listings, [platform]: { ...listing, synced: { ...listing.synced, [sku]: stock } } },
    },
  };
}

/** Which product a stock SKU (a variant's, or a product's own) belongs to in the catalogue. */
export function findStockSku(catalogueStocks: CatalogueStocks, sku: string): string | undefined {
  return Object.keys(catalogueStocks).find((productSku) => sku in catalogueStocks[productSku]!);
}
