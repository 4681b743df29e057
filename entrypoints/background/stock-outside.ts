/**
 * The seller's own stock changes (the dashboard's editor, an import, "Simpan ke katalog") noticed while
 * the service worker is awake: Dexie tells every extension context which tables a write touched. The
 * change becomes an `edit` history line and, with `stock-auto` on, a push to every linked shop. A
 * change made while the worker slept is found the same way by the next stock decision (stock-state.ts).
 */
import Dexie from 'dexie';
import { DB_NAME } from '@/utils/catalogue/db-name';
import { runPushes } from './stock-push';
import { commit, withStockState } from './stock-state';

const PRODUCTS = `idb://${DB_NAME}/products/`;
/** One look after a burst of writes (an import writes in batches), not one per write. */
const SETTLE_MS = 500;

export async function followOutsideChanges(): Promise<void> {
  // A link just made (publish, "Simpan ke katalog", an import) joins the ledger now, at the stock the
  // shop was given, before a later edit could make the shop's number look like a sale.
  const queued = await withStockState(
    async (state) => (state.outside.events.length || state.outside.unseen.length || state.newLinks ? commit(state, { catalogueStocks: state.catalogueStocks, ledger: state.ledger }) : []),
    { discover: true },
  );
  if (queued.length) void runPushes(queued);
}

export function watchCatalogueStock(): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  Dexie.on('storagemutated', (parts) => {
    if (!parts[PRODUCTS]) return;
    clearTimeout(timer);
    timer = setTimeout(() => void followOutsideChanges().catch((error) => console.error('[serentak] stock edit', error)), SETTLE_MS);
  });
}
