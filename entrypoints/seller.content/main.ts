/**
 * The one content script on every seller-centre host. Small on purpose (no React, zod/mini only): it
 * runs on every page load of a seller's working day. It works out which platform and page this is,
 * docks the panel on add and edit pages, follows the seller centre's in-app navigation, tells the
 * background what page it is on, and runs the fill engine when asked.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SELLER_MATCHES } from '@/utils/platforms/hosts';
import { platformForUrl } from '@/utils/platforms/registry';
import { detectPageKind } from '@/utils/platforms/detect';
import type { PageKind } from '@/utils/messaging';
import { mountDock, type Dock } from './dock';
import { watchPage } from './navigation';
import { listenForRequests, tell } from './messages';
import { readCollapsed, watchCollapsed } from './collapsed';

const PANEL_PAGES: readonly PageKind[] = ['add', 'edit'];

export default defineContentScript({
  matches: SELLER_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const platform = platformForUrl(location.href);
    if (!platform) return;

    let kind: PageKind = detectPageKind(platform, location, document);
    let reportedUrl = '';
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
  },
});
