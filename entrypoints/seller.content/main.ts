/**
 * The content script of one marketplace's seller centre, made per platform by `sellerContentScript`
 * (entrypoints/<platform>.content/index.ts). It runs on every page load of a seller's working day, so
 * it carries only the platform's `site` (URL patterns, page signals): it works out which page this is,
 * docks the panel on add and edit pages, follows the seller centre's in-app navigation, tells the
 * background what page it is on and answers `ping`. The fill engine and the rest of the adapter load
 * when a page first asks for them (engine-load.ts).
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformSite } from '@/utils/platforms/define';
import { detectPageKind } from '@/utils/platforms/detect';
import type { PageKind } from '@/utils/messaging';
import { mountDock, type Dock } from './dock';
import { watchPage } from './navigation';
import { listenForRequests, tell } from './messages';
import { readCollapsed, watchCollapsed } from './collapsed';
import { engineLoader } from './engine-load';
import { answerStockRequests, listPageReader } from './stock';

const PANEL_PAGES: readonly PageKind[] = ['add', 'edit'];

export function sellerContentScript(platform: PlatformSite) {
  return defineContentScript({
    // Seller hosts only: a login host gets no panel (the background notices a tab that left for login).
    matches: platform.hosts.map((host) => `https://${host}/*`),
    runAt: 'document_idle',
    main: (ctx) => onSellerPage(ctx, platform),
  });
}

async function onSellerPage(ctx: ContentScriptContext, platform: PlatformSite): Promise<void> {
  let kind: PageKind = detectPageKind(platform, location, document);
  let reportedUrl = '';
  // Answer the background from the start: the publish orchestrator may ask as soon as the page loads.
  const engine = engineLoader(ctx, platform.id);
  listenForRequests(ctx, () => ({ site: platform, kind }), engine);
  answerStockRequests(ctx, () => ({ site: platform, kind }), engine);
  const readListPage = listPageReader(platform.id, engine);
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
    // A list page: read its rows once they have rendered, and again whenever they change.
    if (kind === 'list' && ctx.isValid) readListPage();
  };

  watchCollapsed(ctx, (next) => {
    collapsed = next;
    dock?.setCollapsed(collapsed);
  });
  ctx.onInvalidated(() => dock?.remove());
  watchPage(ctx, { onUrlChange: () => update(true), onDomSettled: () => update(false) });
  update(true);
}
