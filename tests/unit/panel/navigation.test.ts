// Seller centres are single-page apps: the content script must notice the page's own pushState (seen
// through the re-render it causes) and back/forward, without polling on a timer.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchPage } from '@/entrypoints/seller.content/navigation';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('following the seller centre’s in-app navigation', () => {
  let ctx: ContentScriptContext;
  const onUrlChange = vi.fn();
  const onDomSettled = vi.fn();

  beforeEach(() => {
    history.replaceState(null, '', '/portal/product/new');
    ctx = new ContentScriptContext('test');
    onUrlChange.mockClear();
    onDomSettled.mockClear();
    watchPage(ctx, { onUrlChange, onDomSettled });
  });
  afterEach(() => ctx.notifyInvalidated());

  it('sees the page move to the edit URL after save (pushState, then the page re-renders)', async () => {
    history.pushState(null, '', '/portal/product/123456');
    document.body.append(document.createElement('div'));
    await tick();
    expect(onUrlChange).toHaveBeenCalledTimes(1);
  });

  it('sees back/forward', async () => {
    history.pushState(null, '', '/portal/product/list/all');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(onUrlChange).toHaveBeenCalledTimes(1);
  });

  it('does not report a re-render without a URL change as navigation', async () => {
    document.body.append(document.createElement('div'));
    await tick();
    expect(onUrlChange).not.toHaveBeenCalled();
  });

  it('looks at the page again once a burst of re-renders has settled', async () => {
    vi.useFakeTimers();
    try {
      for (let i = 0; i < 5; i++) document.body.append(document.createElement('span'));
      await vi.advanceTimersByTimeAsync(1000);
      expect(onDomSettled).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops watching when the extension is updated or removed', async () => {
    ctx.notifyInvalidated();
    history.pushState(null, '', '/portal/product/999');
    document.body.append(document.createElement('div'));
    window.dispatchEvent(new PopStateEvent('popstate'));
    await tick();
    expect(onUrlChange).not.toHaveBeenCalled();
  });
});
