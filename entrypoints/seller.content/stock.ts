/**
 * Stock sync on seller pages (issue 9). On a product list page: once the rows have rendered (the page
 * settled, no click) and again whenever the list changes (another page of it, a search), the rows are
 * read and sent as `stock-list-read`; the same rows are not sent twice. On an edit page: the
 * background's `stock-edit-read` / `stock-edit-write` (utils/stock/messages.ts). A login page answers
 * `needs-login` at once. The reader comes with the engine, loaded only on those pages (engine-load.ts).
 */
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { StockEditReply, StockListRead } from '@/utils/stock/messages';
import type { PageState } from './messages';
import type { Engine } from './engine-load';

const STOCK_REQUESTS: readonly string[] = ['stock-edit-read', 'stock-edit-write'];

const NEEDS_LOGIN: StockEditReply = { state: 'needs-login' };

export function answerStockRequests(ctx: ContentScriptContext, page: () => PageState, engine: () => Promise<Engine>): void {
  const listener = (raw: unknown, sender: Browser.runtime.MessageSender): Promise<StockEditReply | undefined> | undefined => {
    // Only the background asks (not a page, not another extension); the engine parses the message.
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const type = (raw as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !STOCK_REQUESTS.includes(type)) return undefined;
    if (page().kind === 'login') return Promise.resolve(NEEDS_LOGIN);
    return engine()
      .then((loaded) => loaded.stockEdit(raw))
      .catch((error: unknown): StockEditReply => ({
        state: 'failed',
        error: { id: `Serentak gagal di halaman ini: ${String(error)}`, en: `Serentak failed on this page: ${String(error)}` },
      }));
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}

/** Sends the list page's rows when they are there and differ from what was last sent. */
export function listPageReader(platform: StockListRead['platform'], engine: () => Promise<Engine>): () => void {
  const pageLoadedAt = Math.round(performance.timeOrigin);
  let lastSent = '';
  let reading = false;
  return () => {
    if (reading) return;
    reading = true;
    engine()
      .then((loaded) => {
        const read = loaded.readList();
        if (!read || read.shown === 0) return;
        const message: StockListRead = { type: 'stock-list-read', platform, url: location.href, pageLoadedAt, rows: read.rows, shown: read.shown };
        const key = JSON.stringify([message.url, message.rows, message.shown]);
        if (key === lastSent) return;
        lastSent = key;
        browser.runtime.sendMessage(message).catch(() => undefined);
      })
      .catch(() => undefined)
      .finally(() => (reading = false));
  };
}
