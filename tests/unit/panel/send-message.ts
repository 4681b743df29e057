// A message from the extension's panel, delivered to the background's listeners as the browser would.
import { fakeBrowser } from 'wxt/testing/fake-browser';

export const PANEL_URL = 'chrome-extension://test-extension-id/panel.html?platform=shopee';
/** The panel iframe on the seller page in tab 7. */
export const panelSender = { id: 'test-extension-id', url: PANEL_URL, tab: { id: 7 }, frameId: 3 };

/**
 * The replies, once answered. A listener answers by returning a Promise of its reply (as under
 * webextension-polyfill) and ignores a message by returning undefined; `trigger` awaits each result.
 */
export async function send(message: unknown, sender: object = panelSender): Promise<Record<string, unknown>[]> {
  const results = (await fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined)) as unknown[];
  return results.filter((reply) => reply !== undefined) as Record<string, unknown>[];
}
