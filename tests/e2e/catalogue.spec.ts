// Foundation, end to end (issue 2 §7): a seller creates a product with a photo and keeps it across a
// reload; an edit in one dashboard tab shows in another without a reload.
import { test, expect, dashboardUrl } from './support/extension';
import { csvFile, findProduct, importFile, openEditor } from './support/dashboard';
import { makePng } from './support/png';

test('a product created with a photo is still there, with its photo, after a reload', async ({ dashboard: page }) => {
  await page.getByTestId('product-add').click();
  const editor = page.getByTestId('product-editor');
  await editor.getByLabel('Nama produk').fill('Keripik Singkong Balado 250 g');
  await editor.getByLabel('SKU (kode produk)').fill('KRP-01');
  await editor.getByLabel('Harga', { exact: true }).fill('15.000');
  await editor.getByLabel('Stok', { exact: true }).fill('25');
  await editor.getByLabel('Berat (gram)').fill('250');
  await editor
    .getByTestId('photo-input')
    .setInputFiles({ name: 'keripik.png', mimeType: 'image/png', buffer: makePng(64, 48) });
  await expect(editor.getByTestId('photo-tile')).toHaveCount(1);
  await editor.getByTestId('editor-save').click();
  await expect(editor).toBeHidden();

  await expect(await findProduct(page, 'KRP-01')).toBeVisible();

  await page.reload();
  const row = await findProduct(page, 'KRP-01');
  await expect(row).toHaveAttribute('data-price', '15000');
  await expect(row).toHaveAttribute('data-stock', '25');
  await expect(row).toContainText('Keripik Singkong Balado 250 g');
  await expect(row).toContainText('Rp15.000'); // typed "15.000", shown the Indonesian way
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

  const editor = await openEditor(first, 'KRP-01');
  await editor.getByLabel('Harga', { exact: true }).fill('17.500');
  await editor.getByLabel('Stok', { exact: true }).fill('42');
  await editor.getByTestId('editor-save').click();
  await expect(editor).toBeHidden();

  await expect(rowInSecond).toHaveAttribute('data-price', '17500');
  await expect(rowInSecond).toHaveAttribute('data-stock', '42');
});
