// Import as an Indonesian seller's files really come (issue 2 §4, §7): Excel's semicolons, a BOM, CRLF,
// quoted multi-line descriptions, Bahasa headers, and mistakes. A bad row never stops the good ones;
// an unreadable file changes nothing and says why.
import { test, expect } from './support/extension';
import {
  csvFile,
  findProduct,
  importFile,
  jsonFile,
  openEditor,
  pickImportFile,
  previewCounts,
  type FileToPick,
} from './support/dashboard';

const BOM = '\uFEFF';
const HTML_NAME = '<img src=x onerror="window.__pwned=1">Sambal <b>Roa</b>';

// What Excel in Indonesian writes: semicolons, CRLF, a BOM, padded mixed-case Bahasa headers, an unknown
// column. Record 1 spans three physical lines, so row numbers must count records, not lines.
const MESSY_CSV =
  BOM +
  [
    ' Kode_SKU ;NAMA_PRODUK;Deskripsi;Harga;Stok;Berat_Gram;Kondisi;Merek;Catatan',
    'KRP-02;Keripik Singkong Balado 250 g;"Pedas manis.\r\nTanpa pengawet.";Rp15.000;1.000;250;baru;;laris',
    'KRP-01;;;Rp 17.500;5;;;;',
    'KOPI-1;Kopi Bubuk Robusta;;harga nego;10;200;baru;;',
    'KRP-02;Keripik Duplikat;;20000;3;250;baru;;',
    `SBL-04;"${HTML_NAME.replaceAll('"', '""')}";;IDR 25000;0;;bekas;;`,
    'TAS-05;Tas Anyaman Pandan;"Tas anyaman tangan.\r\nUkuran 30 x 20 cm.\r\n""Cocok untuk oleh-oleh""";Rp95.000,00;7;400;baru;Pandanku;',
  ].join('\r\n') +
  '\r\n';

const EXISTING_CSV = 'sku,name,description,price,stock,weight_grams\nKRP-01,Keripik Singkong Original,Renyah.,15000,10,250\n';

test('a messy Excel CSV: preview counts and rejections, then the right products in the list', async ({ dashboard: page }) => {
  await importFile(page, csvFile('katalog-awal.csv', EXISTING_CSV));

  await pickImportFile(page, csvFile('katalog-excel.csv', MESSY_CSV));
  expect(await previewCounts(page)).toEqual({ new: 3, updated: 1, rejected: 2 });
  const errors = page.getByTestId('import-error');
  await expect(errors).toHaveCount(2);
  expect(await errors.evaluateAll((els) => els.map((e) => e.getAttribute('data-row')))).toEqual(['3', '4']);
  await expect(page.locator('[data-testid="import-error"][data-row="3"]')).toContainText(/harga/i);
  await expect(page.locator('[data-testid="import-error"][data-row="4"]')).toContainText(/SKU/);

  await page.getByTestId('import-confirm').click();
  const result = page.getByTestId('import-result');
  await expect(result).toHaveAttribute('data-imported', '4');
  await expect(result).toHaveAttribute('data-rejected', '2');

  const expected = [
    { sku: 'KRP-01', price: '17500', stock: '5', name: 'Keripik Singkong Original' }, // updated; empty name kept
    { sku: 'KRP-02', price: '15000', stock: '1000', name: 'Keripik Singkong Balado 250 g' }, // first row wins
    { sku: 'SBL-04', price: '25000', stock: '0', name: 'Sambal <b>Roa</b>' }, // HTML shown as text
    { sku: 'TAS-05', price: '95000', stock: '7', name: 'Tas Anyaman Pandan' },
  ];
  for (const p of expected) {
    const row = await findProduct(page, p.sku);
    await expect(row, p.sku).toHaveAttribute('data-price', p.price);
    await expect(row, p.sku).toHaveAttribute('data-stock', p.stock);
    await expect(row, p.sku).toContainText(p.name);
  }
  await expect(await findProduct(page, 'KOPI-1')).toHaveCount(0);

  // Text stays text: the HTML name rendered no element and ran no handler.
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();

  // The quoted multi-line description kept its line breaks and its quotes.
  const editor = await openEditor(page, 'TAS-05');
  await expect(editor.getByLabel('Deskripsi')).toHaveValue(
    'Tas anyaman tangan.\nUkuran 30 x 20 cm.\n"Cocok untuk oleh-oleh"',
  );
});

const UNREADABLE: { what: string; file: FileToPick }[] = [
  {
    what: 'a binary file named .csv',
    file: { name: 'katalog.csv', mimeType: 'text/csv', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe, 0x00, 0x01, 0x02, 0x9c, 0x00, 0x3b]) },
  },
  { what: 'an empty file', file: csvFile('kosong.csv', '') },
  { what: 'a header with no rows', file: csvFile('judul-saja.csv', 'sku;nama_produk;harga;stok\r\n') },
  { what: 'some other JSON', file: jsonFile('package.json', { name: 'toko', version: '1.0.0', products: 'semua' }) },
  {
    what: 'a backup from a newer Serentak',
    file: jsonFile('cadangan-baru.json', {
      format: 'serentak-catalogue',
      version: 99,
      products: [{ sku: 'KRP-01', name: 'Ditimpa', price: 99999, stock: 1, createdAt: 1, updatedAt: 1 }],
    }),
  },
];

for (const { what, file } of UNREADABLE) {
  test(`${what} is refused with a reason and changes nothing`, async ({ dashboard: page }) => {
    await importFile(page, csvFile('katalog-awal.csv', EXISTING_CSV));

    await pickImportFile(page, file);
    const alert = page.getByTestId('import-file-error');
    await expect(alert).toBeVisible();
    await expect(alert).toHaveAttribute('role', 'alert');
    await expect(alert).not.toBeEmpty();
    await expect(page.getByTestId('import-confirm')).toHaveCount(0);

    await page.reload();
    await page.getByTestId('catalogue-search').fill('');
    await expect(page.getByTestId('product-row')).toHaveCount(1);
    const row = await findProduct(page, 'KRP-01');
    await expect(row).toHaveAttribute('data-price', '15000');
    await expect(row).toHaveAttribute('data-stock', '10');
  });
}
