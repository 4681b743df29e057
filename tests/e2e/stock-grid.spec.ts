// Bulk stock and price (issue 9 item 6), end to end in the built extension's dashboard: the grid edited
// by keyboard, a block pasted from a spreadsheet, a refused cell, undo, "Simpan" → the product rows and
// the stock history (`edit`); "Perbarui stok dari CSV" with a bad row and an unknown SKU → good rows
// applied, the rest listed, the history says `import`. Pushing the seller's own change to the shops is
// the same background path as the editor's (stock-sync.spec "a restock typed in the dashboard"), so
// stock-auto is switched off here: no shop tabs are opened.
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './support/extension';
import { csvFile, findProduct, importFile, jsonFile } from './support/dashboard';
import { expectAccessible } from './support/a11y';

const linked = (id: string, stock: number) => ({ shopee: { externalId: id, state: 'live', lastSyncedStock: stock } });
const CATALOGUE = jsonFile('katalog.json', {
  format: 'serentak-catalogue',
  version: 1,
  products: [
    { sku: 'KRP-1', name: 'Keripik Singkong Balado', description: 'Renyah.', price: 15000, stock: 40, weightGrams: 250, listings: linked('1001', 40) },
    {
      sku: 'KAOS',
      name: 'Kaos Polos Katun',
      description: 'Katun combed.',
      price: 50000,
      stock: 12,
      weightGrams: 200,
      variants: {
        options: [{ name: 'Ukuran', values: ['M', 'L'] }],
        items: [
          { sku: 'KAOS-M', options: { Ukuran: 'M' }, price: 50000, stock: 5 },
          { sku: 'KAOS-L', options: { Ukuran: 'L' }, price: 50000, stock: 7 },
        ],
      },
      listings: { shopee: { externalId: '1002', state: 'live' } },
    },
    { sku: 'TEH-1', name: 'Teh Melati Tubruk', description: 'Wangi.', price: 10000, stock: 9, weightGrams: 100, listings: linked('1003', 9) },
  ],
});

/** The catalogue imported, stock-auto off, and the background has taken the products in (so a later change is the seller's). */
async function setUp(dashboard: Page, serviceWorker: Worker): Promise<void> {
  expect(await importFile(dashboard, CATALOGUE)).toEqual({ imported: 3, rejected: 0 });
  await dashboard.getByTestId('stock-auto').uncheck();
  const seen = () =>
    serviceWorker.evaluate(async () => {
      const local = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, object | undefined>> } } } }).chrome.storage.local;
      return Object.keys((await local.get('stockCatalogueSeen')).stockCatalogueSeen ?? {}).sort();
    });
  await expect.poll(seen).toEqual(['KAOS', 'KRP-1', 'TEH-1']);
}

const cell = (page: Page, sku: string, column: string) => page.locator(`[data-testid="stock-grid"] [data-sku="${sku}"][data-column="${column}"] input`);
/** The grid's own cell box around it: what a mouse click lands on (its input takes no pointer events until editing). */
const cellBox = (page: Page, sku: string, column: string) =>
  page.locator('[data-testid="stock-grid"] .dsg-cell').filter({ has: page.locator(`[data-sku="${sku}"][data-column="${column}"]`) });

/** Keyboard only once the cell is active: Enter edits, the text replaces the value, Enter commits. */
async function typeInto(page: Page, sku: string, column: string, text: string): Promise<void> {
  await cellBox(page, sku, column).click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
}

