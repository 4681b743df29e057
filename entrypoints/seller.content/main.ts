/**
 * The content script of one marketplace's seller centre, made per platform by `sellerContentScript`
 * (entrypoints/<platform>.content/index.ts): each script carries only its own adapter, which keeps it
 * small (budget 30 KB gzipped; it runs on every page load of a seller's working day; no React,
 * zod/mini only). It works out which page this is, docks the panel on add and edit pages, follows the
 * seller centre's in-app navigation, tells the background what page it is on, and runs the fill
 * engine when asked.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Platform } from '@/utils/platforms/define';
import { detectPageKind } from '@/utils/platforms/detect';
import type { PageKind } from '@/utils/messaging';
import { mountDock, type Dock } from './dock';
import { watchPage } from './navigation';
import { listenForRequests, tell } from './messages';
import { readCollapsed, watchCollapsed } from './collapsed';
import { timeDeadlinesInBackground } from './deadline';

const PANEL_PAGES: readonly PageKind[] = ['add', 'edit'];

export function sellerContentScript(platform: Platform) {
  return defineContentScript({
    // Seller hosts only: a login host gets no panel (the background notices a tab that left for login).
    matches: platform.hosts.map((host) => `https://${host}/*`),
    runAt: 'document_idle',
    main: (ctx) => onSellerPage(ctx, platform),
  });
}

async function onSellerPage(ctx: ContentScriptContext, platform: Platform): Promise<void> {
  let kind: PageKind = detectPageKind(platform, location, document);
  let reportedUrl = '';
  timeDeadlinesInBackground(ctx);
  // Answer the background from the start: the publish orchestrator may ask as soon as the page loads.
  listenForRequests(ctx, () => ({ platform, kind }));
  let collapsed = await readCollapsed();
  let dock: Dock | undefined;

  /**
   * `urlChanged`: a navigation may close the panel (add → product list). A re-render alone only
   * opens it: a form that flickers while the page re-renders must not lose the seller's report.
   */
  const update = (urlChanged: boolean) => {
    const next = detectPageKind(platform, location, document);
    if (next !== kind || location.href !== reportedUrl) {
      kind = next;
      reportedUrl = location.href;
      tell({ type: 'page-status', platform: platform.id, kind, url: location.href });
    }
    const wantsPanel = PANEL_PAGES.includes(kind);
    if (wantsPanel && !dock && ctx.isValid) dock = mountDock(ctx, platform.id, collapsed);
    else if (!wantsPanel && dock && urlChanged) {
      dock.remove();
      dock = undefined;
    } else dock?.refit();
  };

  watchCollapsed(ctx, (next) => {
    collapsed = next;
    dock?.setCollapsed(collapsed);
  });
  ctx.onInvalidated(() => dock?.remove());
  watchPage(ctx, { onUrlChange: () => update(true), onDomSettled: () => update(false) });
  update(true);
}
