/**
 * Relays the panel's requests to the content script of the tab the panel sits in. The panel is an
 * extension page inside an iframe on the seller's page, so it cannot message that page's content
 * script itself; the background can, and only to the top frame (`frameId: 0`) of the panel's own tab
 * (`sender.tab`): a panel can never drive another tab. Never `window.postMessage`, which the page reads.
 */
import { browser, type Browser } from 'wxt/browser';
import { isFromThisExtension, parseMessage, toBackgroundSchema, type ToBackground, type ToContent } from '@/utils/messaging';

/** What the panel gets back when its tab's page cannot be reached (reloaded, not a seller page). */
const UNREACHABLE = {
  ok: false,
  error: {
    id: 'Halaman penjual tidak menjawab. Muat ulang halaman lalu coba lagi.',
    en: 'The seller page did not answer. Reload the page and try again.',
  },
} as const;

export function toContentMessage(message: ToBackground): ToContent {
  switch (message.type) {
    // The seller is looking at the form and saves it themselves: a panel fill never auto-submits.
    case 'panel-fill':
      return { type: 'fill', runId: message.runId, listing: message.listing, autoSubmit: false };
    case 'panel-highlight':
      return { type: 'highlight', field: message.field };
    case 'panel-read-listing':
      return { type: 'read-listing' };
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

export function relayPanelRequests(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (reply: unknown) => void) => {
    const message = parseMessage(toBackgroundSchema, raw);
    if (!message || !isPanelSender(sender)) return;
    const tabId = sender.tab!.id!;
    browser.tabs
      .sendMessage(tabId, toContentMessage(message), { frameId: 0 })
      .then((reply) => sendResponse(reply ?? UNREACHABLE), () => sendResponse(UNREACHABLE));
    return true;
  });
}