/** A spreadsheet's copied block, as the browser hands it to the page on Ctrl+V. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}

test('grid: keyboard edits, a pasted block, a refused cell, undo, Simpan → rows and history', async ({ dashboard, serviceWorker }) => {
  await setUp(dashboard, serviceWorker);
  await dashboard.getByTestId('stock-grid-open').click();
  const grid = dashboard.getByTestId('stock-grid');
  await expect(grid).toHaveAttribute('data-rows', '4');

  await typeInto(dashboard, 'TEH-1', 'stock', '25');
  await typeInto(dashboard, 'TEH-1', 'price', '12.500');
  await expect(cell(dashboard, 'TEH-1', 'price')).toHaveValue('Rp12.500');
  await expect(cell(dashboard, 'TEH-1', 'stock')).toHaveValue('25');

  // Rows are oldest first then by SKU: KAOS-M, KAOS-L, KRP-1, TEH-1. Three rows × (price, stock).
  await cellBox(dashboard, 'KAOS-M', 'price').click();
  await paste(dashboard, '60.000\t4\r\n61.000\t6\r\nRp16.000\t1.000\r\n');
  await expect(cell(dashboard, 'KAOS-M', 'price')).toHaveValue('Rp60.000');
  await expect(cell(dashboard, 'KAOS-L', 'stock')).toHaveValue('6');
  await expect(cell(dashboard, 'KRP-1', 'stock')).toHaveValue('1.000');

  // A stock that is not a number is refused with its reason; "Simpan" saves nothing while it stands.
  await typeInto(dashboard, 'KRP-1', 'stock', 'sepuluh');
  const problem = dashboard.locator('[data-testid="stock-grid-problem"][data-sku="KRP-1"][data-column="stock"]');
  await expect(problem).toContainText('stok harus bilangan bulat');
  await dashboard.getByTestId('stock-grid-save').click();
  await expect(dashboard.getByTestId('stock-grid-message')).toContainText('Perbaiki 1 sel');
  // The stock strip with the grid open and a refused cell: no serious axe finding, no text under 12 px.
  await expectAccessible(dashboard, 'stock grid open', { include: '.stock-panel' });
  const smallest = await dashboard.locator('.stock-panel').evaluate((panel) =>
    Math.min(
      ...[...panel.querySelectorAll('*')]
        .filter((n) => n instanceof HTMLInputElement || n.textContent?.trim())
        .map((n) => parseFloat(getComputedStyle(n).fontSize)),
    ),
  );
  expect(smallest).toBeGreaterThanOrEqual(12);
  await expect(await findProduct(dashboard, 'KRP-1')).toHaveAttribute('data-stock', '40');

  // Ctrl+Z (no cell being edited) takes the refused value back: the pasted 1.000 is there again.
  await cellBox(dashboard, 'TEH-1', 'name').click();
  await dashboard.keyboard.press('ControlOrMeta+Z');
  await expect(problem).toHaveCount(0);
  await expect(cell(dashboard, 'KRP-1', 'stock')).toHaveValue('1.000');

  await dashboard.getByTestId('stock-grid-save').click();
  await expect(dashboard.getByTestId('stock-grid-message')).toContainText('4 SKU disimpan');

  await expect(await findProduct(dashboard, 'TEH-1')).toHaveAttribute('data-stock', '25');
  await expect(await findProduct(dashboard, 'TEH-1')).toHaveAttribute('data-price', '12500');
  await expect(await findProduct(dashboard, 'KRP-1')).toHaveAttribute('data-stock', '1000');
  await expect(await findProduct(dashboard, 'KRP-1')).toHaveAttribute('data-price', '16000');
  await expect(await findProduct(dashboard, 'KAOS')).toHaveAttribute('data-stock', '10');

  const event = (sku: string) => dashboard.locator(`[data-testid="stock-history"] [data-testid="stock-event"][data-sku="${sku}"]`);
  await expect(event('TEH-1')).toHaveAttribute('data-source', 'edit');
  await expect(event('TEH-1')).toHaveAttribute('data-delta', '16');
  await expect(event('KAOS-M')).toHaveAttribute('data-delta', '-1');
  await expect(event('KRP-1')).toHaveAttribute('data-delta', '960');
});

test('Perbarui stok dari CSV: good rows applied, a bad row and an unknown SKU listed, history says import', async ({ dashboard, serviceWorker }) => {
  await setUp(dashboard, serviceWorker);
  await dashboard
    .getByTestId('stock-csv-input')
    .setInputFiles(csvFile('stok.csv', 'kode_sku;stok\nKRP-1;7\nKAOS-M;tujuh\nKAOS-L;2\nBELUM-ADA;4\n'));
  const result = dashboard.getByTestId('stock-csv-result');
  await expect(result).toHaveAttribute('data-applied', '2');
  await expect(dashboard.locator('[data-testid="stock-csv-problem"][data-sku="KAOS-M"]')).toHaveText(
    'Baris 3, kolom stok: tujuh — stok harus bilangan bulat 0 atau lebih, mis. 10 atau 1.000',
  );
  await expect(dashboard.locator('[data-testid="stock-csv-unknown"]')).toHaveAttribute('data-sku', 'BELUM-ADA');

  await expect(await findProduct(dashboard, 'KRP-1')).toHaveAttribute('data-stock', '7');
  await expect(await findProduct(dashboard, 'KAOS')).toHaveAttribute('data-stock', '7'); // M kept at 5, L now 2
  const event = (sku: string) => dashboard.locator(`[data-testid="stock-history"] [data-testid="stock-event"][data-sku="${sku}"]`);
  await expect(event('KRP-1')).toHaveAttribute('data-source', 'import');
  await expect(event('KRP-1')).toHaveAttribute('data-delta', '-33');
  await expect(event('KAOS-L')).toHaveAttribute('data-source', 'import');
  await expect(event('KAOS-M')).toHaveCount(0);
});
