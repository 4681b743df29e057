// @vitest-environment node
// The push queue on fake edit pages: one listing never pushed twice at once, one failure stops no other,
// a failed save retried once, an expired session, a restart mid-push, the safety buffer, "sync now" and
// the seller's answers to a conflict (sent as the dashboard sends them).
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reconcileListRead } from '@/entrypoints/background/stock-list';
import { pushesSettled, resumePushes, runPushes } from '@/entrypoints/background/stock-push';
import { answerStockRequests } from '@/entrypoints/background/stock-requests';
import type { PlatformId } from '@/utils/platforms/hosts';
import {
  DEFAULT_STOCK_SETTINGS,
  readHistory,
  readLedger,
  readStatuses,
  statusKey,
  stockSettingsItem,
  stockSyncStatusItem,
} from '@/utils/stock/store';
import { send } from '../panel/send-message';
import { catalogueOf, EDIT_URLS, fakeShops, KAOS, MUG, stockOf, type Shops } from './fake-shops';

let shops: Shops;
const page = (platform: PlatformId, id: string) => shops[EDIT_URLS[platform]!(id)]!;
const DASHBOARD = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/dashboard.html' };

const sale = (platform: PlatformId, listing: string, stock: number) =>
  reconcileListRead({ type: 'stock-list-read', platform, url: 'https://x.invalid/', pageLoadedAt: Date.now(), rows: [{ listing, stocks: { MUG: stock } }], shown: 1 });

const states = async () =>
  Object.fromEntries(Object.values(await readStatuses()).map((s) => [`${s.productSku}|${s.platform}`, s.state]));

beforeEach(async () => {
  await catalogueOf(MUG, KAOS);
  fakeBrowser.reset();
  shops = fakeShops([
    { url: EDIT_URLS.shopee!('111'), platform: 'shopee', stocks: { MUG: 10 } },
    { url: EDIT_URLS['tiktok-tokopedia']!('222'), platform: 'tiktok-tokopedia', stocks: { MUG: 10 } },
    { url: EDIT_URLS.lazada!('333'), platform: 'lazada', stocks: { MUG: 10 } },
    { url: EDIT_URLS.shopee!('444'), platform: 'shopee', stocks: { 'KAOS-M': 5, 'KAOS-L': 3 } },
    { url: EDIT_URLS.lazada!('555'), platform: 'lazada', stocks: { 'KAOS-M': 5, 'KAOS-L': 3 } },
  ]);
  answerStockRequests();
});

describe('the queue', () => {
  it('never opens one listing twice at once, even when asked again while it runs', async () => {
    page('shopee', '111').stocks = { MUG: 9 };
    await sale('shopee', '111', 9);
    await sale('shopee', '111', 8); // another sale while the pushes of the first still run
    page('shopee', '111').stocks = { MUG: 8 };
    void runPushes([statusKey('MUG', 'lazada'), statusKey('MUG', 'lazada')]);
    await pushesSettled();
    for (const p of [page('tiktok-tokopedia', '222'), page('lazada', '333')]) {
      expect(p.maxOpen).toBe(1);
      expect(p.stocks).toEqual({ MUG: 8 }); // the newest stock wins
    }
  });

  it('a save that keeps failing ends failed there after one retry; the others are done', async () => {
    page('shopee', '111').stocks = { MUG: 8 };
    page('lazada', '333').failSaves = 5;
    await sale('shopee', '111', 8);
    await pushesSettled();
    expect(await states()).toEqual({ 'MUG|tiktok-tokopedia': 'done', 'MUG|lazada': 'failed' });
    expect(page('lazada', '333').failSaves).toBe(3); // tried twice: once, and one retry
    expect(page('tiktok-tokopedia', '222').stocks).toEqual({ MUG: 8 });
    // The ledger still says Lazada shows 10: the next sync tries again.
    expect((await readLedger()).listings.MUG?.lazada?.synced).toEqual({ MUG: 10 });
  });

  it('a save that fails once is retried and done', async () => {
    page('shopee', '111').stocks = { MUG: 8 };
    page('lazada', '333').failSaves = 1;
    await sale('shopee', '111', 8);
    await pushesSettled();
    expect((await states())['MUG|lazada']).toBe('done');
    expect(page('lazada', '333').stocks).toEqual({ MUG: 8 });
  });

  it('a save the page did not confirm is not written again: the same stock is never saved twice', async () => {
    page('shopee', '111').stocks = { MUG: 8 };
    page('lazada', '333').silentSaves = 1;
    await sale('shopee', '111', 8);
    await pushesSettled();
    expect(page('lazada', '333').writes).toEqual([{ MUG: 8 }]);
    expect((await states())['MUG|lazada']).toBe('failed');
    expect(page('tiktok-tokopedia', '222').writes).toEqual([{ MUG: 8 }]);
  });

  it('an expired session is needs-login, the others go on', async () => {
    page('shopee', '111').stocks = { MUG: 8 };
    page('tiktok-tokopedia', '222').login = true;
    await sale('shopee', '111', 8);
    await pushesSettled();
    expect(await states()).toEqual({ 'MUG|tiktok-tokopedia': 'needs-login', 'MUG|lazada': 'done' });
    expect(page('tiktok-tokopedia', '222').writes).toEqual([]);
  });

  it('resumes after the service worker died mid-push: pending pushes run again from storage', async () => {
    await stockSettingsItem.setValue({ ...DEFAULT_STOCK_SETTINGS, auto: false });
    page('shopee', '111').stocks = { MUG: 8 };
    await sale('shopee', '111', 8); // persisted; no push started (auto off stands in for the dead worker)
    const now = Date.now();
    await stockSyncStatusItem.setValue({
      [statusKey('MUG', 'tiktok-tokopedia')]: { productSku: 'MUG', platform: 'tiktok-tokopedia', stock: 8, state: 'saving', force: false, updatedAt: now },
      [statusKey('MUG', 'lazada')]: { productSku: 'MUG', platform: 'lazada', stock: 8, state: 'queued', force: false, updatedAt: now },
    });
    await resumePushes();
    await pushesSettled();
    expect(await states()).toEqual({ 'MUG|tiktok-tokopedia': 'done', 'MUG|lazada': 'done' });
    expect(page('lazada', '333').stocks).toEqual({ MUG: 8 });
    expect(await stockOf('MUG')).toBe(8);
  });

  it('the safety buffer: every shop shows N fewer, never below 0', async () => {
    await stockSettingsItem.setValue({ ...DEFAULT_STOCK_SETTINGS, buffer: 3 });
    page('shopee', '111').stocks = { MUG: 8 };
    await sale('shopee', '111', 8);
    await pushesSettled();
    // Catalogue 8, buffer 3: every shop shows 5 — Shopee too, which showed the full 8 after its sale.
    for (const p of [page('shopee', '111'), page('tiktok-tokopedia', '222'), page('lazada', '333')]) expect(p.stocks).toEqual({ MUG: 5 });
    expect(Object.values(await readStatuses()).filter((s) => s.productSku === 'MUG').map((s) => s.stock)).toEqual([5, 5, 5]);
    // The buffer holds on every shop: the T-shirt's listings, untouched by the sale, follow too.
    expect(page('lazada', '555').stocks).toEqual({ 'KAOS-M': 2, 'KAOS-L': 0 });
    await stockSettingsItem.setValue({ ...DEFAULT_STOCK_SETTINGS, buffer: 50 });
    await send({ type: 'stock-sync-now' }, DASHBOARD);
    await pushesSettled();
    expect(page('lazada', '555').stocks).toEqual({ 'KAOS-M': 0, 'KAOS-L': 0 });
    expect(await stockOf('MUG')).toBe(8); // the buffer never touches the catalogue
  });
});

