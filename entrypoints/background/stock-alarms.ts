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
import { clearCheckNeedsLogin, markCheckNeedsLogin } from '@/utils/stock/check-login';
import { updateStatuses } from './stock-state';
import { closeTab, openBackgroundTab, PAGE_DEADLINE_MS, waitForPage } from './stock-tabs';

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

/** Until its rows were read (true), or the shop showed its login page instead (false), or the deadline. */
async function checkListPage(url: string, platform: PlatformId): Promise<boolean | undefined> {
  const tabId = await openBackgroundTab(url);
  let stop = () => {};
  try {
    const read = new Promise<true>((resolve) => {
      stop = onListRead(tabId, () => resolve(true));
    });
    const deadline = Date.now() + PAGE_DEADLINE_MS;
    // Shopee sends an expired session to accounts.shopee.co.id (no content script there): only the
    // tab's URL, or a login page's own answer on the seller host, says so.
    const page = waitForPage(tabId, platform, deadline).then((state) => (state === 'login' ? false : undefined));
    const first = await Promise.race([read, page]);
    if (first !== undefined) return first;
    // The page answered; a list page that never reads (changed beyond recognition) is closed anyway.
    return await Promise.race([read, new Promise<undefined>((resolve) => setTimeout(resolve, Math.max(0, deadline - Date.now())))]);
  } finally {
    stop();
    await closeTab(tabId);
  }
}

async function noteCheck(platform: PlatformId, result: boolean | undefined): Promise<void> {
  if (result === false) {
    const ledger = await readLedger();
    await updateStatuses((all) => markCheckNeedsLogin(all, ledger, platform, Date.now()));
  } else if (result === true) {
    await updateStatuses((all) => clearCheckNeedsLogin(all, platform));
  }
}

export async function checkLinkedPlatforms(): Promise<void> {
  const ledger = await readLedger();
  const platforms = new Set(Object.values(ledger.listings).flatMap((listings) => Object.keys(listings ?? {}) as PlatformId[]));
  const { tiktokHost } = readPublishSettings(await platformRulesSetting.getValue());
  for (const platform of platforms) {
    const url = listPageUrl(platform, tiktokHost);
    if (!url) continue;
    await checkListPage(url, platform)
      .then((result) => noteCheck(platform, result))
      .catch((error) => console.error('[serentak] stock check', platform, error));
  }
}

export function checkStockOnSchedule(): void {
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === STOCK_CHECK_ALARM) void checkLinkedPlatforms();
  });
  stockSettingsItem.watch(() => void readStockSettings().then(schedule));
  void readStockSettings().then(schedule);
}
