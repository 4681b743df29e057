// The content script reads the "panel folded" choice without WXT's storage module (size budget): it
// must see exactly what the panel writes through `panelCollapsedSetting`.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { panelCollapsedSetting } from '@/utils/settings';
import { readCollapsed, watchCollapsed } from '@/entrypoints/seller.content/collapsed';

describe('the folded panel, as the content script sees it', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    ['never chosen', undefined, false],
    ['folded', true, true],
    ['opened again', false, false],
  ])('%s → %s', async (_name, stored, expected) => {
    if (stored !== undefined) await panelCollapsedSetting.setValue(stored);
    expect(await readCollapsed()).toBe(expected);
  });

  it('follows the panel folding and opening, until the extension is updated', async () => {
    const ctx = new ContentScriptContext('test');
    const seen = vi.fn();
    watchCollapsed(ctx, seen);
    await panelCollapsedSetting.setValue(true);
    await panelCollapsedSetting.setValue(false);
    ctx.notifyInvalidated();
    await panelCollapsedSetting.setValue(true);
    expect(seen.mock.calls).toEqual([[true], [false]]);
  });
});