describe('from the dashboard', () => {
  it('sync now opens every linked listing, even those the ledger says are right', async () => {
    const [reply] = await send({ type: 'stock-sync-now' }, DASHBOARD);
    expect(reply).toEqual({ ok: true });
    await pushesSettled();
    expect(Object.values(await states())).toEqual(['done', 'done', 'done', 'done', 'done']);
    expect(fakeBrowser.tabs.create).toHaveBeenCalledTimes(5);
    expect(page('lazada', '555').writes).toEqual([{ 'KAOS-M': 5, 'KAOS-L': 3 }]);
  });

  it('sync now pressed again while its pushes run saves each listing once (300 saves for 100 SKUs × 3, not 303)', async () => {
    await send({ type: 'stock-sync-now' }, DASHBOARD);
    await send({ type: 'stock-sync-now' }, DASHBOARD);
    await pushesSettled();
    expect(Object.values(await states())).toEqual(['done', 'done', 'done', 'done', 'done']);
    for (const p of Object.values(shops)) expect(p.writes).toHaveLength(1);
    for (const p of Object.values(shops)) expect(p.maxOpen).toBe(1);
  });

  it('a seller page cannot ask', async () => {
    const fromPage = { id: 'test-extension-id', url: 'https://seller.shopee.co.id/portal/product/list/all', tab: { id: 3 }, frameId: 0 };
    expect(await send({ type: 'stock-sync-now' }, fromPage)).toEqual([]);
    expect(fakeBrowser.tabs.create).not.toHaveBeenCalled();
  });

  it('accept a conflict: the seen stock becomes the catalogue\'s and is pushed everywhere', async () => {
    page('lazada', '333').stocks = { MUG: 15 };
    await sale('lazada', '333', 15);
    await send({ type: 'stock-conflict-answer', sku: 'MUG', platform: 'lazada', accept: true }, DASHBOARD);
    await pushesSettled();
    expect(await stockOf('MUG')).toBe(15);
    expect(page('shopee', '111').stocks).toEqual({ MUG: 15 });
    expect(page('lazada', '333').writes).toEqual([]);
    expect((await readLedger()).conflicts).toEqual([]);
    expect((await readHistory()).map((e) => [e.source, e.delta])).toEqual([['conflict:lazada', 5]]);
  });

  it('reject a conflict: the catalogue\'s stock is pushed over it', async () => {
    page('lazada', '333').stocks = { MUG: 15 };
    await sale('lazada', '333', 15);
    await send({ type: 'stock-conflict-answer', sku: 'MUG', platform: 'lazada', accept: false }, DASHBOARD);
    await pushesSettled();
    expect(await stockOf('MUG')).toBe(10);
    expect(page('lazada', '333').stocks).toEqual({ MUG: 10 });
    expect(page('shopee', '111').writes).toEqual([]);
    expect((await readLedger()).conflicts).toEqual([]);
  });
});
