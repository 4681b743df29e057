// Do the replicas behave like the real seller centres? If a replica is easier than the real page, every
// fill test built on it proves nothing. This spec checks the demanding parts, platform by platform, with
// plain Playwright (no extension): the replicas are served at their real URLs by the practice server.
import { test, expect, chromium, type Browser, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startSellerServer, REPO_ROOT, type SellerServer } from './support/seller-server.mjs';
import { chromiumPath } from './support/chromium.mjs';

type Replica = { model: Record<string, any>; saved: boolean; log: string[]; errors?: string[]; step?: number };

let server: SellerServer;
let browser: Browser;

test.beforeAll(async () => {
  server = await startSellerServer({ quiet: true });
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--host-resolver-rules=${server.hostResolverRules}`, '--ignore-certificate-errors',
    ],
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
  await page.locator('#app').waitFor();
  expect(errors, 'the replica runs without script errors').toEqual([]);
  return page;
};
const replica = (page: Page) => page.evaluate(() => (window as any).__replica as Replica);
const model = async (page: Page) => (await replica(page)).model;
const photo = (name: string) => ({ name, mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xd9]) });

/** The two ways a script can write an input: the instance setter (swallowed by React) or the native one. */
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

const SHOPEE = 'https://seller.shopee.co.id/portal/product/new';
const TIKTOK = 'https://seller-id.tokopedia.com/product/create?shop_region=ID';
const LAZADA = 'https://sellercenter.lazada.co.id/apps/product/publish';
const EKATALOG = 'https://katalog.inaproc.id/penyedia/produk/tambah';
const BLIBLI = 'https://seller.blibli.com/product/create';

test.describe('routes', () => {
  test('every route in routes.json points at a fixture file that exists', () => {
    const routes = JSON.parse(readFileSync(path.join(REPO_ROOT, 'tests/fixtures/routes.json'), 'utf8')) as { file: string }[];
    const missing = routes.filter((r) => !existsSync(path.join(REPO_ROOT, 'tests/fixtures', r.file))).map((r) => r.file);
    expect(missing).toEqual([]);
  });
});

test.describe('React replicas keep React value-tracker semantics', () => {
  const cases = [
    { platform: 'tiktok-tokopedia', url: TIKTOK, selector: 'input[data-id="product.publish.product_name"]', key: 'name', other: 'Nama yang hanya lewat el.value', value: 'Hijab Segi Empat Voal Premium Motif Bunga', expected: 'Hijab Segi Empat Voal Premium Motif Bunga' },
    { platform: 'tiktok-tokopedia (tiktok host)', url: 'https://seller-id.tiktok.com/product/create', selector: 'input[data-id="product.publish.stock"]', key: 'stock', other: '7', value: '12', expected: 12 },
    { platform: 'lazada', url: LAZADA, selector: 'input[name=price]', key: 'price', other: '999', value: '20000', expected: 20000 },
  ];
  for (const c of cases) {
    test(`${c.platform}: el.value + events is swallowed, native setter + bubbling input commits ${c.key}`, async () => {
      const page = await open(c.url);
      const before = (await model(page))[c.key];
      await setByInstance(page, c.selector, c.other);
      expect((await model(page))[c.key]).toEqual(before);
      await setByNativeSetter(page, c.selector, c.value, false);
      expect((await model(page))[c.key], 'a non-bubbling input never reaches the root listener').toEqual(before);
      await setByNativeSetter(page, c.selector, c.value);
      expect((await model(page))[c.key]).toEqual(c.expected);
      await page.close();
    });
  }

  test('tiktok-tokopedia: the first keystroke into the empty price field is lost, the second set commits', async () => {
    const page = await open(TIKTOK);
    const price = page.locator('input[data-tid="m4b_input_number"][currency]');
    await price.fill('45000');
    expect((await model(page)).price).toBeNull();
    await expect(price).toHaveValue('');
    await price.fill('45000');
    expect((await model(page)).price).toBe(45000);
    await expect(price).toHaveValue('45.000');
    await page.close();
  });

  test('tiktok-tokopedia: stock is capped at 999999', async () => {
    const page = await open(TIKTOK);
    await page.locator('input[data-id="product.publish.stock"]').fill('2500000');
    expect((await model(page)).stock).toBe(999999);
    await page.close();
  });
});

test.describe('Vue replicas keep v-model semantics', () => {
  const cases = [
    { platform: 'shopee', url: SHOPEE, selector: '[data-product-edit-field-unique-id=name] input', key: 'name' },
    { platform: 'blibli', url: BLIBLI, selector: 'input[name=productName]', key: 'name' },
  ];
  for (const c of cases) {
    test(`${c.platform}: a value without an event is not committed; input commits; composition waits for its end`, async () => {
      const page = await open(c.url);
      const input = page.locator(c.selector);
      await input.evaluate((el: HTMLInputElement) => (el.value = 'tanpa event'));
      expect((await model(page))[c.key]).toBe('');
      await input.evaluate((el: HTMLInputElement) => {
        el.dispatchEvent(new CompositionEvent('compositionstart'));
        el.value = 'sedang diketik';
        el.dispatchEvent(new Event('input'));
      });
      expect((await model(page))[c.key], 'input during IME composition is ignored').toBe('');
      await input.evaluate((el: HTMLInputElement) => el.dispatchEvent(new CompositionEvent('compositionend')));
      expect((await model(page))[c.key]).toBe('sedang diketik');
      await page.close();
    });
  }
});

test.describe('Shopee two-stage form', () => {
  const stage2 = ['category', 'description', 'price', 'stock', 'weight', 'condition', 'parentSku', 'minpq', 'preOrder'];
  test('stage 2 fields do not exist before "Berikutnya", and do after it', async () => {
    const page = await open(SHOPEE);
    for (const hook of stage2) await expect(page.locator(`[data-product-edit-field-unique-id="${hook}"]`), hook).toHaveCount(0);
    await page.getByRole('button', { name: 'Berikutnya' }).click();
    await expect(page.locator('.eds-form-item__error')).toHaveText('Kolom ini wajib diisi');
    await page.locator('[data-product-edit-field-unique-id=name] input').fill('Keripik Singkong Balado');
    await page.getByRole('button', { name: 'Berikutnya' }).click();
    for (const hook of stage2) await expect(page.locator(`[data-product-edit-field-unique-id="${hook}"]`), hook).toHaveCount(1);
    await page.close();
  });

  test('category confirm is disabled until a leaf; brand mounts late and a category change resets it', async () => {
    const page = await toShopeeStage2();
    await pickShopeeCategory(page, ['Makanan & Minuman', 'Makanan Ringan', 'Keripik'], (confirm) => expect(confirm).toBeDisabled());
    const brandSelect = page.locator('[data-product-edit-field-unique-id=brandAndAttributes] .eds-selector').first();
    await brandSelect.click();
    await expect(page.locator('.eds-select__loading')).toBeVisible();
    await page.locator('.eds-select__menu .eds-option', { hasText: 'Tidak Ada Merek' }).click();
    expect((await model(page)).brand).toBe('Tidak Ada Merek');
    await pickShopeeCategory(page, ['Fashion Muslim', 'Hijab', 'Pashmina']);
    const m = await model(page);
    expect(m.category).toEqual(['Fashion Muslim', 'Hijab', 'Pashmina']);
    expect(m.brand).toBeNull();
    await page.close();
  });

  test('the Quill description commits typed text with line breaks and reverts innerHTML set without events', async () => {
    const page = await toShopeeStage2();
    await page.locator('.ql-editor').click();
    await page.evaluate(() => document.execCommand('insertText', false, 'Baris satu\nBaris dua'));
    expect((await model(page)).description).toBe('Baris satu\nBaris dua');
    await page.locator('.ql-editor').evaluate((el) => (el.innerHTML = '<p>disuntik</p>'));
    await page.locator('[data-product-edit-field-unique-id=weight] input').fill('250'); // any commit re-renders
    await expect(page.locator('.ql-editor')).toHaveText('Baris satuBaris dua');
    expect((await model(page)).description).toBe('Baris satu\nBaris dua');
    await page.close();
  });

  test('photos go through the hidden multiple file input in the images wrapper, in order, at most 9', async () => {
    const page = await open(SHOPEE);
    const input = page.locator('[data-product-edit-field-unique-id=images] input[type=file][name=file][multiple][accept="image/*"]');
    await input.setInputFiles(Array.from({ length: 10 }, (_, i) => photo(`foto-${i + 1}.jpg`)));
    await expect.poll(async () => (await model(page)).photos.length).toBe(9);
    expect((await model(page)).photos[0]).toBe('foto-1.jpg');
    await page.close();
  });

  test('two variation tiers make the combinations the table commits', async () => {
    const page = await toShopeeStage2();
    await page.getByRole('button', { name: '+ Aktifkan Variasi' }).click();
    const t0 = page.locator('[data-product-edit-field-unique-id=tierVariation_0] input');
    await t0.nth(0).fill('Warna');
    await t0.nth(1).fill('Merah');
    await t0.nth(2).fill('Biru');
    await page.getByRole('button', { name: '+ Tambah Variasi 2' }).click();
    const t1 = page.locator('[data-product-edit-field-unique-id=tierVariation_1] input');
    await t1.nth(0).fill('Ukuran');
    await t1.nth(1).fill('M');
    await expect(page.locator('[data-product-edit-field-unique-id=price]'), 'single price gives way to the table').toHaveCount(0);
    const row = page.locator('.variation-row').first().locator('input');
    await row.nth(0).fill('50000');
    await row.nth(1).fill('3');
    await row.nth(2).fill('KAOS-M-MRH');
    expect((await model(page)).variants).toEqual([
      { options: { Warna: 'Merah', Ukuran: 'M' }, price: 50000, stock: 3, sku: 'KAOS-M-MRH' },
      { options: { Warna: 'Biru', Ukuran: 'M' }, price: null, stock: null, sku: '' },
    ]);
    await page.close();
  });
});

test.describe('late options in body-level portals; the model follows option clicks', () => {
  const cases: { platform: string; url: string; prepare: (p: Page) => Promise<void>; trigger: string; option: string; noBrand: string }[] = [
    { platform: 'tiktok-tokopedia', url: TIKTOK, prepare: (p) => pickTikTokCategory(p), trigger: '#product-attributes div[role=combobox].core-select', option: 'body > .core-select-popup li[role=option]', noBrand: 'No brand' },
    { platform: 'lazada', url: LAZADA, prepare: (p) => pickLazadaCategory(p), trigger: '#product-specification .next-select-trigger-search input', option: 'body > .next-overlay-wrapper li.next-menu-item', noBrand: 'No Brand' },
    { platform: 'blibli', url: BLIBLI, prepare: async () => {}, trigger: '[data-field=brand] .blu-dropdown__trigger', option: 'body > .blu-dropdown__menu .blu-list__item', noBrand: 'No Brand' },
  ];
  for (const c of cases) {
    test(`${c.platform}: "${c.noBrand}" appears only after the options load, and clicking it commits brand`, async () => {
      const page = await open(c.url);
      await c.prepare(page);
      await page.locator(c.trigger).first().click();
      await expect(page.getByText(/Memuat|Loading/).last()).toBeVisible();
      await page.locator(c.option, { hasText: c.noBrand }).click();
      expect((await model(page)).brand).toBe(c.noBrand);
      await page.close();
    });
  }

  test('tiktok-tokopedia: disabled cascader nodes cannot be chosen; a category change asks first and resets brand', async () => {
    const page = await open(TIKTOK);
    await page.locator('#product-cascader-select-view').click();
    await page.locator('.core-cascader-popup [role=menuitem]', { hasText: 'Makanan & Minuman' }).click();
    await page.locator('.core-cascader-popup [role=menuitem]', { hasText: 'Makanan Ringan' }).click();
    await page.locator('.core-cascader-popup [role=menuitem].disabled-node', { hasText: 'Cokelat' }).dispatchEvent('click');
    expect((await model(page)).category).toEqual([]);
    await page.locator('.core-cascader-popup [role=menuitem]', { hasText: 'Keripik' }).click();
    expect((await model(page)).category).toEqual(['Makanan & Minuman', 'Makanan Ringan', 'Keripik']);
    await page.locator('#product-attributes div[role=combobox].core-select').first().click();
    await page.locator('li[role=option]', { hasText: 'No brand' }).click();
    await pickTikTokCategory(page);
    await page.locator('.core-modal button', { hasText: 'Konfirmasi' }).click();
    const m = await model(page);
    expect(m.category).toEqual(['Fashion Muslim', 'Hijab', 'Hijab Segi Empat']);
    expect(m.brand).toBeNull();
    await page.close();
  });

  test('lazada: the hidden description textarea is not the editor; photos need the Media Center Confirm', async () => {
    const page = await open(LAZADA);
    await page.locator('textarea[name=description]').evaluate((el: HTMLTextAreaElement) => {
      el.value = 'langsung ke textarea';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect((await model(page)).description).toBe('');
    await page.locator('.image-gallery-add').click();
    await page.locator('.next-dialog input[type=file]').setInputFiles([photo('a.jpg'), photo('b.jpg')]);
    await expect(page.locator('.media-center-item')).toHaveCount(2);
    expect((await model(page)).photos).toEqual([]);
    await page.locator('.next-dialog button', { hasText: 'Confirm' }).click();
    expect((await model(page)).photos).toEqual(['a.jpg', 'b.jpg']);
    await page.close();
  });
});

test.describe('e-Katalog wizard', () => {
  test('later steps exist only when shown; "Selanjutnya" refuses an incomplete step', async () => {
    const page = await open(EKATALOG);
    await expect(page.locator('input[name=nama_produk]')).toHaveCount(0);
    await page.getByRole('button', { name: 'Selanjutnya' }).click();
    expect((await replica(page)).step).toBe(0);
    await expect(page.getByRole('alert')).toHaveText('Pilih kategori sampai level 3');
    await pickEkatalogCategory(page);
    await page.getByRole('button', { name: 'Selanjutnya' }).click();
    await expect(page.locator('input[name=nama_produk]')).toHaveCount(1);
    await page.close();
  });
});

/* ---------- save only when valid, as a table over the five add pages ---------- */
const fills: Record<string, { url: string; save: string; editUrl: RegExp; fill: (p: Page) => Promise<void>; required: string[] }> = {
  shopee: {
    url: SHOPEE, save: 'Simpan & Tampilkan', editUrl: /\/portal\/product\/\d+$/,
    required: ['photos', 'category', 'description', 'price', 'stock', 'weight', 'condition'],
    fill: async (page) => {
      await page.locator('[data-product-edit-field-unique-id=images] input[type=file]').setInputFiles([photo('a.jpg')]);
      await pickShopeeCategory(page, ['Makanan & Minuman', 'Makanan Ringan', 'Keripik']);
      await page.locator('[data-product-edit-field-unique-id=brandAndAttributes] .eds-selector').first().click();
      await page.locator('.eds-option', { hasText: 'Tidak Ada Merek' }).click();
      await page.locator('.ql-editor').click();
      await page.keyboard.insertText('Keripik singkong renyah bumbu balado');
      await page.locator('[data-product-edit-field-unique-id=price] input').fill('15000');
      await page.locator('[data-product-edit-field-unique-id=stock] input').fill('40');
      await page.locator('[data-product-edit-field-unique-id=weight] input').fill('250');
      await page.locator('[data-product-edit-field-unique-id=condition] .eds-selector').click();
      await page.locator('.eds-option', { hasText: 'Baru' }).click();
      await expect.poll(async () => (await model(page)).photos.length).toBe(1);
    },
  },
  'tiktok-tokopedia': {
    url: TIKTOK, save: 'Kirim', editUrl: /\/product\/edit\/\d+$/,
    required: ['photos', 'name', 'category', 'description', 'price', 'stock', 'weight', 'condition'],
    fill: async (page) => {
      await page.locator('input[data-id="product.publish.product_name"]').fill('Hijab Segi Empat Voal Premium Motif Bunga');
      await page.locator('#main_image_item_0 input[type=file]').setInputFiles([photo('a.jpg')]);
      await pickTikTokCategory(page);
      await page.locator('#product-attributes div[role=combobox].core-select').first().click();
      await page.locator('li[role=option]', { hasText: 'No brand' }).click();
      await page.locator('#preview-product-description .ProseMirror').click();
      await page.keyboard.insertText('Hijab voal premium');
      const price = page.locator('input[data-tid="m4b_input_number"][currency]');
      await price.fill('45000');
      await price.fill('45000');
      await page.locator('input[data-id="product.publish.stock"]').fill('10');
      await page.locator('[data-id="product.publish.package_weight"] input').fill('0,2');
      await page.locator('label.core-radio', { hasText: 'Baru' }).click();
      await expect.poll(async () => (await model(page)).photos.length).toBe(1);
    },
  },
  lazada: {
    url: LAZADA, save: 'Submit', editUrl: /\/apps\/product\/publish\?productId=\d+$/,
    required: ['name', 'category', 'photos', 'description', 'price', 'stock', 'weight', 'dimensions'],
    fill: async (page) => {
      await page.getByPlaceholder('Ex. Nikon').fill('Keripik kentang pedas chips');
      await pickLazadaCategory(page);
      await page.locator('.image-gallery-add').click();
      await page.locator('.next-dialog input[type=file]').setInputFiles([photo('a.jpg')]);
      await page.locator('.media-center-item').waitFor();
      await page.locator('.next-dialog button', { hasText: 'Confirm' }).click();
      await page.getByPlaceholder('Please select or search brand').click();
      await page.locator('li.next-menu-item', { hasText: 'No Brand' }).click();
      await page.locator('input[name=price]').fill('20000');
      await page.getByPlaceholder('Stock', { exact: true }).fill('9');
      await page.locator('.lzd-editor-content').click();
      await page.keyboard.insertText('Renyah');
      await page.getByPlaceholder('0.01 - 300').fill('0.25');
      for (const p of ['Length', 'Width', 'Height']) await page.getByPlaceholder(p, { exact: true }).fill('10');
    },
  },
  blibli: {
    url: BLIBLI, save: 'Simpan', editUrl: /\/product\/edit\/\d+$/,
    required: ['name', 'category', 'brand', 'condition', 'photos', 'description', 'price', 'stock', 'weight', 'dimensions'],
    fill: async (page) => {
      await page.locator('input[name=productName]').fill('Keripik Singkong');
      await page.locator('.blu-dropdown__trigger').first().click();
      await page.locator('.blu-dropdown__search input').fill('keripik');
      await page.locator('.blu-list__item', { hasText: 'Keripik' }).first().click();
      await page.locator('.blu-dropdown__trigger').nth(1).click();
      await page.locator('.blu-list__item', { hasText: 'No Brand' }).click();
      await page.locator('.blu-dropdown__trigger').nth(2).click();
      await page.locator('.blu-list__item', { hasText: 'Baru' }).click();
      await page.locator('input[name=images]').setInputFiles([photo('a.jpg')]);
      await page.locator('.blu-editor__content').click();
      await page.keyboard.insertText('Renyah');
      await page.locator('input[name=price]').fill('15000');
      await page.locator('input[name=stock]').fill('5');
      await page.locator('input[name=weight]').fill('250');
      for (const k of ['length', 'width', 'height']) await page.locator(`input[name=${k}]`).fill('10');
      await expect.poll(async () => (await model(page)).photos.length).toBe(1);
    },
  },
};

test.describe('save sets `saved` only when the required fields are valid', () => {
  for (const [platform, c] of Object.entries(fills)) {
    test(`${platform}: refused with the page's own errors when empty, saved and moved to the edit URL when filled`, async () => {
      const page = await open(c.url);
      if (platform === 'shopee') {
        await page.locator('[data-product-edit-field-unique-id=name] input').fill('Keripik Singkong Balado');
        await page.getByRole('button', { name: 'Berikutnya' }).click();
      }
      const before = page.url();
      await page.getByRole('button', { name: c.save, exact: true }).click();
      const refused = await replica(page);
      expect(refused.saved).toBe(false);
      expect(refused.errors).toEqual(expect.arrayContaining(c.required));
      await expect(page.getByRole('alert').first()).toBeVisible();
      expect(page.url()).toBe(before);
      await c.fill(page);
      await page.getByRole('button', { name: c.save, exact: true }).click();
      const saved = await replica(page);
      expect(saved.errors).toEqual([]);
      expect(saved.saved).toBe(true);
      expect(page.url()).toMatch(c.editUrl);
      await page.close();
    });
  }

  test('ekatalog: every step validated, "Kirim" on the last step saves', async () => {
    const page = await open(EKATALOG);
    const next = () => page.getByRole('button', { name: 'Selanjutnya' }).click();
    await pickEkatalogCategory(page);
    await next();
    await page.locator('input[name=nama_produk]').fill('Keripik Singkong Balado');
    await page.locator('input[name=foto_produk]').setInputFiles([photo('a.jpg')]);
    await page.locator('textarea[name=description]').fill('Keripik singkong renyah');
    await expect.poll(async () => (await model(page)).photos.length).toBe(1);
    await next();
    await page.locator('input[name=kode_kbki]').fill('21411');
    await next();
    expect((await replica(page)).errors).toEqual(['ppn']);
    await page.getByText('Ya', { exact: true }).click();
    await next();
    await page.getByText('Produk Dalam Negeri (PDN)').click();
    await next();
    await page.locator('input[name=nilai_tkdn]').fill('45');
    await next();
    await next(); // SNI is optional
    await page.locator('.select__control').click();
    await page.locator('.select__option', { hasText: 'Tidak Bermerek' }).click();
    await next();
    await page.locator('.select__control').click();
    await page.locator('.select__option', { hasText: 'Pcs' }).click();
    await page.locator('input[name=harga]').fill('15000');
    await page.locator('input[name=berat]').fill('250');
    await next();
    await next(); // no variants
    await page.getByRole('button', { name: 'Kirim' }).click();
    expect((await replica(page)).saved).toBe(false);
    await page.locator('input[name=stok]').fill('100');
    await page.getByRole('button', { name: 'Kirim' }).click();
    const r = await replica(page);
    expect(r.saved).toBe(true);
    expect(r.model).toMatchObject({ name: 'Keripik Singkong Balado', kbki: '21411', ppn: true, pdn: true, tkdn: 45, brand: 'Tidak Bermerek', unit: 'Pcs', price: 15000, weight: 250, stock: 100, minOrder: 1 });
    expect(page.url()).toMatch(/\/penyedia\/produk\/\d+\/ubah$/);
    await page.close();
  });
});

