/**
 * The panel's line to the background and, through it, to the seller page it sits on. The background
 * reads the catalogue for us (this iframe may be refused IndexedDB on a marketplace page) and forwards
 * page requests to the top frame of this same tab (we cannot message its content script ourselves).
 * Progress comes straight from the content script; we accept it only from this extension, from the
 * top frame of our own tab, and for the run we started (a content script's message reaches every
 * panel in every tab).
 */
import { browser, type Browser } from 'wxt/browser';
import { fromContentSchema, isFromThisExtension, parseMessage, type ToBackground } from '@/utils/messaging';
import type { FieldKey, FillReport, Listing } from '@/utils/fill/types';
import type { Bilingual } from '@/utils/bilingual';
import type { PlatformId } from '@/utils/platforms/hosts';
import type { ListingReply, ProductsReply } from '@/entrypoints/background/panel-catalogue';

interface Reply {
  ok?: boolean;
  report?: FillReport;
  error?: Bilingual;
}

const NO_ANSWER: Bilingual = {
  id: 'Halaman penjual tidak menjawab. Muat ulang halaman lalu coba lagi.',
  en: 'The seller page did not answer. Reload the page and try again.',
};

let ownTabId: Promise<number | undefined> | undefined;
/** The tab this panel sits in (undefined outside a tab, e.g. in a unit test). */
function tabId(): Promise<number | undefined> {
  ownTabId ??= Promise.resolve(browser.tabs?.getCurrent?.())
    .then((tab) => tab?.id)
    .catch(() => undefined);
  return ownTabId;
}

async function ask(message: ToBackground): Promise<Reply> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Reply | undefined;
    return reply ?? { ok: false, error: NO_ANSWER };
  } catch {
    return { ok: false, error: NO_ANSWER };
  }
}

/** The products matching what the seller typed (newest first); read by the background. */
export async function requestProducts(query: string): Promise<ProductsReply | { ok: false; error: Bilingual }> {
  const reply = (await ask({ type: 'panel-products', query })) as ProductsReply | Reply;
  return reply.ok && 'products' in reply ? reply : { ok: false, error: reply.error ?? NO_ANSWER };
}

/** The listing this platform will receive for a product, with every change explained. */
export async function requestListing(sku: string, platform: PlatformId): Promise<ListingReply> {
  const reply = (await ask({ type: 'panel-listing', sku, platform })) as ListingReply | Reply;
  return reply.ok && 'listing' in reply ? reply : { ok: false, error: reply.error ?? NO_ANSWER };
}

/** Fill the page with this listing; resolves with the final report or the reason it could not run. */
export async function requestFill(runId: string, listing: Listing): Promise<{ report?: FillReport; error?: Bilingual }> {
  const reply = await ask({ type: 'panel-fill', runId, listing });
  if (reply.ok && reply.report) return { report: reply.report };
  return { error: reply.error ?? NO_ANSWER };
}

export async function requestHighlight(field: FieldKey): Promise<void> {
  await ask({ type: 'panel-highlight', field });
}

/** Calls `onReport` with each progress report from this tab's page; returns the unsubscribe. */
export function listenForProgress(onReport: (report: FillReport) => void): () => void {
  const listener = (raw: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isFromThisExtension(sender) || sender.frameId !== 0) return;
    const message = parseMessage(fromContentSchema, raw);
    if (message?.type !== 'fill-progress') return;
    void tabId().then((own) => {
      if (own === undefined || sender.tab?.id === own) onReport(message.report);
    });
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
