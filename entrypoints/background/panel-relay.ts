/**
 * Answers the panel. The panel is an extension page inside an iframe on the seller's page: it cannot
 * message that page's content script itself, and may be refused IndexedDB there (panel-catalogue.ts).
 * Page requests go only to the top frame (`frameId: 0`) of the panel's own tab (`sender.tab`): a panel
 * can never drive another tab. Never `window.postMessage`, which the page reads and can forge.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  contentReplySchema,
  isFromThisExtension,
  parseMessage,
  toBackgroundSchema,
  type ToBackground,
  type ToContent,
} from '@/utils/messaging';
import type { Bilingual } from '@/utils/bilingual';
import { panelListing, panelProducts, rememberCategoryPath } from './panel-catalogue';

/** What the panel gets back when its tab's page cannot be reached (reloaded, not a seller page). */
const UNREACHABLE = {
  ok: false,
  error: {
    id: 'Halaman penjual tidak menjawab. Muat ulang halaman lalu coba lagi.',
    en: 'The seller page did not answer. Reload the page and try again.',
  },
} as const;

const failed = (error: unknown): { ok: false; error: Bilingual } => ({
  ok: false,
  error: { id: `Katalog tidak bisa dibaca: ${String(error)}`, en: `The catalogue could not be read: ${String(error)}` },
});

/** The message for the page's content script, or undefined when the background answers itself. */
export function toContentMessage(message: ToBackground): ToContent | undefined {
  switch (message.type) {
    // The seller is looking at the form and saves it themselves: a panel fill never auto-submits.
    case 'panel-fill':
      return { type: 'fill', runId: message.runId, listing: message.listing, autoSubmit: false };
    case 'panel-highlight':
      return { type: 'highlight', field: message.field };
    case 'panel-read-listing':
      return { type: 'read-listing' };
    default:
      return undefined;
  }
}

/** True for the panel page inside a tab (not the dashboard, not a content script). */
export function isPanelSender(sender: Browser.runtime.MessageSender): boolean {
  return (
    isFromThisExtension(sender) &&
    typeof sender.tab?.id === 'number' &&
    !!sender.url &&
    sender.url.startsWith(browser.runtime.getURL('/panel.html'))
  );
}

async function answer(message: ToBackground, tabId: number): Promise<unknown> {
  if (message.type === 'panel-products') return panelProducts(message.query).catch(failed);
  if (message.type === 'panel-listing') return panelListing(message.sku, message.platform).catch(failed);
  const forPage = toContentMessage(message);
  if (!forPage) return undefined;
  const reply = parseMessage(contentReplySchema, await browser.tabs.sendMessage(tabId, forPage, { frameId: 0 }).catch(() => undefined));
  if (message.type === 'panel-fill' && reply?.ok && reply.report) {
    await rememberCategoryPath(message.listing.sku, message.listing.platform, reply.report.categoryPath).catch(() => undefined);
  }
  return reply ?? UNREACHABLE;
}

export function relayPanelRequests(): void {
  // The answer is the returned Promise; a message that is not the panel's gets undefined (not ours).
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined => {
    const message = parseMessage(toBackgroundSchema, raw);
    if (!message || !isPanelSender(sender)) return undefined;
    return answer(message, sender.tab!.id!);
  });
}
