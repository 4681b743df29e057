/**
 * Seller centres are single-page apps: "Tambah Produk" → save → edit page happens with
 * history.pushState, which a content script cannot hook (it lives in an isolated world, the page's
 * `history` calls never reach it). So we notice the URL change where it shows: the page re-renders
 * (MutationObserver), the back/forward buttons (popstate), and in Chromium the Navigation API's
 * `currententrychange`, which fires for the page's own pushState too. No timer polling: background
 * tabs throttle timers, and a timer wakes the page up for nothing on every seller-centre load.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** How long the page may keep re-rendering before we look at what it now shows. */
const SETTLE_MS = 150;

interface PageWatch {
  /** the URL changed (SPA navigation, back/forward) */
  onUrlChange: () => void;
  /** the page's DOM changed and has settled for a moment (a form rendered late, a wizard step) */
  onDomSettled: () => void;
}

export function watchPage(ctx: ContentScriptContext, watch: PageWatch): void {
  let lastUrl = location.href;
  const checkUrl = () => {
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    watch.onUrlChange();
  };

  ctx.addEventListener(window, 'popstate', checkUrl);
  ctx.addEventListener(window, 'hashchange', checkUrl);
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', checkUrl, { signal: ctx.signal });

  let settle: number | undefined;
  const observer = new MutationObserver(() => {
    // A string compare per mutation batch: cheap enough to run on every re-render.
    checkUrl();
    if (settle !== undefined) clearTimeout(settle);
    settle = ctx.setTimeout(watch.onDomSettled, SETTLE_MS);
  });
  observer.observe(document, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
}
