/**
 * Where stock sync keeps its state: WXT storage items in storage.local, each with a version. The MV3
 * service worker may die between a reading and its push, so everything a push needs is here, written
 * before any tab opens (entrypoints/background/stock-state.ts). Every read is parsed with zod: an older
 * build or a bug may have left anything there.
 */
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { bilingualSchema } from '../bilingual';
import { catalogue } from '../catalogue/api';
import { platformIdSchema, type StoredProduct } from '../catalogue/schema';
import { emptyStockLedger, stockBySkuSchema, stockLedgerSchema, type StockLedger } from './ledger';
import { linkListings, stocksOf } from './links';

/**
 * The ledger. Before version 1 there was none: the listing links lived only on catalogue products
 * (`listings.<platform>`). Its first value (`init`, run once when nothing is stored) carries every one
 * of them over, each starting at the catalogue's current stock per stock SKU; links made later are
 * added the same way by `linkListings` before each reconciliation.
 */
export const stockLedgerItem = storage.defineItem<StockLedger>('local:stockLedger', {
  version: 1,
  migrations: {},
  init: async () => linkListings(emptyStockLedger(), await catalogue.list()),
});

export async function readLedger(): Promise<StockLedger> {
  const parsed = stockLedgerSchema.safeParse(await stockLedgerItem.getValue());
  return parsed.success ? parsed.data : linkListings(emptyStockLedger(), await catalogue.list());
}

const SOURCES = /^(sale|conflict):[a-z-]+$|^(edit|import|sync)$/;

/** One `stock-event`: a change of the catalogue's stock, where and why. */
export const stockEventSchema = z.object({
  sku: z.string(),
  delta: z.number().int(),
  source: z.string().regex(SOURCES),
  at: z.number(),
});
export type StoredStockEvent = z.infer<typeof stockEventSchema>;

/** Enough for months of a busy shop; the CSV export is the long-term record. */
export const HISTORY_KEPT = 5_000;

export const stockHistoryItem = storage.defineItem<StoredStockEvent[]>('local:stockHistory', { fallback: [], version: 1 });

export async function readHistory(): Promise<StoredStockEvent[]> {
  const parsed = z.array(stockEventSchema).safeParse(await stockHistoryItem.getValue());
  return parsed.success ? parsed.data : [];
}

/**
 * Catalogue stock decided by a reconciliation but maybe not yet in IndexedDB. It is written in the same
 * storage.local write as the ledger, so a service worker that dies before the catalogue write finishes
 * applies it on restart: never a sale lost, never one counted twice.
 */
export const pendingCatalogueSchema = z.record(z.string(), stockBySkuSchema);
export const pendingCatalogueItem = storage.defineItem<z.infer<typeof pendingCatalogueSchema>>('local:stockPendingCatalogue', {
  fallback: {},
  version: 1,
});

/** The catalogue stock stock sync last decided, per product: any other change is the seller's own (outside.ts). */
export const catalogueSeenItem = storage.defineItem<z.infer<typeof pendingCatalogueSchema>>('local:stockCatalogueSeen', {
  fallback: {},
  version: 1,
});

export async function readCatalogueSeen(): Promise<z.infer<typeof pendingCatalogueSchema>> {
  const parsed = pendingCatalogueSchema.safeParse(await catalogueSeenItem.getValue());
  return parsed.success ? parsed.data : {};
}

export const STOCK_SYNC_STATES = ['queued', 'opening', 'saving', 'done', 'failed', 'needs-login'] as const;
export type StockSyncState = (typeof STOCK_SYNC_STATES)[number];
export const PENDING_STATES: readonly StockSyncState[] = ['queued', 'opening', 'saving'];

