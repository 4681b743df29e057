/** "Simpan ke katalog": a filled form read back as a listing, through the same locators the fill uses. */
import { afterEach, expect, test } from 'vitest';
import { readListing, type ReadListing } from '../../../utils/fill/read';
import { runFill } from '../../../utils/fill/run';
import { runStep } from './step';
import { planFill } from '../../../utils/fill/plan';
import type { Listing } from '../../../utils/fill/types';
import type { Platform } from '../../../utils/platforms/define';
import { getPlatform } from '../../../utils/platforms/registry';
import { keripik, practiceForm, practicePlatform } from './practice-form';
import { lazadaVariations, shopeeVariations, tiktokVariations } from './variant-pages';

afterEach(() => document.body.replaceChildren());

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const hooked = (id: string, control: string, label = id) =>
  `<div class="edit-row"><div class="edit-label"><span>${label}</span></div><div class="edit-main"><div data-product-edit-field-unique-id="${id}">${control}</div></div></div>`;
const plain = (label: string, control: string) => `<div class="edit-row"><div class="edit-label"><span>${label}</span></div><div class="edit-main"><div>${control}</div></div></div>`;

const shopeeEdit =
  hooked('images', `<img src="${PNG}" alt="keripik-1.png"><input type="file" style="display:none">`, 'Foto Produk') +
  hooked('name', '<input value="Keripik Singkong Balado Pedas 250 gr">', 'Nama Produk') +
  hooked('description', '<div contenteditable="true"><p>Keripik singkong renyah.</p><p><br></p><p>Tanpa pengawet.</p></div>', 'Deskripsi Produk') +
  hooked('price', '<span>Rp</span><input value="15.000">', 'Harga') +
  hooked('stock', '<input value="40">', 'Stok') +
  hooked('weight', '<input value="250"><span>gr</span>', 'Berat') +
  hooked('parentSku', '<input value="KRP-BLD-250">', 'SKU Induk');

// the same page drifted: English labels, the stock hook gone, no SKU row, no photos yet
const shopeeDrift =
  hooked('name', '<input value="Keripik Singkong Balado Pedas 250 gr">', 'Product Name') +
  hooked('price', '<input value="15,000">', 'Price') +
  plain('Stock', '<input value="0">') +
  hooked('weight', '<input value="">', 'Weight');

test.each<{ page: string; html: string; expected: Partial<ReadListing> }>([
  {
    page: 'Shopee edit page',
    html: shopeeEdit,
    expected: {
      name: 'Keripik Singkong Balado Pedas 250 gr', description: 'Keripik singkong renyah.\n\nTanpa pengawet.',
      price: 15000, stock: 40, weightGrams: 250, sku: 'KRP-BLD-250', photos: [PNG],
    },
  },
  {
    page: 'Shopee drifted (English, stock by its label, no SKU row, empty weight)',
    html: shopeeDrift,
    expected: { name: 'Keripik Singkong Balado Pedas 250 gr', description: undefined, price: 15000, stock: 0, weightGrams: undefined, sku: undefined, photos: [] },
  },
])('$page → listing', async ({ html, expected }) => {
  document.body.innerHTML = html;
  const listing = await readListing(getPlatform('shopee'));
  expect(listing).toMatchObject(expected);
  for (const [key, value] of Object.entries(expected)) if (value === undefined) expect(listing[key as keyof ReadListing]).toBeUndefined();
  expect(listing.url).toBe(location.href);
});

test('what a fill wrote is what reading gives back', async () => {
  practiceForm();
  await runFill(practicePlatform, keripik, { timeout: 1000 });
  expect(await readListing(practicePlatform)).toMatchObject({
    name: keripik.name, description: keripik.description, price: keripik.price, stock: keripik.stock, weightGrams: keripik.weightGrams, sku: keripik.sku,
  });
});

test('a page that shows weight in kilograms is read back in grams', async () => {
  document.body.innerHTML = '<input data-field="weight" value="0,25">';
  const kg = { ...practicePlatform, fields: { ...practicePlatform.fields, weight: { find: [{ css: '[data-field=weight]' }], kind: 'number' as const, unit: 'kg' as const } } };
  expect((await readListing(kg)).weightGrams).toBe(250);
});

