// @vitest-environment node
// "Cek stok tiap N menit": opt-in, an alarm with the seller's period; on each alarm every platform with
// a linked listing gets its list page opened in a background tab, closed once the page was read.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkLinkedPlatforms, checkStockOnSchedule, STOCK_CHECK_ALARM } from '@/entrypoints/background/stock-alarms';
import { readListPages } from '@/entrypoints/background/stock-list';
import { DEFAULT_STOCK_SETTINGS, stockSettingsItem } from '@/utils/stock/store';
import { catalogueOf, KAOS, MUG } from './fake-shops';

vi.mock('@/entrypoints/background/stock-readings', () => {
  const handlers: ((read: unknown, tabId: number) => Promise<void>)[] = [];
  return { onStockListRead: (h: (typeof handlers)[number]) => handlers.push(h), handlers };
});

const until = async (check: () => boolean | Promise<boolean>) => {
  for (let i = 0; i < 200 && !(await check()); i++) await new Promise((r) => setTimeout(r, 5));
};

beforeEach(async () => {
  await catalogueOf(MUG, KAOS);
  fakeBrowser.reset();
});

describe('the schedule', () => {
  it('is off by default, follows the setting, and is cleared at 0', async () => {
    checkStockOnSchedule();
    await until(async () => true);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    await stockSettingsItem.setValue({ ...DEFAULT_STOCK_SETTINGS, checkEveryMinutes: 15 });
    await until(async () => (await fakeBrowser.alarms.getAll()).length === 1);
    expect(await fakeBrowser.alarms.get(STOCK_CHECK_ALARM)).toMatchObject({ name: STOCK_CHECK_ALARM, periodInMinutes: 15 });
    await stockSettingsItem.setValue({ ...DEFAULT_STOCK_SETTINGS, checkEveryMinutes: 0 });
    await until(async () => (await fakeBrowser.alarms.getAll()).length === 0);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });
});

describe('a check', () => {
  it('opens each linked platform\'s list page in a background tab and closes it once read', async () => {
    readListPages();
    const { handlers } = (await import('@/entrypoints/background/stock-readings')) as unknown as { handlers: ((r: unknown, t: number) => Promise<void>)[] };
    const opened: { url?: string; active?: boolean }[] = [];
    const closed: number[] = [];
    let id = 50;
    fakeBrowser.tabs.create = vi.fn(async (props: { url?: string; active?: boolean }) => {
      opened.push(props);
      const tabId = ++id;
      // The list page's content script reads the rows and the background hears of it.
      setTimeout(() => void Promise.all(handlers.map((h) => h({ type: 'stock-list-read', platform: 'shopee', url: props.url, pageLoadedAt: Date.now(), rows: [], shown: 0 }, tabId))), 5);
      return { id: tabId } as never;
    }) as never;
    fakeBrowser.tabs.remove = vi.fn(async (tabId: number) => void closed.push(tabId)) as never;
    await checkLinkedPlatforms();
    expect(opened.sort((a, b) => a.url!.localeCompare(b.url!))).toEqual([
      { url: 'https://seller-id.tokopedia.com/product/manage', active: false },
      { url: 'https://seller.shopee.co.id/portal/product/list/all', active: false },
      { url: 'https://sellercenter.lazada.co.id/apps/product/list', active: false },
    ]);
    // One at a time, each closed once its page was read (not left open until a deadline).
    expect(closed).toEqual([51, 52, 53]);
  });
});
