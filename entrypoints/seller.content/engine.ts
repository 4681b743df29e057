/**
 * The heavy half of the seller-centre script, loaded by `engine-load.ts` when a page first asks for a
 * fill, a highlight or a read: the requests that need the engine and the whole adapter, each parsed
 * with the zod/mini schema first (the light half has already checked the sender).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseMessage, toContentSchema, type ContentReply, type PageKind, type ToContent } from '@/utils/messaging';
import type { FillReport } from '@/utils/fill/types';
import { runFill } from '@/utils/fill/run';
import { highlightField } from '@/utils/fill/highlight';
import { readListing } from '@/utils/fill/read';
import type { Platform } from '@/utils/platforms/define';
import { STOCK_PAGES } from '@/utils/platforms/stock';
import { stockToContentSchema } from '@/utils/stock/messages';
import { readList } from '@/utils/stock/read-list';
import { readEditPage, writeStocks } from '@/utils/stock/read-edit';
import type { Engine } from './engine-load';
import { tell } from './messages';
import { timeDeadlinesInBackground } from './deadline';

export function startEngine(ctx: ContentScriptContext, platform: Platform): Engine {
  timeDeadlinesInBackground(ctx);
  let running: AbortController | undefined;
  ctx.onInvalidated(() => running?.abort());

  const handle = async (message: ToContent, kind: PageKind): Promise<ContentReply> => {
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

  const stockPages = STOCK_PAGES[platform.id];
  // Pushes to one listing never overlap (the background's rule); here a second write waits for the first.
  let stockWork: Promise<unknown> = Promise.resolve();

  return {
    async handle(raw, kind) {
      const message = parseMessage(toContentSchema, raw);
      return message ? handle(message, kind) : undefined;
    },
    async stockEdit(raw) {
      const parsed = stockToContentSchema.safeParse(raw);
      if (!parsed.success) return undefined;
      if (!stockPages) {
        return { state: 'failed', error: { id: `Stok ${platform.label} belum bisa diatur dari Serentak.`, en: `Serentak cannot set ${platform.label} stock yet.` } };
      }
      const message = parsed.data;
      const run = stockWork.then(() =>
        message.type === 'stock-edit-read' ? readEditPage(document, platform, stockPages, message.skus) : writeStocks(document, platform, stockPages, message.stocks),
      );
      stockWork = run.catch(() => undefined);
      return run;
    },
    readList() {
      return stockPages ? readList(document, stockPages) : undefined;
    },
  };
}
