// Stock sync, the seller-page half (issue 9): the built extension reads each platform's product list
// replica with no click and the reading reaches the background; on an edit page it answers the
// background's read-before-write and write (the replica's stored stock changes), a failing save is
// `failed` with the page's own words, an expired session `needs-login`. The push queue itself is the
// background's (h-stocksync): here the service worker sends the same messages it will send.
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './support/extension';
import type { SellerServer } from './support/seller-server.mjs';

type Platform = 'shopee' | 'tiktok-tokopedia' | 'lazada';

const LIST: Record<Platform, string> = {
  shopee: 'https://seller.shopee.co.id/portal/product/list/all',
  'tiktok-tokopedia': 'https://seller-id.tokopedia.com/product/manage',
  lazada: 'https://sellercenter.lazada.co.id/apps/product/list',
};
const EDIT: Record<Platform, (id: string) => string> = {
  shopee: (id) => `https://seller.shopee.co.id/portal/product/${id}`,
  'tiktok-tokopedia': (id) => `https://seller-id.tiktok.com/product/edit/${id}`,
  lazada: (id) => `https://sellercenter.lazada.co.id/apps/product/publish?productId=${id}`,
};

// names of 25+ characters: TikTok's edit page refuses to save a shorter one
const SHOP = [
  { id: '1001', name: 'Keripik Singkong Balado 250 gr', sku: 'KRP-1', stock: 40 },
  { id: '1002', name: 'Kaos Polos Katun Combed 30s Unisex', sku: 'KAOS', variants: [{ name: 'M', sku: 'KAOS-M', stock: 5 }, { name: 'L', sku: 'KAOS-L', stock: 7 }] },
  { id: '1003', name: 'Kopi Bubuk Robusta Lampung 1.000 gr', sku: 'KOPI-1K', stock: 1250 },
];
const SHOP_ROWS = [
  { listing: '1001', stocks: { 'KRP-1': 40 } },
  { listing: '1002', stocks: { 'KAOS-M': 5, 'KAOS-L': 7 } },
  { listing: '1003', stocks: { 'KOPI-1K': 1250 } },
];

interface Reading {
  platform: string;
  url: string;
  rows: Array<{ listing: string; stocks: Record<string, number> }>;
  shown: number;
  receivedAt: number;
}

/** The last list-page reading the background received (background/stock-readings.ts keeps it). */
const lastReading = (worker: Worker) =>
  worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return ((await chrome.storage.session.get('stockLastReading')).stockLastReading ?? null) as Reading | null;
  });

/** Waits for a reading received after `since` that satisfies `check`. */
async function readingAfter(worker: Worker, since: number, check: (r: Reading) => boolean = () => true): Promise<Reading> {
  let found: Reading | null = null;
  await expect
    .poll(async () => {
      const r = await lastReading(worker);
      found = r && r.receivedAt > since && check(r) ? r : null;
      return found !== null;
    }, { timeout: 20_000, message: 'a stock-list-read reaching the background' })
    .toBe(true);
  return found!;
}

/** What the background's push sends to an edit page's top frame, sent from the service worker. */
const askEditPage = (worker: Worker, url: string, message: unknown) =>
  worker.evaluate(
    async ({ url, message }) => {
      const chrome = (globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>>; sendMessage(id: number, m: unknown, o: object): Promise<unknown> } };
      }).chrome;
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
      return chrome.tabs.sendMessage(tab.id, message, { frameId: 0 });
    },
    { url, message },
  );

async function openEdit(page: Page, platform: Platform, id: string) {
  await page.goto(EDIT[platform](id));
  // the replica loads the shop's product after its form has rendered
  await expect.poll(() => page.evaluate(() => (window as unknown as { __replica: { stockProduct?: { id: string } } }).__replica.stockProduct?.id ?? null)).toBe(id);
}

const seed = (server: SellerServer, platform: Platform) => server.stock.seed(platform, SHOP);

for (const platform of ['shopee', 'tiktok-tokopedia', 'lazada'] as const) {
  for (const look of [{ lang: 'id' as const, drift: false }, { lang: 'en' as const, drift: false }, { lang: 'en' as const, drift: true }]) {
    const name = look.drift ? 'drifted' : look.lang === 'en' ? 'English' : 'Bahasa';
    test(`${platform} list page (${name}): its rows reach the background with no click, and a sale shows after a reload`, async ({ server, context, serviceWorker }) => {
      seed(server, platform);
      server.stock.setLook(platform, look);
      const page = await context.newPage();
      const before = Date.now();
      await page.goto(LIST[platform]);
      const first = await readingAfter(serviceWorker, before);
      expect(first.platform).toBe(platform);
      expect(first.shown).toBe(3);
      expect(first.rows).toEqual(SHOP_ROWS);

      server.stock.sale(platform, 'KAOS-L', 2);
      const reloaded = Date.now();
      await page.reload();
      const second = await readingAfter(serviceWorker, reloaded);
      expect(second.rows.find((r) => r.listing === '1002')?.stocks).toEqual({ 'KAOS-M': 5, 'KAOS-L': 5 });
      expect(second.rows.find((r) => r.listing === '1001')?.stocks).toEqual({ 'KRP-1': 40 });
    });
  }
}

