/**
 * `panelCollapsedSetting` (utils/settings.ts), read straight from storage.local: WXT's storage module
 * costs ~3 KB gzipped, and this script runs on every seller-centre page load (budget 30 KB). The
 * panel writes the setting through WXT; a unit test keeps this key and that item the same.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The storage.local key of `storage.defineItem('local:panelCollapsed')`. */
export const PANEL_COLLAPSED_KEY = 'panelCollapsed';

export async function readCollapsed(): Promise<boolean> {
  const stored = await browser.storage.local.get(PANEL_COLLAPSED_KEY);
  return stored[PANEL_COLLAPSED_KEY] === true;
}

export function watchCollapsed(ctx: ContentScriptContext, onChange: (collapsed: boolean) => void): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[PANEL_COLLAPSED_KEY];
    if (area === 'local' && change) onChange(change.newValue === true);
  };
  browser.storage.onChanged.addListener(listener);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(listener));
}
