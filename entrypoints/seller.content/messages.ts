/**
 * What the content script answers: `fill` (run the engine, stream `fill-progress`), `highlight`,
 * `read-listing`, `ping`. Only this extension may ask (the background relays the panel's requests and
 * sends the publish orchestrator's); every message is parsed with the zod/mini schema first.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  isFromThisExtension,
  parseMessage,
  toContentSchema,
  type ContentReply,
  type FromContent,
  type PageKind,
  type ToContent,
} from '@/utils/messaging';
import type { FillReport } from '@/utils/fill/types';
import { runFill } from '@/utils/fill/run';
import { highlightField } from '@/utils/fill/highlight';
import { readListing } from '@/utils/fill/read';
import type { Platform } from '@/utils/platforms/define';

export interface PageState {
  platform: Platform;
  kind: PageKind;
}

export function listenForRequests(ctx: ContentScriptContext, page: () => PageState): void {
  let running: AbortController | undefined;
  ctx.onInvalidated(() => running?.abort());

  const handle = async (message: ToContent): Promise<ContentReply> => {
    const { platform, kind } = page();
    const here = { ok: true as const, platform: platform.id, kind };
    switch (message.type) {
      case 'ping':
        return here;
      case 'highlight':
        return { ...here, shown: highlightField(platform, message.field) };
      case 'read-listing':
        return { ...here, listing: await readListing(platform) };
      case 'fill': {
        if (message.listing.platform !== platform.id) {
          return {
            ok: false,
            error: {
              id: `Data ini disiapkan untuk ${message.listing.platform}, bukan untuk halaman ${platform.label}.`,
              en: `This listing was prepared for ${message.listing.platform}, not for this ${platform.label} page.`,
            },
          };
        }
        // A second press replaces the first run: its late progress must not overwrite the new report.
        running?.abort();
        const run = new AbortController();
        running = run;
        const report = await runFill(platform, message.listing, {
          runId: message.runId,
          autoSubmit: message.autoSubmit,
          signal: run.signal,
          onProgress: (progress: FillReport) => {
            if (!run.signal.aborted) tell({ type: 'fill-progress', report: progress });
          },
        });
        if (!run.signal.aborted) tell({ type: 'fill-progress', report });
        return { ...here, report };
      }
    }
  };

  // The reply is the returned Promise (webextension-polyfill on Chrome, natively on Firefox); a message
  // that is not ours gets undefined, so another listener may answer it.
  const listener = (raw: unknown, sender: Browser.runtime.MessageSender): Promise<ContentReply> | undefined => {
    if (!isFromThisExtension(sender)) return undefined;
    const message = parseMessage(toContentSchema, raw);
    if (!message) return undefined;
    return handle(message).catch(
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