test.describe('drift pages differ from their replicas the way a redesigned seller centre would', () => {
  const cases = [
    { platform: 'shopee', url: 'https://seller.shopee.co.id/portal/product/new/drift', realClass: 'eds-input__input', englishLabel: 'Product Name', removed: '[data-product-edit-field-unique-id=parentSku]', stage: 'Next Step' },
    { platform: 'tiktok-tokopedia', url: 'https://seller-id.tokopedia.com/product/create/drift', realClass: 'core-input', englishLabel: 'Product name', removed: 'input[data-id="product.publish.seller_sku"]' },
    { platform: 'lazada', url: 'https://sellercenter.lazada.co.id/apps/product/publish/drift', realClass: 'next-input', englishLabel: 'Nama Produk', removed: 'input[name=SellerSku]' },
    { platform: 'ekatalog', url: 'https://katalog.inaproc.id/penyedia/produk/tambah/drift', realClass: 'form-control', englishLabel: 'Category Level 1', removed: 'input[name=sku]' },
    { platform: 'blibli', url: 'https://seller.blibli.com/product/create/drift', realClass: 'blu-textfield__input', englishLabel: 'Product Name', removed: 'input[name=merchantSku]' },
  ];
  for (const c of cases) {
    test(`${c.platform}: hashed classes, other-language labels, one field gone`, async () => {
      const page = await open(c.url);
      if (c.stage) await page.getByRole('button', { name: c.stage }).click();
      await expect(page.locator(`.${c.realClass}`)).toHaveCount(0);
      await expect(page.locator('#app')).toContainText(c.englishLabel);
      await expect(page.locator(c.removed)).toHaveCount(0);
      await page.close();
    });
  }
});

