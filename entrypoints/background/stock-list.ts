/**
 * `stock-list-read` from a product list page (content script, top frame, on that platform's own seller
 * host) → readings → one reconciliation at a time → persisted → with `stock-auto` on, pushes to every
 * other linked listing.
 */
import { browser, type Browser } from 'wxt/browser';
import { isFromThisExtension } from '@/utils/messaging';
import { PLATFORM_HOSTS, type PlatformId } from '@/utils/platforms/hosts';
import { findStockSku } from '@/utils/stock/ledger';
import { stockListReadSchema, type StockListRead } from '@/utils/stock/messages';
import { readingsFromRow } from '@/utils/stock/reading';
import { statusKey } from '@/utils/stock/store';
import { runPushes } from './stock-push';
import { applyReadings, stocksByCatalogue } from './stock-apply';
import { withStockState } from './stock-state';

/** Listeners waiting for a list page to be read (the scheduled check closes its tab then). */
const listReadWaiters = new Map<number, () => void>();

export function onListRead(tabId: number, resolve: () => void): () => void {
  listReadWaiters.set(tabId, resolve);
  return () => listReadWaiters.delete(tabId);
}

function isSellerPageOf(platform: PlatformId, sender: Browser.runtime.MessageSender): boolean {
  if (!isFromThisExtension(sender) || sender.tab?.id === undefined || sender.frameId !== 0 || !sender.url) return false;
  try {
    return (PLATFORM_HOSTS[platform].seller as readonly string[]).includes(new URL(sender.url).hostname);
  } catch {
    return false;
  }
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
  });
  if (applied.pushes.length) void runPushes(applied.pushes.map((p) => statusKey(p.productSku, p.platform)));
  return applied;
}

export function readListPages(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const parsed = stockListReadSchema.safeParse(raw);
    if (!parsed.success || !isSellerPageOf(parsed.data.platform, sender)) return undefined;
    const tabId = sender.tab!.id!;
    void reconcileListRead(parsed.data)
      .catch((error) => console.error('[serentak] stock list', error))
      .finally(() => listReadWaiters.get(tabId)?.());
    return undefined;
  });
}