// TikTok/Tokopedia's weight row: the number, then a g/kg menu (a combobox showing its choice, or a <select>)
const tiktokWeight = (value: string, unit: string) =>
  `<div data-id="product.publish.package_weight"><input value="${value}">${unit}</div>`;
const combobox = (shown: string) => `<div role="combobox"><span class="core-select-view-value">${shown}</span><span>⌄</span></div>`;

test.each([
  { page: '"0,2" with Kilogram (kg) chosen', html: tiktokWeight('0,2', combobox('Kilogram (kg)')), grams: 200 },
  { page: '"1,5" with kg chosen', html: tiktokWeight('1,5', combobox('kg')), grams: 1500 },
  { page: '"250" with Gram (g) chosen', html: tiktokWeight('250', combobox('Gram (g)')), grams: 250 },
  { page: '"2" in a native <select> on Kilogram', html: tiktokWeight('2', '<select role="combobox"><option value="g">Gram (g)</option><option value="kg" selected>Kilogram (kg)</option></select>'), grams: 2000 },
  { page: '"300" without a unit menu (the adapter\'s own unit, grams)', html: tiktokWeight('300', ''), grams: 300 },
])('TikTok/Tokopedia weight $page → $grams g', async ({ html, grams }) => {
  document.body.innerHTML = html;
  expect((await readListing(getPlatform('tiktok-tokopedia'))).weightGrams).toBe(grams);
});

const KAOS: NonNullable<Listing['variants']> = {
  options: [
    { name: 'Warna', values: ['Merah', 'Hitam'] },
    { name: 'Ukuran', values: ['S', 'M'] },
  ],
  items: ['Merah', 'Hitam'].flatMap((warna, i) =>
    ['S', 'M'].map((ukuran, j) => ({ sku: `KAOS-${warna.slice(0, 3).toUpperCase()}-${ukuran}`, options: { Warna: warna, Ukuran: ukuran }, price: 65000 + j * 5000 + i * 1000, stock: 10 + i * 3 + j })),
  ),
};

/** The fill's own variants step writes the grid; reading it back must give the same product variants. */
async function fillVariants(platform: Platform) {
  const listing: Listing = { platform: platform.id, sku: 'KAOS', name: 'Kaos Polos Katun Combed 30s Premium', description: 'Kaos katun.', price: 65000, stock: 0, condition: 'new', category: 'Kaos', photos: [], minOrder: 1, variants: KAOS };
  const step = planFill(platform, listing).find((s) => s.field === 'variants')!;
  if (step.action !== 'fill') throw new Error(`variants planned as ${step.action}`);
  expect(await runStep(step, { doc: document, platform, listing, timeout: 1500, findTimeout: 1500 })).toMatchObject({ status: 'filled' });
}

test.each([
  { page: 'Shopee variation table', platform: 'shopee' as const, build: () => shopeeVariations() },
  { page: 'Shopee drifted (English headers)', platform: 'shopee' as const, build: () => shopeeVariations({ drift: true }) },
  { page: 'TikTok/Tokopedia sales card', platform: 'tiktok-tokopedia' as const, build: () => tiktokVariations() },
  { page: 'TikTok/Tokopedia drifted', platform: 'tiktok-tokopedia' as const, build: () => tiktokVariations({ drift: true }) },
])('$page: options and every combination with its SKU, price and stock', async ({ platform, build }) => {
  build();
  await fillVariants(getPlatform(platform));
  const listing = await readListing(getPlatform(platform));
  expect(listing.variantOptions).toEqual(KAOS.options);
  expect(listing.variants).toEqual(KAOS.items);
});

test.each([
  { page: 'Shopee variation row, variations off', platform: 'shopee' as const, build: () => shopeeVariations(), variants: [] },
  { page: 'TikTok sales card, switch off', platform: 'tiktok-tokopedia' as const, build: () => tiktokVariations(), variants: [] },
  { page: 'Lazada (no grid the reader knows: not read)', platform: 'lazada' as const, build: () => lazadaVariations(), variants: undefined },
  { page: 'Shopee page without a variation row (not read)', platform: 'shopee' as const, build: () => { document.body.innerHTML = shopeeEdit; }, variants: undefined },
])('$page → variants $variants', async ({ platform, build, variants }) => {
  build();
  expect((await readListing(getPlatform(platform))).variants).toEqual(variants);
});