/** One listing's push as the dashboard shows it (`stock-sync-status`). */
export const stockSyncStatusSchema = z.object({
  productSku: z.string(),
  platform: platformIdSchema,
  /** The total pushed (or to push): every stock SKU's target summed. */
  stock: z.number().int().min(0),
  state: z.enum(STOCK_SYNC_STATES),
  /** "Sync now" opens the page even when the ledger says it already shows the target. */
  force: z.boolean().default(false),
  error: z.optional(bilingualSchema),
  /** Set by a scheduled check that found the shop's login page (check-login.ts), not by a push. */
  fromCheck: z.boolean().optional(),
  updatedAt: z.number(),
});
export type StockSyncStatus = z.infer<typeof stockSyncStatusSchema>;
export const stockSyncStatusesSchema = z.record(z.string(), stockSyncStatusSchema);
export type StockSyncStatuses = z.infer<typeof stockSyncStatusesSchema>;

export const statusKey = (productSku: string, platform: string) => `${productSku}|${platform}`;

export const stockSyncStatusItem = storage.defineItem<StockSyncStatuses>('local:stockSyncStatus', { fallback: {}, version: 1 });

export async function readStatuses(): Promise<StockSyncStatuses> {
  const parsed = stockSyncStatusesSchema.safeParse(await stockSyncStatusItem.getValue());
  return parsed.success ? parsed.data : {};
}

/** The seller's stock sync settings (dashboard). */
export const stockSettingsSchema = z.object({
  /** `stock-auto`: push to every other shop after each sale seen. On by default. */
  auto: z.boolean().default(true),
  /** "tampilkan N lebih sedikit": every shop shows this many fewer than the catalogue holds. */
  buffer: z.number().int().min(0).max(999).default(0),
  /** "cek stok tiap N menit": open each shop's list page on a schedule; 0 = off (opt-in). */
  checkEveryMinutes: z.number().int().min(0).max(1440).default(0),
});
export type StockSettings = z.infer<typeof stockSettingsSchema>;
export const DEFAULT_STOCK_SETTINGS: StockSettings = stockSettingsSchema.parse({});

export const stockSettingsItem = storage.defineItem<StockSettings>('local:stockSettings', {
  fallback: DEFAULT_STOCK_SETTINGS,
  version: 1,
});

export async function readStockSettings(): Promise<StockSettings> {
  const parsed = stockSettingsSchema.safeParse(await stockSettingsItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_STOCK_SETTINGS;
}

/**
 * Who changed catalogue stock outside stock sync, per product, when the writer knows it: an import
 * notes each product's stock as it writes it. Stock sync notices the change later (outside.ts) and names
 * its history line `import` when the catalogue still holds exactly the noted stock; any other change
 * is the seller's `edit` (a note is also dropped once used, and read only while fresh).
 */
export const STOCK_SOURCE_FRESH_MS = 10 * 60_000;
export const stockSourceNoteSchema = z.record(z.string(), z.object({ source: z.literal('import'), stocks: stockBySkuSchema, at: z.number() }));
export type StockSourceNotes = z.infer<typeof stockSourceNoteSchema>;
export const stockSourceNotesItem = storage.defineItem<StockSourceNotes>('local:stockSourceNotes', { fallback: {}, version: 1 });

export async function readStockSourceNotes(): Promise<StockSourceNotes> {
  const parsed = stockSourceNoteSchema.safeParse(await stockSourceNotesItem.getValue());
  return parsed.success ? parsed.data : {};
}

/**
 * Call before writing products whose stock an import (catalogue file, `sku,stock` CSV update) sets:
 * the products as they will be written (sku, stock, variants).
 */
export async function noteStockSource(source: 'import', products: readonly Pick<StoredProduct, 'sku' | 'stock' | 'variants'>[], at = Date.now()): Promise<void> {
  if (products.length === 0) return;
  const fresh = Object.entries(await readStockSourceNotes()).filter(([, note]) => at - note.at < STOCK_SOURCE_FRESH_MS);
  await stockSourceNotesItem.setValue({ ...Object.fromEntries(fresh), ...Object.fromEntries(products.map((p) => [p.sku, { source, stocks: stocksOf(p), at }])) });
}
