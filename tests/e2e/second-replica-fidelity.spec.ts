// Do the second replicas (tests/second, written from other public sources) behave like the real seller
// centres where it matters to a form filler? Plain Playwright, no extension: the pages are served at
// their real URLs by the practice server, like the fill benchmark sees them.
import { test, expect, chromium, type Browser, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startSellerServer, REPO_ROOT, type SellerServer } from './support/seller-server.mjs';
import { chromiumPath } from './support/chromium.mjs';

type Second = { model: Record<string, any>; decoys: Record<string, unknown>; defaults: Record<string, unknown>; saved: boolean; step: number; errors?: string[] };
const DIR = path.join(REPO_ROOT, 'tests/second');
const routes = JSON.parse(readFileSync(path.join(DIR, 'routes.json'), 'utf8')) as { host: string; path: string; file: string }[];

let server: SellerServer;
let browser: Browser;
test.beforeAll(async () => {
  server = await startSellerServer({ fixturesDir: DIR, quiet: true });
  browser = await chromium.launch({
    executablePath: chromiumPath(), headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', `--host-resolver-rules=${server.hostResolverRules}`, '--ignore-certificate-errors'],
  });
});
test.afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = async (url: string): Promise<Page> => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await expect(page.locator('#app h1')).toBeVisible();
  expect(errors, 'the replica runs without script errors').toEqual([]);
  return page;
};
const state = (page: Page) => page.evaluate(() => (window as any).__unseen as Second);
const model = async (page: Page) => (await state(page)).model;
const setByInstance = (page: Page, selector: string, value: string) =>
  page.locator(selector).first().evaluate((el: HTMLInputElement, v) => {
    el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
const setByNativeSetter = (page: Page, selector: string, value: string, bubbles = true) =>
  page.locator(selector).first().evaluate((el: HTMLInputElement, [v, b]) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, v);
    el.dispatchEvent(new Event('input', { bubbles: b as boolean }));
  }, [value, bubbles] as const);

test('every route points at a page that loads at the real URL, in Bahasa and with ?lang=en in English', async () => {
  const headings: Record<string, [string, string]> = {};
  for (const r of routes) {
    expect(existsSync(path.join(DIR, r.file)), r.file).toBe(true);
    const url = `https://${r.host}${r.path}`;
    const id = await open(url);
    const en = await open(`${url}?lang=en`);
    headings[r.host] = [await id.locator('h1').innerText(), await en.locator('h1').innerText()];
    expect(await id.evaluate(() => location.href)).toBe(url);
    await id.close();
    await en.close();
  }
  for (const [host, [id, en]] of Object.entries(headings)) {
    expect(id, host).toMatch(/Tambah/);
    expect(en, host).toMatch(/Add/);
  }
});

test.describe('React pages commit only through the value tracker', () => {
  const cases = [
    { platform: 'tiktok-tokopedia', url: 'https://seller-id.tokopedia.com/product/create', selector: 'input[placeholder="Masukkan nama produk"]', key: 'name', other: 'Nama lewat el.value', value: 'Keripik Singkong Balado 250 g', expected: 'Keripik Singkong Balado 250 g' },
    { platform: 'lazada', url: 'https://sellercenter.lazada.co.id/apps/product/publish', selector: '.next-table tbody input', key: 'price', other: '999', value: '15000', expected: 15000 },
    { platform: 'ekatalog', url: 'https://katalog.inaproc.id/penyedia/produk/tambah', selector: 'input[placeholder="Nama produk sesuai kemasan"]', key: 'name', other: 'Nama lewat el.value', value: 'Keripik Singkong Balado 250 g', expected: 'Keripik Singkong Balado 250 g' },
  ];
  for (const c of cases) {
    test(`${c.platform}: el.value is swallowed, a non-bubbling input too, the native setter + bubbling input commits ${c.key}`, async () => {
      const page = await open(c.url);
      const before = (await model(page))[c.key];
      // React remembers a value assigned through the instance: the same value set again later is no change,
      // so the instance write uses another value.
      await setByInstance(page, c.selector, c.other);
      expect((await model(page))[c.key]).toEqual(before);
      await setByNativeSetter(page, c.selector, c.value, false);
      expect((await model(page))[c.key]).toEqual(before);
      await setByNativeSetter(page, c.selector, c.value);
      expect((await model(page))[c.key]).toEqual(c.expected);
      await page.close();
    });
  }

  test('tiktok-tokopedia: the price is shown formatted after it commits', async () => {
    const page = await open('https://seller-id.tokopedia.com/product/create');
    const price = page.getByLabel('Harga');
    await price.fill('15000');
    await expect(price).toHaveValue('15.000');
    expect((await model(page)).price).toBe(15000);
    await page.close();
  });
});

