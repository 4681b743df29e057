// The panel docks beside the page: open, the page's flow is moved out from under it; collapsed, the
// page gets its full width back and the dock is a small tab.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountDock, PANEL_WIDTH, type Dock } from '@/entrypoints/seller.content/dock';

const frame = () => document.querySelector<HTMLIFrameElement>('[data-testid="serentak-panel"]');
const pageMargin = () => getComputedStyle(document.documentElement).marginRight || '0px';

describe('the docked panel', () => {
  let ctx: ContentScriptContext;
  let dock: Dock | undefined;
  beforeEach(() => {
    ctx = new ContentScriptContext('test');
  });
  afterEach(() => {
    dock?.remove();
    ctx.notifyInvalidated();
  });

  it.each([
    { collapsed: false, state: 'open', width: `${PANEL_WIDTH}px`, margin: `${PANEL_WIDTH}px` },
    { collapsed: true, state: 'collapsed', width: '44px', margin: '0px' },
  ])('mounts $state as an extension-page iframe for this platform', ({ collapsed, state, width, margin }) => {
    dock = mountDock(ctx, 'shopee', collapsed);
    const iframe = frame()!;
    expect(new URL(iframe.src).pathname).toBe('/panel.html');
    expect(new URL(iframe.src).searchParams.get('platform')).toBe('shopee');
    expect(iframe.dataset.state).toBe(state);
    expect(iframe.style.width).toBe(width);
    expect(pageMargin()).toBe(margin);
  });

  it('collapsing gives the page its width back, opening takes the room again', () => {
    dock = mountDock(ctx, 'lazada', false);
    dock.setCollapsed(true);
    expect(frame()!.dataset.state).toBe('collapsed');
    expect(pageMargin()).toBe('0px');
    dock.setCollapsed(false);
    expect(frame()!.dataset.state).toBe('open');
    expect(pageMargin()).toBe(`${PANEL_WIDTH}px`);
  });

  it('leaves nothing behind when removed (extension updated, page left the add form)', () => {
    dock = mountDock(ctx, 'blibli', false);
    dock.remove();
    dock = undefined;
    expect(frame()).toBeNull();
    expect(pageMargin()).toBe('0px');
  });
});
