// @vitest-environment node
// The background's stock sync through the fake browser: a list page's reading reconciled and persisted
// before any push, the pushes made on fake edit pages (read before write), and the catalogue the seller
// sees afterwards.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reconcileListRead } from '@/entrypoints/background/stock-list';
import { followOutsideChanges } from '@/entrypoints/background/stock-outside';
import { pushesSettled } from '@/entrypoints/background/stock-push';
import { answerStockRequests } from '@/entrypoints/background/stock-requests';
import { applyImport, previewImport } from '@/utils/catalogue/import';
import { send } from '../panel/send-message';
import { catalogue } from '@/utils/catalogue/api';
import type { PlatformId } from '@/utils/platforms/hosts';
import type { StockListRead } from '@/utils/stock/messages';
import { readHistory, readLedger, readStatuses, stockSettingsItem, DEFAULT_STOCK_SETTINGS } from '@/utils/stock/store';
import { catalogueOf, EDIT_URLS, fakeShops, KAOS, MUG, stockOf, variantStocks, type Shops } from './fake-shops';

let shops: Shops;

function listPage(platform: PlatformId, rows: StockListRead['rows'], pageLoadedAt = Date.now()): StockListRead {
  return { type: 'stock-list-read', platform, url: 'https://example.invalid/list', pageLoadedAt, rows, shown: rows.length };
}

const page = (platform: PlatformId, id: string) => shops[EDIT_URLS[platform]!(id)]!;

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
});

