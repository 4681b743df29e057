/**
 * The one place stock sync changes its state, one change at a time: load the catalogue's stock and the
 * ledger, let a pure function decide (utils/stock: reconcile, conflicts, pushes), then persist the
 * ledger, the history, the catalogue stock still to write and the pushes to make in ONE storage.local
 * write, before any tab opens. A service worker that dies after that write finishes the catalogue write
 * on restart (`finishCatalogueWrite`) and resumes the pushes (stock-push.ts); one that dies before it
 * never saw the reading, and the next page load reads it again.
 */
import { storage } from 'wxt/utils/storage';
import { catalogue } from '@/utils/catalogue/api';
import { db } from '@/utils/catalogue/db';
import { readProducts } from '@/utils/catalogue/read';
import type { StoredProduct } from '@/utils/catalogue/schema';
import type { CatalogueStocks, StockEvent, StockLedger, StockPush } from '@/utils/stock/ledger';
import { catalogueStocksOf, linkListings, withStocks } from '@/utils/stock/links';
import { outsideChanges, type OutsideChanges } from '@/utils/stock/outside';
import { planPushes, targetStocks } from '@/utils/stock/pushes';
import {
  catalogueSeenItem,
  HISTORY_KEPT,
  pendingCatalogueItem,
  pendingCatalogueSchema,
  readCatalogueSeen,
  readHistory,
  readLedger,
  readStatuses,
  readStockSettings,
  readStockSourceNotes,
  statusKey,
  STOCK_SOURCE_FRESH_MS,
  stockSourceNotesItem,
  stockHistoryItem,
  stockLedgerItem,
  stockSyncStatusItem,
  type StockSettings,
  type StockSyncStatuses,
} from '@/utils/stock/store';

export interface StockState {
  products: StoredProduct[];
  catalogueStocks: CatalogueStocks;
  ledger: StockLedger;
  settings: StockSettings;
  /** The seller's own stock changes since stock sync last decided (history lines, pushes to follow). */
  outside: OutsideChanges;
  /** Links found in the catalogue that the stored ledger did not have yet. */
  newLinks: boolean;
}

export interface StockChange {
  catalogueStocks: CatalogueStocks;
  ledger: StockLedger;
  events?: StockEvent[];
  /** Listings to push (each becomes `queued`); `force`: open the page even if the ledger says it is right. */
  pushes?: StockPush[];
  force?: boolean;
  /** Other status changes to persist in the same write. */
  statuses?: (current: StockSyncStatuses) => StockSyncStatuses;
}

let chain: Promise<unknown> = Promise.resolve();

/** Run `work` after every earlier stock write has finished: two changes never interleave. */
export function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const run = chain.then(work);
  chain = run.catch((error) => console.error('[serentak] stock', error));
  return run;
}

/**
 * One decision over the whole stock state (readings, answers, confirmed pushes), one at a time.
 * `discover`: read the whole catalogue for links made since (publish, "Simpan ke katalog", an import) —
 * a list page or "sync now" may concern any product; a push only concerns products already linked, and
 * reading 10,000 products for each of 300 pushes would take minutes.
 */
export function withStockState<T>(work: (state: StockState) => Promise<T>, { discover = false } = {}): Promise<T> {
  return exclusive(async () => work(await loadState(discover)));
}

/** A push's progress: statuses are written through the same queue, so no write is lost to another. */
export function updateStatuses(change: (current: StockSyncStatuses) => StockSyncStatuses): Promise<void> {
  return exclusive(async () => stockSyncStatusItem.setValue(change(await readStatuses())));
}

async function linkedProducts(ledger: StockLedger): Promise<StoredProduct[]> {
  const records = await db.products.bulkGet(Object.keys(ledger.listings));
  return readProducts(records.filter((r) => r !== undefined)).products;
}

