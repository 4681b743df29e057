/**
 * The panel docked on the right of a seller-centre page: an extension-origin iframe (the page cannot
 * read the catalogue inside it), beside the page rather than over it. The page's own flow is pushed
 * left by a margin on <html>; the page's fixed bars (Shopee's bottom bar holds "Simpan & Tampilkan")
 * ignore that margin, so those under the dock column are narrowed too — the seller's save button must
 * never sit under the panel. Collapsed, the dock is a small tab and the page gets its full width back.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { PlatformId } from '@/utils/platforms/hosts';

export const PANEL_WIDTH = 360;
const TAB_WIDTH = 44;
const TAB_HEIGHT = 140;
/** Above the page's own overlays, below nothing a seller needs (the page's modals still open). */
const Z_INDEX = '2147483000';
const ROOM_STYLE_ID = 'serentak-dock-room';
/** Marks page elements whose inline style we changed, with the original inline value to put back. */
const SHIFTED_ATTR = 'data-serentak-shifted';

export interface Dock {
  setCollapsed(collapsed: boolean): void;
  /** re-check the page's fixed bars (the page re-rendered) */
  refit(): void;
  remove(): void;
}

export function mountDock(ctx: ContentScriptContext, platform: PlatformId, collapsed: boolean): Dock {
  let isCollapsed = collapsed;
  // A plain iframe, not WXT's createIframeUi: that helper brings its auto-mount machinery
  // (wait-element, many-keys-map, defu: ~1.9 KB gzipped) into every seller-centre script, and a dock
  // mounted once at the end of <html> uses none of it (budget: 30 KB gzipped per content script).
  const wrapper = document.createElement('div');
  wrapper.style.cssText = 'all: initial; display: block; width: 0; height: 0;';
  const iframe = document.createElement('iframe');
  iframe.src = `${browser.runtime.getURL('/panel.html')}?platform=${encodeURIComponent(platform)}`;
  iframe.title = 'Serentak';
  iframe.dataset.testid = 'serentak-panel';
  iframe.setAttribute('allow', '');
  applyFrameStyle(iframe, isCollapsed);
  wrapper.append(iframe);
  document.documentElement.append(wrapper);
  ctx.onInvalidated(() => wrapper.remove());

  const fit = () => {
    applyFrameStyle(iframe, isCollapsed);
    reserveRoom(isCollapsed ? 0 : PANEL_WIDTH);
    if (isCollapsed) restoreFixedBars();
    else shiftFixedBars(iframe);
  };
  fit();
  ctx.addEventListener(window, 'resize', () => fit());

  return {
    setCollapsed(next) {
      isCollapsed = next;
      fit();
    },
    refit: () => !isCollapsed && shiftFixedBars(iframe),
    remove() {
      reserveRoom(0);
      restoreFixedBars();
      wrapper.remove();
    },
  };
}

function applyFrameStyle(iframe: HTMLIFrameElement, collapsed: boolean): void {
  const s = iframe.style;
  s.cssText = '';
  s.setProperty('position', 'fixed', 'important');
  s.setProperty('right', '0', 'important');
  s.setProperty('z-index', Z_INDEX, 'important');
  s.setProperty('border', '0', 'important');
  s.setProperty('margin', '0', 'important');
  s.setProperty('padding', '0', 'important');
  s.setProperty('background', 'transparent', 'important');
  s.setProperty('color-scheme', 'light', 'important');
  s.setProperty('display', 'block', 'important');
  if (collapsed) {
    s.setProperty('top', `calc(50% - ${TAB_HEIGHT / 2}px)`, 'important');
    s.setProperty('width', `${TAB_WIDTH}px`, 'important');
    s.setProperty('height', `${TAB_HEIGHT}px`, 'important');
    s.setProperty('box-shadow', '0 2px 8px rgba(0,0,0,.25)', 'important');
    s.setProperty('border-radius', '8px 0 0 8px', 'important');
  } else {
    s.setProperty('top', '0', 'important');
    s.setProperty('width', `${PANEL_WIDTH}px`, 'important');
    s.setProperty('height', '100vh', 'important');
    s.setProperty('box-shadow', '-2px 0 8px rgba(0,0,0,.15)', 'important');
  }
  iframe.dataset.state = collapsed ? 'collapsed' : 'open';
}

/** A margin on <html> moves the page's normal flow out from under the dock. */
function reserveRoom(width: number): void {
  let style = document.getElementById(ROOM_STYLE_ID);
  if (width === 0) {
    style?.remove();
    return;
  }
  if (!style) {
    style = document.createElement('style');
    style.id = ROOM_STYLE_ID;
    (document.head ?? document.documentElement).append(style);
  }
  style.textContent = `html { margin-right: ${width}px !important; }`;
}

/**
 * Fixed elements are placed against the viewport, so the margin does not move them. Sample the dock
 * column top to bottom and narrow whichever fixed element of the page lies under it. A handful of
 * hit tests, not a scan of every element's style: this runs again whenever the page re-renders.
 */
function shiftFixedBars(iframe: HTMLIFrameElement): void {
  const width = window.innerWidth;
  const height = window.innerHeight;
  const xs = [width - PANEL_WIDTH + 4, width - PANEL_WIDTH / 2, width - 4];
  const ys = [4, height * 0.25, height * 0.5, height * 0.75, height - 24, height - 4];
  const seen = new Set<HTMLElement>();
  for (const x of xs) {
    for (const y of ys) {
      for (const hit of document.elementsFromPoint?.(x, y) ?? []) {
        const bar = fixedAncestor(hit, iframe);
        if (bar && !seen.has(bar)) {
          seen.add(bar);
          narrow(bar, width);
        }
      }
    }
  }
}

function fixedAncestor(element: Element, iframe: HTMLIFrameElement): HTMLElement | undefined {
  for (let el: Element | null = element; el && el !== document.body && el !== document.documentElement; el = el.parentElement) {
    if (el === iframe || el === iframe.parentElement) return undefined;
    if (el instanceof HTMLElement && getComputedStyle(el).position === 'fixed') return el;
  }
  return undefined;
}

function narrow(bar: HTMLElement, viewportWidth: number): void {
  const rect = bar.getBoundingClientRect();
  if (rect.right <= viewportWidth - PANEL_WIDTH) return;
  // A full-screen overlay (the page's own modal backdrop) is left alone: it is meant to cover all.
  if (rect.width >= viewportWidth - 1 && rect.height >= window.innerHeight - 1) return;
  if (!bar.hasAttribute(SHIFTED_ATTR)) bar.setAttribute(SHIFTED_ATTR, bar.style.cssText);
  if (rect.left >= viewportWidth - PANEL_WIDTH) {
    // A small floating thing in the column (a help bubble): move it beside the dock.
    bar.style.setProperty('right', `${PANEL_WIDTH + 8}px`, 'important');
    bar.style.setProperty('left', 'auto', 'important');
  } else {
    // A bar that spans under the dock (the bottom action bar): end it where the dock begins.
    bar.style.setProperty('right', `${PANEL_WIDTH}px`, 'important');
    bar.style.setProperty('max-width', `${Math.max(0, viewportWidth - PANEL_WIDTH - rect.left)}px`, 'important');
  }
}

function restoreFixedBars(): void {
  for (const bar of document.querySelectorAll<HTMLElement>(`[${SHIFTED_ATTR}]`)) {
    bar.style.cssText = bar.getAttribute(SHIFTED_ATTR) ?? '';
    bar.removeAttribute(SHIFTED_ATTR);
  }
}