describe('a sale seen on a list page', () => {
  it('lowers the catalogue, and every other shop shows the new stock', async () => {
    page('shopee', '111').stocks = { MUG: 8 }; // two mugs sold on Shopee
    await reconcileListRead(listPage('shopee', [{ listing: '111', stocks: { MUG: 8 } }]));
    await pushesSettled();

    expect(await stockOf('MUG')).toBe(8);
    expect(page('tiktok-tokopedia', '222').stocks).toEqual({ MUG: 8 });
    expect(page('lazada', '333').stocks).toEqual({ MUG: 8 });
    expect(page('shopee', '111').writes).toEqual([]); // the shop that sold already shows it
    expect((await readHistory()).map(({ sku, delta, source }) => ({ sku, delta, source }))).toEqual([{ sku: 'MUG', delta: -2, source: 'sale:shopee' }]);
    const statuses = await readStatuses();
    expect(Object.values(statuses).map(({ platform, stock, state }) => ({ platform, stock, state }))).toEqual([
      { platform: 'tiktok-tokopedia', stock: 8, state: 'done' },
      { platform: 'lazada', stock: 8, state: 'done' },
    ]);
    const ledger = await readLedger();
    expect(Object.values(ledger.listings.MUG!).map((l) => l!.synced)).toEqual([{ MUG: 8 }, { MUG: 8 }, { MUG: 8 }]);
  });

  it('everything is persisted before the first tab opens', async () => {
    page('shopee', '111').stocks = { MUG: 8 };
    const seenAtFirstTab: unknown[] = [];
    const create = fakeBrowser.tabs.create;
    fakeBrowser.tabs.create = vi.fn(async (props: { url?: string }) => {
      if (!seenAtFirstTab.length)
        seenAtFirstTab.push(await readLedger(), await readStatuses(), await readHistory(), await fakeBrowser.storage.local.get('stockPendingCatalogue'));
      return create(props);
    }) as never;
    await reconcileListRead(listPage('shopee', [{ listing: '111', stocks: { MUG: 8 } }]));
    await pushesSettled();
    const [ledger, statuses, history] = seenAtFirstTab as [Awaited<ReturnType<typeof readLedger>>, Record<string, { state: string }>, unknown[]];
    expect(ledger.listings.MUG?.shopee?.synced).toEqual({ MUG: 8 });
    // The first push is opening its tab; the other waits its turn — both were queued before.
    expect(Object.values(statuses).map((s) => s.state).sort()).toEqual(['opening', 'queued']);
    expect(history).toHaveLength(1);
  });

  it('the same reading twice, and the same page reloaded, change nothing', async () => {
    const read = listPage('shopee', [{ listing: '111', stocks: { MUG: 8 } }], 1_000);
    await reconcileListRead(read);
    await pushesSettled();
    const opened = vi.mocked(fakeBrowser.tabs.create).mock.calls.length;
    await reconcileListRead(read);
    await reconcileListRead({ ...read, pageLoadedAt: Date.now() + 1 });
    await pushesSettled();
    expect(await stockOf('MUG')).toBe(8);
    expect(await readHistory()).toHaveLength(1);
    expect(vi.mocked(fakeBrowser.tabs.create).mock.calls.length).toBe(opened);
  });

  it('two sales on two platforms between syncs both count', async () => {
    await stockSettingsItem.setValue({ ...DEFAULT_STOCK_SETTINGS, auto: false });
    await reconcileListRead(listPage('shopee', [{ listing: '111', stocks: { MUG: 8 } }]));
    await reconcileListRead(listPage('tiktok-tokopedia', [{ listing: '222', stocks: { MUG: 7 } }]));
    await pushesSettled();
    expect(await stockOf('MUG')).toBe(5);
    expect((await readHistory()).map((e) => [e.source, e.delta])).toEqual([['sale:shopee', -2], ['sale:tiktok-tokopedia', -3]]);
    expect(fakeBrowser.tabs.create).not.toHaveBeenCalled(); // stock-auto off: nothing pushed
  });

  it('a variant sale lowers that variant only, and the product total', async () => {
    page('lazada', '555').stocks = { 'KAOS-M': 5, 'KAOS-L': 1 };
    await reconcileListRead(listPage('lazada', [{ listing: '555', stocks: { 'KAOS-M': 5, 'KAOS-L': 1 } }]));
    await pushesSettled();
    expect(await variantStocks('KAOS')).toEqual({ 'KAOS-M': 5, 'KAOS-L': 1 });
    expect(await stockOf('KAOS')).toBe(6);
    expect(page('shopee', '444').stocks).toEqual({ 'KAOS-M': 5, 'KAOS-L': 1 });
  });

  it('a row without the SKU is matched by the listing id', async () => {
    await reconcileListRead(listPage('lazada', [{ listing: '333', stocks: { 'SKU-LAZADA-LAIN': 9 } }]));
    await pushesSettled();
    expect(await stockOf('MUG')).toBe(9);
  });

  it('a raised stock is a conflict: nothing applied, nothing pushed', async () => {
    await reconcileListRead(listPage('lazada', [{ listing: '333', stocks: { MUG: 15 } }]));
    await pushesSettled();
    expect(await stockOf('MUG')).toBe(10);
    expect((await readLedger()).conflicts).toMatchObject([{ sku: 'MUG', platform: 'lazada', seen: 15, lastSynced: 10 }]);
    expect(fakeBrowser.tabs.create).not.toHaveBeenCalled();
  });
});

describe('read before write', () => {
  it('a sale on the shop being pushed since its list page was seen is counted, not overwritten', async () => {
    page('shopee', '111').stocks = { MUG: 8 };
    page('lazada', '333').stocks = { MUG: 9 }; // one sold on Lazada, its list page not seen yet
    await reconcileListRead(listPage('shopee', [{ listing: '111', stocks: { MUG: 8 } }]));
    await pushesSettled();
    expect(await stockOf('MUG')).toBe(7);
    for (const p of [page('shopee', '111'), page('tiktok-tokopedia', '222'), page('lazada', '333')]) expect(p.stocks).toEqual({ MUG: 7 });
    expect((await readHistory()).map((e) => [e.source, e.delta])).toEqual([['sale:shopee', -2], ['sale:lazada', -1]]);
  });

  it('a raised stock on the edit page: no write there, a conflict for the seller, the others still pushed', async () => {
    page('shopee', '111').stocks = { MUG: 8 };
    page('lazada', '333').stocks = { MUG: 20 };
    await reconcileListRead(listPage('shopee', [{ listing: '111', stocks: { MUG: 8 } }]));
    await pushesSettled();
    expect(page('lazada', '333').writes).toEqual([]);
    expect(page('tiktok-tokopedia', '222').stocks).toEqual({ MUG: 8 });
    const statuses = Object.values(await readStatuses());
    expect(statuses.find((s) => s.platform === 'lazada')).toMatchObject({ state: 'failed' });
    expect((await readLedger()).conflicts).toMatchObject([{ sku: 'MUG', platform: 'lazada', seen: 20 }]);
  });
});

