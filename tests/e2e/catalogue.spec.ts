// Foundation, end to end (issue 2 §7): a seller creates a product with a photo and keeps it across a
// reload; an edit in one dashboard tab shows in another without a reload.
import { test, expect, dashboardUrl } from './support/extension';
import { csvFile, findProduct, importFile } from './support/dashboard';
import { makePng } from './support/png';

test('a product created with a photo is still there, with its photo, after a reload', async ({ dashboard: page }) => {
  await page.getByRole('button', { name: 'Tambah produk' }).first().click();
  await page.getByLabel('Nama produk').fill('Keripik Singkong Balado 250 g');
  await page.getByLabel('SKU (kode produk)').fill('KRP-01');
  await page.getByLabel('Harga', { exact: true }).fill('15.000');
  await page.getByLabel('Stok', { exact: true }).fill('25');
  await page.getByLabel('Berat (gram)').fill('250');
  await page
    .locator('input[type=file]:not([data-testid="catalogue-import"])')
    .setInputFiles({ name: 'keripik.png', mimeType: 'image/png', buffer: makePng(64, 48) });
  await expect(page.getByText('Sampul', { exact: true }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();

  await expect(await findProduct(page, 'KRP-01')).toBeVisible();

  await page.reload();
  const row = await findProduct(page, 'KRP-01');
  await expect(row).toHaveAttribute('data-price', '15000');
  await expect(row).toHaveAttribute('data-stock', '25');
  await expect(row).toContainText('Keripik Singkong Balado 250 g');
  // The thumbnail is our photo, decoded from storage: same pixel size as the PNG picked.
  const photo = row.locator('img').first();
  await expect
    .poll(() => photo.evaluate((img: HTMLImageElement) => [img.complete, img.naturalWidth, img.naturalHeight]))
    .toEqual([true, 64, 48]);
});

test('an edit in one dashboard tab shows in a second tab without a reload', async ({ context, extensionId, dashboard: first }) => {
  await importFile(first, csvFile('awal.csv', 'sku,name,price,stock\nKRP-01,Keripik Singkong Original,15000,10\n'));
  const second = await context.newPage();
  await second.goto(dashboardUrl(extensionId));
  const rowInSecond = await findProduct(second, 'KRP-01');
  await expect(rowInSecond).toHaveAttribute('data-stock', '10');

  const row = await findProduct(first, 'KRP-01');
  await row.getByRole('button', { name: /^Ubah\b/ }).click();
  await first.getByLabel('Harga', { exact: true }).fill('17.500');
  await first.getByLabel('Stok', { exact: true }).fill('42');
  await first.getByRole('button', { name: 'Simpan', exact: true }).click();

  await expect(rowInSecond).toHaveAttribute('data-price', '17500');
  await expect(rowInSecond).toHaveAttribute('data-stock', '42');
});
