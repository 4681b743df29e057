// A message from the extension's panel, delivered to the background's listeners as the browser would.
import { fakeBrowser } from 'wxt/testing/fake-browser';

export const PANEL_URL = 'chrome-extension://test-extension-id/panel.html?platform=shopee';
/** The panel iframe on the seller page in tab 7. */
export const panelSender = { id: 'test-extension-id', url: PANEL_URL, tab: { id: 7 }, frameId: 3 };

/** Resolves with the replies once answered (or at once when every listener ignored the message). */
export async function send(message: unknown, sender: object = panelSender): Promise<Record<string, unknown>[]> {
  const replies: unknown[] = [];
  let answered!: () => void;
  const done = new Promise<void>((resolve) => (answered = resolve));
  const results = await fakeBrowser.runtime.onMessage.trigger(message, sender, (reply: unknown) => {
    replies.push(reply);
    answered();
  });
  // `true` keeps the channel open for an async answer; anything else means the message was ignored
  if ((results as unknown[]).includes(true)) await done;
  return replies as Record<string, unknown>[];
}
