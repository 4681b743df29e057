/**
 * Receives list-page readings (`stock-list-read`, issue 9) from the seller-centre content script: only
 * from a tab's top frame on that platform's own seller host, parsed with the zod schema. The last one is
 * kept in storage.session (`stockLastReading`) — what the end-to-end tests observe, and what the
 * reconciliation (h-stocksync) takes over by registering its own handler through `onStockListRead`.
 */
import { browser, type Browser } from 'wxt/browser';
import { stockListReadSchema, type StockListRead } from '@/utils/stock/messages';
import { PLATFORM_HOSTS } from '@/utils/platforms/hosts';

export const LAST_READING_KEY = 'stockLastReading';

type Handler = (reading: StockListRead, tabId: number) => Promise<void> | void;
const handlers: Handler[] = [];

/** Another background feature (reconciliation) is told of each reading, in arrival order. */
export function onStockListRead(handler: Handler): void {
  handlers.push(handler);
}

function fromItsSellerPage(reading: StockListRead, sender: Browser.runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id || sender.frameId !== 0 || sender.tab?.id === undefined || !sender.url) return false;
  const host = new URL(sender.url).hostname;
  return (PLATFORM_HOSTS[reading.platform].seller as readonly string[]).includes(host);
}

export function receiveStockReadings(): void {
  // One reading at a time, in arrival order: reconciliation must never see two at once.
  let queue: Promise<unknown> = Promise.resolve();
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender): undefined => {
    if ((raw as { type?: unknown } | null)?.type !== 'stock-list-read') return undefined;
    const parsed = stockListReadSchema.safeParse(raw);
    if (!parsed.success || !fromItsSellerPage(parsed.data, sender)) return undefined;
    const reading = parsed.data;
    const tabId = sender.tab!.id!;
    queue = queue
      .then(async () => {
        await browser.storage.session.set({ [LAST_READING_KEY]: { ...reading, receivedAt: Date.now() } });
        for (const handler of handlers) await handler(reading, tabId);
      })
      .catch((error: unknown) => console.warn('stock reading not handled', error));
    return undefined;
  });
}
