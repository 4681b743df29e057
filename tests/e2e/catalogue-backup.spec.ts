// A backup is exact (issue 2 §4, §7): export the catalogue as JSON, empty it, import the file, and a
// second export is byte for byte the first — photos, variants, e-Katalog fields and timestamps included.
import { test, expect } from './support/extension';
import { deleteEveryProduct, exportJson, importFile, jsonFile } from './support/dashboard';
import { makePng, pngDataUrl } from './support/png.mjs';

const PHOTO = pngDataUrl(makePng(80, 60, [30, 120, 60]));

const SEED = {
  format: 'serentak-catalogue',
  version: 1,
  products: [
    {
      sku: 'KRP-01',
      name: 'Keripik Singkong Balado 250 g',
      description: 'Pedas manis.\nTanpa pengawet.',
      price: 15000,
      stock: 120,
      weightGrams: 250,
      condition: 'new',
      category: 'Keripik singkong',
      photos: [PHOTO],
      createdAt: 1735689600000,
      updatedAt: 1735693200000,
    },
    {
      sku: 'TAS-07',
      name: 'Tas Anyaman Pandan',
      price: 95000,
      stock: 12,
      weightGrams: 400,
      condition: 'new',
      brand: 'Pandanku',
      dimensionsCm: { length: 30, width: 20, height: 10 },
      variants: {
        options: [{ name: 'Warna', values: ['Merah', 'Biru'] }],
        items: [
          { sku: 'TAS-07-M', options: { Warna: 'Merah' }, price: 95000, stock: 5 },
          { sku: 'TAS-07-B', options: { Warna: 'Biru' }, price: 97500, stock: 7 },
        ],
      },
      ekatalog: { unit: 'pcs', kbki: '27910', tkdn: 45.5, pdn: true, sni: 'SNI 8100:2015' },
      createdAt: 1735689600000,
      updatedAt: 1735696800000,
    },
    {
      sku: 'KOPI-1',
      name: 'Kopi <Robusta> & "Arabika"',
      price: 45000,
      stock: 0,
      condition: 'used',
      minOrder: 2,
      createdAt: 1735689600000,
      updatedAt: 1735700400000,
    },
  ],
};

test('export JSON, empty the catalogue, import the file: a second export is identical', async ({ dashboard: page }) => {
  await importFile(page, jsonFile('cadangan-awal.json', SEED));
  const first = await exportJson(page);

  const backup = JSON.parse(first.toString('utf8'));
  expect(backup.format).toBe('serentak-catalogue');
  expect(backup.version).toBe(1);
  expect(backup.products.map((p: { sku: string }) => p.sku).sort()).toEqual(['KOPI-1', 'KRP-01', 'TAS-07']);
  expect(backup.products.find((p: { sku: string }) => p.sku === 'KRP-01').photos).toEqual([PHOTO]);

  await deleteEveryProduct(page);
  await page.reload();
  await expect(page.getByTestId('product-row')).toHaveCount(0);

  expect(await importFile(page, { name: 'serentak-cadangan.json', mimeType: 'application/json', buffer: first })).toEqual({
    imported: 3,
    rejected: 0,
  });
  const second = await exportJson(page);
  expect(second.toString('utf8')).toBe(first.toString('utf8'));
  expect(second.equals(first)).toBe(true);
});
