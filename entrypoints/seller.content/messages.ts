/**
 * What the content script answers: `ping` at once, from what the light script knows (the publish
 * orchestrator pings a page as it loads, and a login page needs nothing more to say `needs-login`);
 * `fill` (run the engine, stream `fill-progress`), `highlight` and `read-listing` by the engine, loaded
 * on the first such request (engine-load.ts), which parses each with the zod/mini schema. Only this
 * extension may ask (the background relays the panel's requests and sends the publish orchestrator's).
 */
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentReply, FromContent, PageKind, ToContent } from '@/utils/messaging';
import type { PlatformSite } from '@/utils/platforms/define';
import type { Engine } from './engine-load';

export interface PageState {
  site: PlatformSite;
  kind: PageKind;
}

const ENGINE_REQUESTS: readonly string[] = ['fill', 'highlight', 'read-listing'] satisfies ToContent['type'][];

export function listenForRequests(ctx: ContentScriptContext, page: () => PageState, engine: () => Promise<Engine>): void {
  // The reply is the returned Promise (webextension-polyfill on Chrome, natively on Firefox); a message
  // that is not ours gets undefined, so another listener may answer it.
  const listener = (raw: unknown, sender: Browser.runtime.MessageSender): Promise<ContentReply | undefined> | undefined => {
    // The same check as utils/messaging.ts isFromThisExtension, whose module brings every schema along.
    if (sender.id !== browser.runtime.id) return undefined;
    const type = (raw as { type?: unknown } | null)?.type;
    if (type === 'ping') {
      const { site, kind } = page();
      return Promise.resolve({ ok: true, platform: site.id, kind });
    }
    if (typeof type !== 'string' || !ENGINE_REQUESTS.includes(type)) return undefined;
    return engine()
      .then((loaded) => loaded.handle(raw, page().kind))
      .catch(
        (error: unknown): ContentReply => ({
          ok: false,
          error: {
            id: `Serentak gagal di halaman ini: ${String(error)}`,
            en: `Serentak failed on this page: ${String(error)}`,
          },
        }),
      );
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}

/** Tell the extension something; nobody listening (no panel, background asleep) is not an error. */
export function tell(message: FromContent): void {
  browser.runtime.sendMessage(message).catch(() => undefined);
}
