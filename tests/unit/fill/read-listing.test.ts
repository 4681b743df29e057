/** "Simpan ke katalog": a filled form read back as a listing, through the same locators the fill uses. */
import { afterEach, expect, test } from 'vitest';
import { readListing, type ReadListing } from '../../../utils/fill/read';
import { runFill } from '../../../utils/fill/run';
import { getPlatform } from '../../../utils/platforms/registry';
import { keripik, practiceForm, practicePlatform } from './practice-form';

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
