/**
 * What the seller-centre content script does on a real page, done by the practice page itself
 * (content scripts do not run on extension pages): dock the same panel iframe, answer the same
 * requests (ping, fill, highlight, read-listing) with the same engine script
 * (entrypoints/<platform>-engine, loaded on first use), and tell the background which page this is.
 * The background reaches this page as it reaches a content script: `tabs.sendMessage(tab, m, {frameId: 0})`.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseMessage, toContentSchema, type PageKind } from '@/utils/messaging';
import type { PlatformId } from '@/utils/platforms/hosts';
import { mountDock } from '../seller.content/dock';
import { readCollapsed, watchCollapsed } from '../seller.content/collapsed';
import { engineLoader, type Engine } from '../seller.content/engine-load';
import { listenForRequests, tell } from '../seller.content/messages';
import { SITES } from './sites';

export interface PracticeHost {
  /** The page became another kind (after its own save: the listing's edit page). */
  announce(kind: PageKind): void;
  /** The SKU of the last listing filled into this page, if any. */
  lastFilledSku(): string | undefined;
}

export async function hostEngine(platform: PlatformId): Promise<PracticeHost> {
  const ctx = new ContentScriptContext('serentak-practice');
  let kind: PageKind = 'add';
  let filledSku: string | undefined;
  const load = engineLoader(ctx, platform);
  // The same engine; the page only notes which product was filled, to record its link on save.
  const engine = async (): Promise<Engine> => {
    const loaded = await load();
    return {
      ...loaded,
      handle(raw, pageKind) {
        const message = parseMessage(toContentSchema, raw);
        if (message?.type === 'fill') filledSku = message.listing.sku;
        return loaded.handle(raw, pageKind);
      },
    };
  };
  listenForRequests(ctx, () => ({ site: SITES[platform], kind }), engine);

  const dock = mountDock(ctx, platform, await readCollapsed());
  watchCollapsed(ctx, (collapsed) => dock.setCollapsed(collapsed));

  const announce = (next: PageKind) => {
    kind = next;
    tell({ type: 'page-status', platform, kind, url: location.href });
  };
  announce('add');
  return { announce, lastFilledSku: () => filledSku };
}
