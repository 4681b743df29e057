/**
 * The dashboard's stock requests: `stock-sync` (push every linked listing now) and the seller's answer
 * to a `stock-conflict`. Only the extension's own pages may ask, never a seller page's script.
 */
import { browser, type Browser } from 'wxt/browser';
import { isFromThisExtension } from '@/utils/messaging';
import { acceptConflict, rejectConflict } from '@/utils/stock/conflicts';
import type { StockPush } from '@/utils/stock/ledger';
import { stockRequestSchema, type StockRequest } from '@/utils/stock/requests';
import { runPushes } from './stock-push';
import { targetFor } from './stock-apply';
import { commit, withStockState } from './stock-state';

function isExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return isFromThisExtension(sender) && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

/** Every linked listing, each with its product's target: the page is opened even if the ledger agrees. */
async function syncEverything(): Promise<string[]> {
  return withStockState(async (state) => {
    const pushes = Object.entries(state.ledger.listings).flatMap(([productSku, listings]) =>
      Object.keys(listings ?? {}).map((platform) => ({ productSku, platform, stocks: targetFor(state, productSku) }) as StockPush),
    );
    return commit(state, { catalogueStocks: state.catalogueStocks, ledger: state.ledger, pushes, force: true });
  }, { discover: true });
}

async function answerConflict(request: Extract<StockRequest, { type: 'stock-conflict-answer' }>): Promise<string[]> {
  return withStockState(async (state) => {
    const conflict = state.ledger.conflicts.find((c) => c.sku === request.sku && c.platform === request.platform);
    if (!conflict) return [];
    const options = { buffer: state.settings.buffer, at: Date.now() };
    const resolved = request.accept
      ? acceptConflict(state.catalogueStocks, state.ledger, conflict, options)
      : rejectConflict(state.catalogueStocks, state.ledger, conflict, options);
    return commit(state, { ...resolved, pushes: resolved.pushes });
  });
}

async function handle(request: StockRequest): Promise<{ ok: boolean }> {
  const queued = request.type === 'stock-sync-now' ? await syncEverything() : await answerConflict(request);
  void runPushes(queued);
  return { ok: true };
}

export function answerStockRequests(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const parsed = stockRequestSchema.safeParse(raw);
    if (!parsed.success || !isExtensionPage(sender)) return undefined;
    return handle(parsed.data).catch(() => ({ ok: false }));
  });
}