/* ---------- helpers that drive a replica the way a seller would ---------- */
async function toShopeeStage2() {
  const page = await open(SHOPEE);
  await page.locator('[data-product-edit-field-unique-id=name] input').fill('Keripik Singkong Balado');
  await page.getByRole('button', { name: 'Berikutnya' }).click();
  return page;
}
async function pickShopeeCategory(page: Page, path: string[], beforeLeaf?: (confirm: ReturnType<Page['locator']>) => Promise<void>) {
  await page.locator('.product-category-box-inner').click();
  const confirm = page.locator('.eds-modal button', { hasText: 'Konfirmasi' });
  for (const [i, name] of path.entries()) {
    if (i === path.length - 1 && beforeLeaf) await beforeLeaf(confirm);
    await page.locator('.eds-modal .scroll-item').nth(i).locator('.category-item', { hasText: new RegExp(`^${name.replace(/[&]/g, '\\$&')}›?$`) }).click();
  }
  await expect(confirm).toBeEnabled();
  await confirm.click();
  await expect(page.locator('.eds-modal')).toHaveCount(0);
}
async function pickTikTokCategory(page: Page) {
  await page.locator('#product-cascader-select-view').click();
  await page.locator('.core-cascader-popup [role=menuitem]', { hasText: 'Fashion Muslim' }).click();
  await page.locator('.core-cascader-popup [role=menuitem]', { hasText: /^Hijab›?$/ }).click();
  await page.locator('.core-cascader-popup [role=menuitem]', { hasText: 'Hijab Segi Empat' }).click();
}
async function pickLazadaCategory(page: Page) {
  await page.getByPlaceholder('Ex. Nikon').fill('Keripik kentang chips');
  await page.locator('label.next-radio-wrapper', { hasText: 'Chips & Crisps' }).click();
  await expect.poll(async () => (await model(page)).category).toEqual(['Groceries', 'Snacks', 'Chips & Crisps']);
}
async function pickEkatalogCategory(page: Page) {
  for (const [i, v] of ['Makanan & Minuman', 'Makanan Ringan', 'Keripik'].entries()) {
    await page.locator('.select__control').nth(i).click();
    await page.locator('.select__option', { hasText: v }).first().click();
  }
}
