/**
 * "Cek stok tiap N menit" (opt-in): on schedule, each platform with a linked listing gets its product
 * list page opened in a background tab; its content script reads it (`stock-list-read`, handled like a
 * page the seller opened) and the tab is closed — so a sale made at night is caught.
 */
import { browser } from 'wxt/browser';
import type { PlatformId } from '@/utils/platforms/hosts';
import { readPublishSettings } from '@/utils/publish/rules-setting';
import { platformRulesSetting } from '@/utils/settings';
import { listPageUrl } from '@/utils/stock/pages';
import { readLedger, readStockSettings, stockSettingsItem, type StockSettings } from '@/utils/stock/store';
import { onListRead } from './stock-list';
import { closeTab, openBackgroundTab, PAGE_DEADLINE_MS } from './stock-tabs';

export const STOCK_CHECK_ALARM = 'stock-check';

async function schedule(settings: StockSettings): Promise<void> {
  if (!browser.alarms) return;
  if (settings.checkEveryMinutes <= 0) {
    await browser.alarms.clear(STOCK_CHECK_ALARM);
    return;
  }
  const existing = await browser.alarms.get(STOCK_CHECK_ALARM);
  if (existing?.periodInMinutes === settings.checkEveryMinutes) return;
  await browser.alarms.create(STOCK_CHECK_ALARM, { periodInMinutes: settings.checkEveryMinutes, delayInMinutes: settings.checkEveryMinutes });
}

async function checkListPage(url: string): Promise<void> {
  const tabId = await openBackgroundTab(url);
  try {
    await new Promise<void>((resolve) => {
      const stop = onListRead(tabId, () => {
        clearTimeout(timer);
        stop();
        resolve();
      });
      // A list page that never reads (logged out, changed beyond recognition) is closed anyway.
      const timer = setTimeout(() => {
        stop();
        resolve();
      }, PAGE_DEADLINE_MS);
    });
  } finally {
    await closeTab(tabId);
  }
}

export async function checkLinkedPlatforms(): Promise<void> {
  const ledger = await readLedger();
  const platforms = new Set(Object.values(ledger.listings).flatMap((listings) => Object.keys(listings ?? {}) as PlatformId[]));
  const { tiktokHost } = readPublishSettings(await platformRulesSetting.getValue());
  for (const platform of platforms) {
    const url = listPageUrl(platform, tiktokHost);
    if (url) await checkListPage(url).catch((error) => console.error('[serentak] stock check', platform, error));
  }
}

export function checkStockOnSchedule(): void {
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === STOCK_CHECK_ALARM) void checkLinkedPlatforms();
  });
  stockSettingsItem.watch(() => void readStockSettings().then(schedule));
  void readStockSettings().then(schedule);
}