test('a paged list: each page is read as it shows, and says how many rows it showed', async ({ server, context, serviceWorker }) => {
  const many = Array.from({ length: 12 }, (_, i) => ({ id: String(2001 + i), name: `Produk ${i + 1}`, sku: `P-${i + 1}`, stock: i }));
  server.stock.seed('shopee', many);
  const page = await context.newPage();
  const before = Date.now();
  await page.goto(LIST.shopee);
  const first = await readingAfter(serviceWorker, before);
  expect(first.shown).toBe(10);
  expect(first.rows.map((r) => r.listing)).toEqual(many.slice(0, 10).map((p) => p.id));

  const paged = Date.now();
  await page.getByRole('button', { name: 'Berikutnya' }).click();
  const second = await readingAfter(serviceWorker, paged, (r) => r.shown === 2);
  expect(second.rows).toEqual([{ listing: '2011', stocks: { 'P-11': 10 } }, { listing: '2012', stocks: { 'P-12': 11 } }]);
});

test('shopee edit page: read before write, then the write is saved and shows on the list page', async ({ server, context, serviceWorker }) => {
  seed(server, 'shopee');
  const page = await context.newPage();
  await openEdit(page, 'shopee', '1001');
  expect(await askEditPage(serviceWorker, page.url(), { type: 'stock-edit-read' })).toEqual({ state: 'read', stocks: { 'KRP-1': 40 } });

  expect(await askEditPage(serviceWorker, page.url(), { type: 'stock-edit-write', stocks: { 'KRP-1': 33 } })).toEqual({ state: 'done', stocks: { 'KRP-1': 33 } });
  expect(server.stock.stocks('shopee', '1001')).toEqual({ 'KRP-1': 33 });
  await expect(page.getByRole('status')).toContainText('Produk berhasil diperbarui');

  const before = Date.now();
  await page.goto(LIST.shopee);
  const reading = await readingAfter(serviceWorker, before);
  expect(reading.rows.find((r) => r.listing === '1001')?.stocks).toEqual({ 'KRP-1': 33 });
});

for (const platform of ['shopee', 'tiktok-tokopedia', 'lazada'] as const) {
  test(`${platform} edit page with variants: each variant's own stock read and written`, async ({ server, context, serviceWorker }) => {
    seed(server, platform);
    server.stock.sale(platform, 'KAOS-M', 1); // sold there since Serentak last looked: the read shows it
    const page = await context.newPage();
    await openEdit(page, platform, '1002');
    expect(await askEditPage(serviceWorker, page.url(), { type: 'stock-edit-read' })).toEqual({ state: 'read', stocks: { 'KAOS-M': 4, 'KAOS-L': 7 } });
    const reply = await askEditPage(serviceWorker, page.url(), { type: 'stock-edit-write', stocks: { 'KAOS-M': 3, 'KAOS-L': 6 } });
    expect(reply).toEqual({ state: 'done', stocks: { 'KAOS-M': 3, 'KAOS-L': 6 } });
    expect(server.stock.stocks(platform, '1002')).toEqual({ 'KAOS-M': 3, 'KAOS-L': 6 });
  });
}

for (const platform of ['shopee', 'tiktok-tokopedia', 'lazada'] as const) {
  test(`${platform} drifted edit page: the variant table read and written by its headers, the single stock field written`, async ({ server, context, serviceWorker }) => {
    seed(server, platform);
    server.stock.setLook(platform, { drift: true });
    const page = await context.newPage();
    await openEdit(page, platform, '1002');
    await expect(page.locator('html')).toHaveAttribute('data-variant', 'drift');
    expect(await askEditPage(serviceWorker, page.url(), { type: 'stock-edit-read' })).toEqual({ state: 'read', stocks: { 'KAOS-M': 5, 'KAOS-L': 7 } });
    expect(await askEditPage(serviceWorker, page.url(), { type: 'stock-edit-write', stocks: { 'KAOS-M': 2, 'KAOS-L': 7 } })).toMatchObject({ state: 'done' });
    expect(server.stock.stocks(platform, '1002')).toEqual({ 'KAOS-M': 2, 'KAOS-L': 7 });

    // The drifted page shows no SKU beside a product's one stock field: a push for its one SKU sets it.
    await openEdit(page, platform, '1001');
    expect(await askEditPage(serviceWorker, page.url(), { type: 'stock-edit-write', stocks: { 'KRP-1': 12 } })).toMatchObject({ state: 'done' });
    expect(server.stock.stocks(platform, '1001')).toEqual({ 'KRP-1': 12 });
  });
}

