// A new seller's first import at 1366×768 (issue 11): each rejection says row, column, value and why;
// "Impor sekarang" is in view without scrolling; the rejected rows stay listed after the import and
// download as a CSV (only those rows, their own cells, plus `alasan`) that, once fixed, imports cleanly.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './support/extension';
import { csvFile, findProduct, pickImportFile, previewCounts } from './support/dashboard';

// Excel in Indonesian: semicolons, CRLF, a BOM, Bahasa headers, an extra column of the seller's own.
const KATALOG = [
  'kode_sku;nama_produk;harga;stok;berat_gram;kondisi;catatan',
  'KRP-01;Keripik Singkong Balado;Rp15.000;120;250;baru;laris',
  'KRP-02;Keripik Pisang Cokelat;0;30;300;baru;harga belum ada',
  'KRP-03;Kerupuk Udang;12.000;banyak;200;baru;',
  'KRP-04;Rempeyek Kacang;9.500;40;150;rusak;',
  'KRP-05;Sambal Roa;25.000;15;200;baru;',
  'KRP-06;Kopi Robusta;15.000,5;10;250;baru;',
];
const katalogCsv = '\uFEFF' + KATALOG.join('\r\n') + '\r\n';

async function inViewport(page: Page, testId: string): Promise<boolean> {
  const box = await page.getByTestId(testId).boundingBox();
  const view = page.viewportSize()!;
  return !!box && box.y >= 0 && box.x >= 0 && box.y + box.height <= view.height && box.x + box.width <= view.width;
}

test('rejected rows: explained, kept after the import, downloaded, fixed and imported again', async ({ dashboard: page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });

  await pickImportFile(page, csvFile('katalog-toko.csv', katalogCsv));
  expect(await previewCounts(page)).toEqual({ new: 2, updated: 0, rejected: 4 });

  // Each rejection in the seller's words, naming the row, the file's own column and the value.
  const error = (row: number) => page.locator(`[data-testid="import-error"][data-row="${row}"]`);
  await expect(page.getByTestId('import-error')).toHaveCount(4);
  await expect(error(2)).toHaveText('Baris 2, kolom harga: 0 — harga minimal Rp1');
  await expect(error(3)).toHaveText('Baris 3, kolom stok: banyak — stok harus bilangan bulat 0 atau lebih, mis. 10 atau 1.000');
  await expect(error(4)).toHaveText('Baris 4, kolom kondisi: rusak — kondisi harus baru atau bekas');
  await expect(error(6)).toContainText('Baris 6, kolom harga: 15.000,5 — rupiah selalu bulat, tanpa sen');

  // Nothing competes with the preview, and its confirm button is in view without scrolling.
  await expect(page.getByTestId('catalogue-count')).toHaveCount(0);
  await expect(page.getByText('Belum ada produk')).toHaveCount(0);
  expect(await inViewport(page, 'import-confirm')).toBe(true);

  // English through the runtime switch, same row, column and value.
  await page.getByTestId('language-en').click();
  await expect(error(2)).toHaveText('Row 2, column harga: 0 — the price must be at least Rp1');
  await page.getByTestId('language-id').click();
  await expect(error(2)).toHaveText('Baris 2, kolom harga: 0 — harga minimal Rp1');

  await page.getByTestId('import-confirm').click();
  const result = page.getByTestId('import-result');
  await expect(result).toHaveAttribute('data-imported', '2');
  await expect(result).toHaveAttribute('data-rejected', '4');

  // The rejected rows are still listed, with which and why.
  await expect(page.getByTestId('import-error')).toHaveCount(4);
  await expect(error(2)).toHaveText('Baris 2, kolom harga: 0 — harga minimal Rp1');
  await expect(await findProduct(page, 'KRP-01')).toHaveAttribute('data-price', '15000');
  await expect(await findProduct(page, 'KRP-05')).toHaveAttribute('data-stock', '15');
  await expect(await findProduct(page, 'KRP-02')).toHaveCount(0);

  // The download: only the rejected rows, their cells as written, plus alasan.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-rejected-download').click()]);
  expect(download.suggestedFilename()).toBe('katalog-toko-ditolak.csv');
  const path = await download.path();
  const text = (await readFile(path)).toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines = text.slice(1).trimEnd().split('\r\n');
  expect(lines).toEqual([
    'kode_sku;nama_produk;harga;stok;berat_gram;kondisi;catatan;alasan',
    'KRP-02;Keripik Pisang Cokelat;0;30;300;baru;harga belum ada;Kolom harga: 0 — harga minimal Rp1',
    'KRP-03;Kerupuk Udang;12.000;banyak;200;baru;;Kolom stok: banyak — stok harus bilangan bulat 0 atau lebih, mis. 10 atau 1.000',
    'KRP-04;Rempeyek Kacang;9.500;40;150;rusak;;Kolom kondisi: rusak — kondisi harus baru atau bekas',
    // quoted: the reason holds the file's delimiter
    'KRP-06;Kopi Robusta;15.000,5;10;250;baru;;"Kolom harga: 15.000,5 — rupiah selalu bulat, tanpa sen; tulis mis. 15.000 atau 15.000,00"',
  ]);

  // Fixed the way a seller would in a spreadsheet (alasan left in), then imported again.
  const fixed = text
    .replace('Cokelat;0;30', 'Cokelat;17.500;30')
    .replace('12.000;banyak', '12.000;25')
    .replace('150;rusak', '150;bekas')
    .replace('15.000,5;10', '15.000;10');
  await page.getByTestId('import-close').click();
  await pickImportFile(page, csvFile('katalog-toko-ditolak.csv', fixed));
  expect(await previewCounts(page)).toEqual({ new: 4, updated: 0, rejected: 0 });
  await expect(page.getByTestId('import-error')).toHaveCount(0);
  await page.getByTestId('import-confirm').click();
  await expect(result).toHaveAttribute('data-imported', '4');
  await expect(result).toHaveAttribute('data-rejected', '0');
  await expect(page.getByTestId('import-rejected-download')).toHaveCount(0);

  for (const [sku, price, stock] of [['KRP-02', '17500', '30'], ['KRP-03', '12000', '25'], ['KRP-04', '9500', '40'], ['KRP-06', '15000', '10']]) {
    const row = await findProduct(page, sku!);
    await expect(row, sku).toHaveAttribute('data-price', price!);
    await expect(row, sku).toHaveAttribute('data-stock', stock!);
  }
  await page.getByTestId('catalogue-search').fill('');
  await expect(page.getByTestId('catalogue-count')).toHaveAttribute('data-total', '6');
});

test('a long preview keeps "Impor sekarang" in view at 1366×768, and the keyboard reaches it', async ({ dashboard: page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const rows = Array.from({ length: 60 }, (_, i) => `B-${i + 1};Barang ${i + 1};${i % 3 === 0 ? 'gratis' : '10.000'};5`);
  await pickImportFile(page, csvFile('banyak.csv', ['sku;nama;harga;stok', ...rows].join('\n')));
  await expect(page.getByTestId('import-error')).toHaveCount(20);
  expect(await inViewport(page, 'import-confirm')).toBe(true);

  // Focus lands on the preview; Tab reaches the confirm button; Escape cancels.
  await expect(page.locator('#import-title')).toBeFocused();
  const confirm = page.getByTestId('import-confirm');
  for (let i = 0; i < 20 && !(await confirm.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(confirm).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('import-panel')).toHaveCount(0);
  await expect(page.getByTestId('catalogue-count')).toHaveAttribute('data-total', '0');
});