test.describe('Vue pages commit on input, not during IME composition', () => {
  test('shopee: a value without an event is not committed; composition waits for its end', async () => {
    const page = await open('https://seller.shopee.co.id/portal/product/new');
    const name = page.getByPlaceholder(/Nama Merek/);
    await name.evaluate((el: HTMLInputElement) => (el.value = 'tanpa event'));
    expect((await model(page)).name).toBe('');
    await name.evaluate((el: HTMLInputElement) => {
      el.dispatchEvent(new CompositionEvent('compositionstart'));
      el.value = 'sedang diketik';
      el.dispatchEvent(new Event('input'));
    });
    expect((await model(page)).name).toBe('');
    await name.evaluate((el: HTMLInputElement) => el.dispatchEvent(new CompositionEvent('compositionend')));
    expect((await model(page)).name).toBe('sedang diketik');
    await page.close();
  });
});

test('tiktok-tokopedia: the rich editor keeps typed text and rolls back innerHTML set without events', async () => {
  const page = await open('https://seller-id.tokopedia.com/product/create');
  const editor = page.locator('.rich-editor');
  await editor.click();
  await page.keyboard.insertText('Renyah');
  await editor.evaluate((el) => (el.innerHTML = '<p>disuntik</p>'));
  await expect(editor).toHaveText('Renyah');
  expect((await model(page)).description).toBe('Renyah');
  await page.close();
});

test('tiktok-tokopedia: brand exists only after a category is chosen, options load late in a body portal', async () => {
  const page = await open('https://seller-id.tokopedia.com/product/create');
  await expect(page.getByRole('combobox', { name: 'Merek' })).toHaveCount(0);
  await page.getByLabel('Nama produk').fill('Keripik Singkong Balado 250 g');
  await page.locator('.tts-suggest button', { hasText: 'Keripik' }).click();
  expect((await model(page)).category).toBe('Makanan & Minuman > Makanan Ringan > Keripik');
  await page.getByRole('combobox', { name: 'Merek' }).click();
  await expect(page.locator('body > .tts-popup')).toContainText('Memuat');
  await page.locator('body > .tts-popup .tts-option', { hasText: 'Tanpa merek' }).click();
  expect((await model(page)).brand).toBe('NO_BRAND');
  await page.close();
});

test('lazada: look-alike fields are decoys, never the product', async () => {
  const page = await open('https://sellercenter.lazada.co.id/apps/product/publish');
  const cells = page.locator('.next-table tbody input');
  await cells.nth(1).fill('12000'); // Special Price
  const s = await state(page);
  expect(s.model.price).toBeNull();
  expect(s.decoys.specialPrice).toBe('12000');
  await page.close();
});

test('ekatalog: later steps exist only when shown, and "Selanjutnya" refuses an incomplete step', async () => {
  const page = await open('https://katalog.inaproc.id/penyedia/produk/tambah');
  await expect(page.getByText('Kode KBKI')).toHaveCount(0);
  await page.getByRole('button', { name: 'Selanjutnya' }).click();
  const s = await state(page);
  expect(s.step).toBe(1);
  expect(s.errors).toEqual(['category', 'name', 'photos', 'brand']);
  await expect(page.getByRole('alert')).toContainText('Lengkapi isian wajib');
  await page.close();
});

test('blibli: the product form exists only after a leaf category and "Lanjut"', async () => {
  const page = await open('https://seller.blibli.com/product/create');
  const next = page.getByRole('button', { name: 'Lanjut' });
  await expect(page.getByLabel(/Nama produk/)).toHaveCount(0);
  await expect(next).toBeDisabled();
  await page.getByRole('button', { name: 'Makanan & Minuman' }).click();
  await expect(next).toBeDisabled();
  await page.getByRole('button', { name: 'Makanan Ringan' }).click();
  await page.getByRole('button', { name: 'Keripik' }).click();
  await expect(next).toBeEnabled();
  await next.click();
  await page.getByLabel(/Nama produk/).fill('Keripik Singkong Balado 250 g');
  await page.getByLabel(/Stok minimum/).fill('5');
  const s = await state(page);
  expect(s.model).toMatchObject({ name: 'Keripik Singkong Balado 250 g', category: 'Makanan & Minuman > Makanan Ringan > Keripik', stock: null });
  expect(s.decoys.minimumStock).toBe('5');
  await page.close();
});

test('shopee: the detail form mounts only after "Selanjutnya", which needs a name and a recommended category', async () => {
  const page = await open('https://seller.shopee.co.id/portal/product/new');
  await page.getByRole('button', { name: 'Selanjutnya' }).click();
  await expect(page.getByRole('alert')).toContainText('Kolom ini wajib diisi');
  await expect(page.getByPlaceholder('Harga', { exact: true })).toHaveCount(0);
  await page.getByPlaceholder(/Nama Merek/).fill('Keripik Singkong Balado 250 g');
  await page.locator('.category-recommendation-item', { hasText: 'Keripik' }).click();
  await page.getByRole('button', { name: 'Selanjutnya' }).click();
  await page.getByPlaceholder('Harga Satuan').fill('14000'); // wholesale unit price, a look-alike
  await page.getByPlaceholder('Harga', { exact: true }).fill('15000');
  const s = await state(page);
  expect(s.model.price).toBe(15000);
  expect(s.decoys.wholesalePrice).toBe('14000');
  expect(s.defaults).toEqual({ minOrder: 1 });
  await page.close();
});
