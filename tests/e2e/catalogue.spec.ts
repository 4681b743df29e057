// Foundation, end to end (issue 2 §7): a seller creates a product with a photo and keeps it across a
// reload; an edit in one dashboard tab shows in another without a reload.
import { test, expect, dashboardUrl } from './support/extension';
import { csvFile, findProduct, importFile, openEditor } from './support/dashboard';
import { makePng } from './support/png.mjs';

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

// The list reuses its row elements for other products as the seller types (issue 2's search speed):
// every row must then show its own product through and through — name, SKU, price, photo, buttons.
test('searching refills the rows with the right products, photos and buttons', async ({ dashboard: page }) => {
  const rows = (names: string[], prefix: string, price: number) =>
    names.map((name, i) => `${prefix}-${String(i + 1).padStart(2, '0')},${name},${price + i * 1000},${i + 1}`);
  const csv = [
    'sku,name,price,stock',
    ...rows(Array.from({ length: 12 }, (_, i) => `Keripik Singkong Rasa ${i + 1}`), 'KRP', 10000),
    ...rows(Array.from({ length: 12 }, (_, i) => `Madu Hutan Asli ${i + 1}`), 'MDU', 50000),
  ].join('\n');
  await importFile(page, csvFile('campur.csv', csv));

  // One product with a photo, newest, so it sits in the first row before any search.
  await page.getByTestId('product-add').click();
  const editor = page.getByTestId('product-editor');
  await editor.getByLabel('Nama produk').fill('Kopi Gayo Bubuk 200 g');
  await editor.getByLabel('SKU (kode produk)').fill('KOPI-01');
  await editor.getByLabel('Harga', { exact: true }).fill('45.000');
  await editor.getByTestId('photo-input').setInputFiles({ name: 'kopi.png', mimeType: 'image/png', buffer: makePng(40, 30) });
  await expect(editor.getByTestId('photo-tile')).toHaveCount(1);
  await editor.getByTestId('editor-save').click();
  await expect(editor).toBeHidden();
  const firstRow = page.getByTestId('product-row').first();
  await expect(firstRow).toHaveAttribute('data-sku', 'KOPI-01');
  await expect(firstRow.locator('img')).toHaveCount(1);

  const search = page.getByTestId('catalogue-search');
  for (const [typed, prefix, name] of [
    ['madu', 'MDU', 'Madu Hutan Asli'],
    ['keripik', 'KRP', 'Keripik Singkong Rasa'],
  ] as const) {
    await search.fill(typed);
    await expect(page.getByTestId('catalogue-count')).toHaveAttribute('data-shown', '12');
    const shown = await page.getByTestId('product-row').evaluateAll((els) =>
      els.map((el) => ({
        sku: el.getAttribute('data-sku')!,
        text: el.textContent!,
        images: el.querySelectorAll('img').length,
        edit: el.querySelector('[data-testid=product-edit]')!.getAttribute('aria-label'),
        publish: el.querySelector('[data-testid=publish-everywhere]')!.getAttribute('aria-label'),
      })),
    );
    expect(shown.length).toBeGreaterThan(3);
    for (const row of shown) {
      const n = Number(row.sku.slice(-2));
      expect(row.sku.startsWith(prefix)).toBe(true);
      expect(row.text).toContain(`${name} ${n}`);
      expect(row.images).toBe(0); // the coffee's photo never stays behind in a reused row
      expect(row.edit).toBe(`Ubah ${name} ${n}`);
      expect(row.publish).toBe(`Terbitkan ke semua: ${name} ${n}`);
    }
  }

  // A reused row's button opens the dialog of the product it shows now.
  const row = page.getByTestId('product-row').nth(2);
  const n = Number((await row.getAttribute('data-sku'))!.slice(-2));
  await row.getByTestId('publish-everywhere').click();
  await expect(page.getByTestId('publish-dialog')).toContainText(`Keripik Singkong Rasa ${n}"`);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('publish-dialog')).toBeHidden();

  await search.fill('kopi-01');
  const coffee = page.locator('[data-testid="product-row"][data-sku="KOPI-01"]');
  await expect(coffee).toContainText('Rp45.000');
  await expect
    .poll(() => coffee.locator('img').evaluate((img: HTMLImageElement) => [img.complete, img.naturalWidth, img.naturalHeight]))
    .toEqual([true, 40, 30]);
});