describe("the seller's own stock change", () => {
  it('a restock typed in the catalogue is an edit line and goes to every shop', async () => {
    await followOutsideChanges(); // stock sync has seen the catalogue (links adopted at 10)
    await catalogue.save({ ...MUG, stock: 25 });
    await followOutsideChanges();
    await pushesSettled();
    for (const p of [page('shopee', '111'), page('tiktok-tokopedia', '222'), page('lazada', '333')]) expect(p.stocks).toEqual({ MUG: 25 });
    expect((await readHistory()).map(({ sku, delta, source }) => ({ sku, delta, source }))).toEqual([{ sku: 'MUG', delta: 15, source: 'edit' }]);
    // Noticed once: looking again changes nothing.
    await followOutsideChanges();
    expect(await readHistory()).toHaveLength(1);
  });

  it('a link made before an edit keeps the stock the shop was given: its list page is no sale', async () => {
    await followOutsideChanges(); // the links join the ledger at 10, as published
    await catalogue.save({ ...MUG, stock: 30 });
    await stockSettingsItem.setValue({ ...DEFAULT_STOCK_SETTINGS, auto: false });
    await followOutsideChanges();
    await reconcileListRead(listPage('shopee', [{ listing: '111', stocks: { MUG: 10 } }]));
    expect(await stockOf('MUG')).toBe(30);
    expect((await readHistory()).map((e) => e.source)).toEqual(['edit']);
  });

  it('an import that changes stock is an import line; the next typed change is an edit again', async () => {
    await followOutsideChanges();
    const preview = await previewImport(new Blob(['sku,stock\nMUG,22\n'], { type: 'text/csv' }));
    expect(await applyImport(preview)).toEqual({ imported: 1, rejected: 0 });
    await followOutsideChanges();
    await pushesSettled();
    expect(page('lazada', '333').stocks).toEqual({ MUG: 22 });
    await catalogue.save({ ...(await catalogue.get('MUG'))!, stock: 20 });
    await followOutsideChanges();
    await pushesSettled();
    expect((await readHistory()).map(({ sku, delta, source }) => ({ sku, delta, source }))).toEqual([
      { sku: 'MUG', delta: 12, source: 'import' },
      { sku: 'MUG', delta: -2, source: 'edit' },
    ]);
  });

  it('an import that leaves stock as it was does not turn the next typed change into an import line', async () => {
    await followOutsideChanges();
    await applyImport(await previewImport(new Blob(['sku,stock\nMUG,10\n'], { type: 'text/csv' })));
    await followOutsideChanges();
    await catalogue.save({ ...(await catalogue.get('MUG'))!, stock: 4 });
    await followOutsideChanges();
    await pushesSettled();
    expect((await readHistory()).map(({ delta, source }) => ({ delta, source }))).toEqual([{ delta: -6, source: 'edit' }]);
  });
});

describe('sync now', () => {
  it('a listing it changes is a sync line with the difference written there; listings already right are none', async () => {
    answerStockRequests();
    page('lazada', '555').stocks = { 'KAOS-M': 9, 'KAOS-L': 3 }; // someone typed 9 there; the ledger says 5
    await stockSettingsItem.setValue({ ...DEFAULT_STOCK_SETTINGS, buffer: 1 }); // every shop now to show one fewer
    await send({ type: 'stock-sync-now' }, { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/dashboard.html' });
    await pushesSettled();
    const lines = (await readHistory()).map(({ sku, delta, source }) => `${source} ${sku} ${delta}`);
    expect(page('shopee', '111').stocks).toEqual({ MUG: 9 });
    expect(lines.filter((l) => l.startsWith('sync MUG'))).toEqual(['sync MUG -1', 'sync MUG -1', 'sync MUG -1']);
    expect(lines).toContain('sync KAOS-M -1'); // Shopee: 5 → 4
    expect(lines.every((l) => l.startsWith('sync '))).toBe(true);
  });
});