test('a push\'s way: the edit page opened in a background tab answers read and write there', async ({ server, context, serviceWorker }) => {
  seed(server, 'tiktok-tokopedia');
  const url = EDIT['tiktok-tokopedia']('1002');
  // the dashboard stays in front, as when the seller watches the sync
  const front = await context.newPage();
  await front.goto('about:blank');
  const started = Date.now();
  const answer = (message: unknown) =>
    serviceWorker.evaluate(
      async ({ url, message }) => {
        const chrome = (globalThis as unknown as {
          chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string; status?: string }>>; create(o: object): Promise<{ id?: number }>; sendMessage(id: number, m: unknown, o: object): Promise<unknown> } };
        }).chrome;
        let tab = (await chrome.tabs.query({})).find((t) => t.url === url);
        tab ??= await chrome.tabs.create({ url, active: false });
        // the content script registers at document_idle: until then there is no one to answer
        return chrome.tabs.sendMessage(tab.id!, message, { frameId: 0 }).catch(() => null);
      },
      { url, message },
    );
  let read: unknown = null;
  await expect.poll(async () => (read = await answer({ type: 'stock-edit-read' })), { timeout: 20_000 }).not.toBeNull();
  expect(read).toEqual({ state: 'read', stocks: { 'KAOS-M': 5, 'KAOS-L': 7 } });
  expect(await answer({ type: 'stock-edit-write', stocks: { 'KAOS-M': 4, 'KAOS-L': 7 } })).toEqual({ state: 'done', stocks: { 'KAOS-M': 4, 'KAOS-L': 7 } });
  expect(server.stock.stocks('tiktok-tokopedia', '1002')).toEqual({ 'KAOS-M': 4, 'KAOS-L': 7 });
  test.info().annotations.push({ type: 'background tab open → read → write saved', description: `${Date.now() - started} ms` });
});

test('a failing save answers failed with the page\'s own error, and the shop keeps its stock', async ({ server, context, serviceWorker }) => {
  seed(server, 'lazada');
  server.stock.failNextSave('lazada', 'Sistem sedang sibuk, coba lagi nanti');
  const page = await context.newPage();
  await openEdit(page, 'lazada', '1001');
  const reply = (await askEditPage(serviceWorker, page.url(), { type: 'stock-edit-write', stocks: { 'KRP-1': 30 } })) as { state: string; error?: { id: string; en: string } };
  expect(reply.state).toBe('failed');
  expect(reply.error?.id).toContain('Sistem sedang sibuk, coba lagi nanti');
  expect(server.stock.stocks('lazada', '1001')).toEqual({ 'KRP-1': 40 });
  expect(server.stock.saves('lazada')).toBe(1);
});

test('a SKU the edit page does not show is failed, nothing saved', async ({ server, context, serviceWorker }) => {
  seed(server, 'tiktok-tokopedia');
  const page = await context.newPage();
  await openEdit(page, 'tiktok-tokopedia', '1002');
  const reply = (await askEditPage(serviceWorker, page.url(), { type: 'stock-edit-write', stocks: { 'KAOS-XL': 3 } })) as { state: string };
  expect(reply.state).toBe('failed');
  expect(server.stock.saves('tiktok-tokopedia')).toBe(0);
});

for (const [platform, host] of [['lazada', 'sellercenter.lazada.co.id'], ['tiktok-tokopedia', 'seller-id.tiktok.com']] as const) {
  test(`${platform}: an expired session sends the edit page to login, which answers needs-login`, async ({ server, context, serviceWorker }) => {
    seed(server, platform);
    server.setLoginRequired(host, true);
    const page = await context.newPage();
    await page.goto(EDIT[platform]('1001'));
    await expect(page.locator('input[type=password]')).toBeVisible();
    expect(await askEditPage(serviceWorker, page.url(), { type: 'stock-edit-write', stocks: { 'KRP-1': 30 } })).toEqual({ state: 'needs-login' });
    expect(server.stock.saves(platform)).toBe(0);
  });
}
