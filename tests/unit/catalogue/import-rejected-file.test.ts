// @vitest-environment node
// "Unduh baris yang ditolak": only the rejected rows, the file's own columns and cells unchanged, plus
// `alasan`; fixed and imported again, `alasan` is ignored like any unknown column.
import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { catalogue } from '../../../utils/catalogue/api';
import { applyImport, previewImport } from '../../../utils/catalogue/import';
import { rejectedFileName, rejectedRowsCsv, rejectedRowsFile } from '../../../utils/catalogue/import/rejected-file';
import { csvFile, jsonFile } from './import-helpers';

beforeEach(() => catalogue.clear());

const table = (text: string, delimiter = ';') => Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true }).data;

describe('a CSV file', () => {
  const file = csvFile(
    [
      ' Kode_SKU ;Nama Produk;harga;stok;Catatan',
      'KRP-01;Keripik Balado;15.000;10;laris',
      'KRP-02;"Keripik; pedas";0;5;',
      'KRP-03;Kerupuk;Rp12.000;banyak;cek lagi',
      'KRP-01;Keripik Ganda;16.000;3;',
    ],
    { bom: true, eol: '\r\n' },
  );

  it('lists only the rejected rows, unchanged, with the reason in alasan', async () => {
    const preview = await previewImport(file);
    expect(table(rejectedRowsCsv(preview, 'id'))).toEqual([
      [' Kode_SKU ', 'Nama Produk', 'harga', 'stok', 'Catatan', 'alasan'],
      ['KRP-02', 'Keripik; pedas', '0', '5', '', 'Kolom harga: 0 — harga minimal Rp1'],
      ['KRP-03', 'Kerupuk', 'Rp12.000', 'banyak', 'cek lagi', 'Kolom stok: banyak — stok harus bilangan bulat 0 atau lebih, mis. 10 atau 1.000'],
      ['KRP-01', 'Keripik Ganda', '16.000', '3', '', expect.stringContaining('Kolom Kode_SKU: KRP-01 — SKU ini sudah dipakai di baris 1')],
    ]);
    expect(table(rejectedRowsCsv(preview, 'en'))[1]).toContain('Column harga: 0 — the price must be at least Rp1');
  });

  it('fixed and imported again: alasan is ignored, everything is imported', async () => {
    await applyImport(await previewImport(file));
    const rows = table(rejectedRowsCsv(await previewImport(file), 'id'));
    const fixed = [rows[0]!, ['KRP-02', 'Keripik; pedas', '17.500', '5', '', rows[1]![5]!], ['KRP-03', 'Kerupuk', 'Rp12.000', '8', 'cek lagi', rows[2]![5]!]];
    const again = await previewImport(csvFile(Papa.unparse(fixed, { delimiter: ';' })));
    expect(again.counts).toEqual({ new: 2, updated: 0, rejected: 0 });
    await applyImport(again);
    expect(await catalogue.get('KRP-02')).toMatchObject({ name: 'Keripik; pedas', price: 17500, stock: 5 });
    expect(await catalogue.get('KRP-03')).toMatchObject({ stock: 8 });
  });

  it('a file that already has alasan gets its reason replaced, not a second column', async () => {
    const preview = await previewImport(csvFile(['sku,name,price,alasan', 'A,Kaos,0,alasan lama']));
    expect(table(rejectedRowsCsv(preview, 'id'), ',')).toEqual([
      ['sku', 'name', 'price', 'alasan'],
      ['A', 'Kaos', '0', 'Kolom price: 0 — harga minimal Rp1'],
    ]);
  });

  it('a row with more cells than the header keeps them all', async () => {
    const preview = await previewImport(csvFile(['sku,name,price', 'A,Kaos,45,000']));
    expect(table(rejectedRowsCsv(preview, 'id'), ',')).toEqual([
      ['sku', 'name', 'price', 'alasan'],
      ['A', 'Kaos', '45', expect.stringMatching(/^baris ini punya 4 sel/), '000'],
    ]);
  });

  it('a cell that Excel would run as a formula is marked as text, which the import takes off again', async () => {
    const preview = await previewImport(csvFile(['sku,name,price', 'A,=HYPERLINK("x"),-5']));
    expect(table(rejectedRowsCsv(preview, 'id'), ',')[1]!.slice(0, 3)).toEqual(['A', `'=HYPERLINK("x")`, `'-5`]);
  });

  it('the file has a BOM and a name that says what it is', async () => {
    const blob = rejectedRowsFile(await previewImport(file), 'id');
    expect(new Uint8Array(await blob.arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(rejectedFileName('katalog-excel.csv')).toBe('katalog-excel-ditolak.csv');
    expect(rejectedFileName('cadangan.JSON')).toBe('cadangan-ditolak.csv');
  });
});

describe('a JSON backup', () => {
  it('gives a CSV of the rejected products with the CSV columns and alasan', async () => {
    const preview = await previewImport(
      jsonFile({
        format: 'serentak-catalogue',
        version: 1,
        products: [
          { sku: 'A', name: 'Kaos', price: 45000 },
          { sku: 'B', name: 'Topi', price: 0, stock: 3, condition: 'used', dimensionsCm: { length: 1, width: 2, height: 3 } },
          'teks',
        ],
      }),
    );
    const rows = table(rejectedRowsCsv(preview, 'id'), ',');
    expect(rows[0]).toEqual(['sku', 'name', 'description', 'price', 'stock', 'weight_grams', 'condition', 'brand', 'category', 'length_cm', 'width_cm', 'height_cm', 'min_order', 'alasan']);
    expect(rows[1]).toEqual(['B', 'Topi', '', '0', '3', '', 'used', '', '', '1', '2', '3', '', 'Kunci price: 0 — harga minimal Rp1']);
    expect(rows[2]).toEqual([...Array(13).fill(''), 'produk ini bukan objek {…}']);

    // Fixed in the spreadsheet, it imports as a CSV.
    rows[1]![3] = '45.000';
    const again = await previewImport(csvFile(Papa.unparse(rows.slice(0, 2))));
    expect(again.counts).toEqual({ new: 1, updated: 0, rejected: 0 });
  });
});