async function loadState(discover: boolean): Promise<StockState> {
  await finishCatalogueWrite();
  const [stored, settings] = await Promise.all([readLedger(), readStockSettings()]);
  const products = discover ? await catalogue.list() : await linkedProducts(stored);
  const ledger = linkListings(stored, products);
  const catalogueStocks = catalogueStocksOf(products);
  const outside = outsideChanges(await readCatalogueSeen(), catalogueStocks, Date.now(), await readStockSourceNotes(), STOCK_SOURCE_FRESH_MS);
  return { products, catalogueStocks, ledger, settings, outside, newLinks: ledger !== stored };
}

const total = (stocks: Record<string, number>) => Object.values(stocks).reduce((sum, n) => sum + n, 0);

/**
 * Persist a decision (one storage.local write), then write the catalogue stock it changed. Returns the
 * listings it queued, for the caller to start (stock-push.ts `runPushes`).
 */
export async function commit(state: StockState, change: StockChange, now = Date.now()): Promise<string[]> {
  const changed = Object.fromEntries(
    Object.entries(change.catalogueStocks).filter(([sku, stocks]) => JSON.stringify(stocks) !== JSON.stringify(state.catalogueStocks[sku])),
  );
  let statuses = await readStatuses();
  // The seller's own changes go with this write: their history lines, and (stock-auto) their pushes —
  // also for a product first seen now whose shop was given another number than the catalogue holds.
  const followOutside = state.settings.auto
    ? [...state.outside.productSkus, ...state.outside.unseen].flatMap((sku) => planPushes(change.catalogueStocks, change.ledger, sku, state.settings.buffer))
    : [];
  const queued = new Set<string>();
  for (const push of [...(change.pushes ?? []), ...followOutside]) {
    if (queued.has(statusKey(push.productSku, push.platform))) continue;
    queued.add(statusKey(push.productSku, push.platform));
    const key = statusKey(push.productSku, push.platform);
    const force = change.force || (statuses[key]?.force ?? false);
    const stock = total(targetStocks(change.catalogueStocks[push.productSku] ?? push.stocks, state.settings.buffer));
    statuses = { ...statuses, [key]: { productSku: push.productSku, platform: push.platform, stock, state: 'queued', force, updatedAt: now } };
  }
  if (change.statuses) statuses = change.statuses(statuses);
  const events = [...state.outside.events, ...(change.events ?? [])];
  const history = events.length ? [...(await readHistory()), ...events].slice(-HISTORY_KEPT) : undefined;
  // A note has named its change now: it must not name a later one.
  const noted = await readStockSourceNotes();
  const named = [...state.outside.productSkus, ...state.outside.unseen].filter((sku) => sku in noted);
  const notes = named.length ? Object.fromEntries(Object.entries(noted).filter(([sku]) => !named.includes(sku))) : undefined;
  await storage.setItems([
    { item: stockLedgerItem, value: change.ledger },
    { item: pendingCatalogueItem, value: { ...(await pendingCatalogueItem.getValue()), ...changed } },
    { item: stockSyncStatusItem, value: statuses },
    { item: catalogueSeenItem, value: { ...(await readCatalogueSeen()), ...change.catalogueStocks } },
    ...(history ? [{ item: stockHistoryItem, value: history }] : []),
    ...(notes ? [{ item: stockSourceNotesItem, value: notes }] : []),
  ]);
  await finishCatalogueWrite();
  return [...queued];
}

/** Write decided catalogue stock into IndexedDB (absolute values: doing it twice is harmless). */
export async function finishCatalogueWrite(): Promise<void> {
  const parsed = pendingCatalogueSchema.safeParse(await pendingCatalogueItem.getValue());
  const pending = parsed.success ? parsed.data : {};
  if (Object.keys(pending).length === 0) return;
  for (const [productSku, stocks] of Object.entries(pending)) {
    const product = await catalogue.get(productSku);
    // Stock never goes below 0: the reconciliation already clamps, the schema refuses it anyway.
    if (product) await catalogue.save(withStocks(product, stocks));
  }
  await pendingCatalogueItem.setValue({});
}
