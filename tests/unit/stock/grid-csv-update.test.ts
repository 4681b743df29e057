// The bulk grid's cells and "Perbarui stok dari CSV" (issue 9 item 6): Bahasa number formats, refused
// cells with the import's reasons, variant SKUs, unknown SKUs, a bad row that stops no good one.
import { describe, expect, it } from 'vitest';
import type { StoredProduct } from '../../../utils/catalogue/schema';
import { parseStockCsv } from '../../../utils/stock/csv-update';
import { applySkuChanges, gridChanges, gridProblems, gridRowsOf, parseGridCell, shownPrice } from '../../../utils/stock/grid-rows';
import { outsideChanges } from '../../../utils/stock/outside';

const product = (over: Partial<StoredProduct>) => ({ sku: 'KRP', name: 'Keripik', price: 15000, stock: 10, listings: {}, ...over }) as StoredProduct;
const KRP = product({});
const KAOS = product({
  sku: 'KAOS',
  name: 'Kaos',
  price: 50000,
  stock: 12,
  variants: {
    options: [{ name: 'Ukuran', values: ['M', 'L'] }],
    items: [
      { sku: 'KAOS-M', options: { Ukuran: 'M' }, price: 50000, stock: 5 },
      { sku: 'KAOS-L', options: { Ukuran: 'L' }, price: 55000, stock: 7 },
    ],
  },
} as Partial<StoredProduct>);

describe('grid cells (typed or pasted from a spreadsheet)', () => {
  it.each([
    ['price', '15.000', 15000],
    ['price', 'Rp15.000', 15000],
    ['price', 'Rp 1.250.000,00', 1250000],
    ['price', '15000', 15000],
    ['stock', '1.000', 1000],
    ['stock', '0', 0],
    ['stock', ' 12 ', 12],
  ] as const)('%s %j → %d', (column, text, value) => {
    expect(parseGridCell(column, text)).toEqual({ value });
  });

  it.each([
    ['price', '0', 'harga minimal Rp1'],
    ['price', 'gratis', 'bukan harga rupiah'],
    ['price', '15.000,50', 'rupiah selalu bulat'],
    ['stock', '-1', 'stok harus bilangan bulat'],
    ['stock', '2,5', 'stok harus bilangan bulat'],
    ['stock', '', 'stok harus bilangan bulat'],
  ] as const)('%s %j is refused in Bahasa and English', (column, text, words) => {
    const parsed = parseGridCell(column, text);
    expect('problem' in parsed && parsed.problem.id).toContain(words);
    expect('problem' in parsed && parsed.problem.en.length).toBeGreaterThan(5);
  });

  it('shows a price as Rp15.000 and a refused one as typed', () => {
    expect(shownPrice('15000')).toBe('Rp15.000');
    expect(shownPrice('gratis')).toBe('gratis');
  });
});

describe('grid rows', () => {
  it('one row per stock SKU: a variant row names the product and its options', () => {
    expect(gridRowsOf([KRP, KAOS]).map((r) => [r.sku, r.name, r.price, r.stock])).toEqual([
      ['KRP', 'Keripik', '15000', '10'],
      ['KAOS-M', 'Kaos · M', '50000', '5'],
      ['KAOS-L', 'Kaos · L', '55000', '7'],
    ]);
  });

  it('a pasted block changes only what differs; a variant stock change updates the total', () => {
    const rows = gridRowsOf([KRP, KAOS]).map((r) => (r.sku === 'KAOS-L' ? { ...r, stock: '1.000', price: 'Rp60.000' } : r));
    const changes = gridChanges([KRP, KAOS], rows);
    expect([...changes]).toEqual([['KAOS-L', { price: 60000, stock: 1000 }]]);
    const [kaos] = applySkuChanges([KRP, KAOS], changes);
    expect(kaos!.stock).toBe(1005);
    expect(kaos!.price).toBe(50000);
    expect(kaos!.variants!.items.map((i) => [i.sku, i.price, i.stock])).toEqual([['KAOS-M', 50000, 5], ['KAOS-L', 60000, 1000]]);
  });

  it('lists refused cells with their SKU and column; they change nothing', () => {
    const rows = gridRowsOf([KRP]).map((r) => ({ ...r, stock: 'sepuluh' }));
    expect(gridProblems(rows).map((p) => [p.sku, p.column, p.value])).toEqual([['KRP', 'stock', 'sepuluh']]);
    expect(gridChanges([KRP], rows).size).toBe(0);
  });
});

describe('Perbarui stok dari CSV', () => {
  const update = (text: string) => {
    const result = parseStockCsv(text, [KRP, KAOS]);
    if ('fileError' in result) throw new Error(result.fileError.id);
    return result;
  };

  it('Bahasa headers, semicolons, variant SKUs; price optional', () => {
    const result = update('kode_sku;stok;harga\nKAOS-M;3;\nKRP;1.000;Rp16.000\n');
    expect([...result.changes]).toEqual([['KAOS-M', { stock: 3 }], ['KRP', { stock: 1000, price: 16000 }]]);
    expect(result.products.map((p) => [p.sku, p.stock, p.price])).toEqual([['KRP', 1000, 16000], ['KAOS', 10, 50000]]);
  });

  it('a bad row is listed with its reason and stops no good row; unknown SKUs are listed', () => {
    const result = update('sku,stock\nKRP,8\nKAOS-L,tujuh\nBELUM-ADA,4\n,5\nKAOS-M,2\n');
    expect([...result.changes.keys()]).toEqual(['KRP', 'KAOS-M']);
    expect(result.problems.map((p) => [p.row, p.sku])).toEqual([[3, 'KAOS-L'], [5, '']]);
    expect(result.problems[0]!.text.id).toBe('Baris 3, kolom stock: tujuh — stok harus bilangan bulat 0 atau lebih, mis. 10 atau 1.000');
    expect(result.problems[0]!.text.en).toContain('Row 3');
    expect(result.unknown).toEqual([{ row: 4, sku: 'BELUM-ADA' }]);
  });

  it('a bad price refuses its whole row (no half-applied row)', () => {
    const result = update('sku,stock,price\nKRP,8,0\n');
    expect(result.changes.size).toBe(0);
    expect(result.problems[0]!.text.id).toContain('harga minimal Rp1');
  });

  it.each([
    ['', 'File kosong'],
    ['nama,stok\nx,1\n', 'sku'],
    ['sku,nama\nKRP,x\n', 'stock/stok'],
    ['sku,stok\n', ''],
  ])('file %j is refused as a whole', (text, words) => {
    const result = parseStockCsv(text, [KRP]);
    expect('fileError' in result && result.fileError.id).toContain(words);
  });
});

describe('history source of a noted import (the CSV update notes what it writes)', () => {
  const seen = { KAOS: { 'KAOS-M': 5, 'KAOS-L': 7 } };
  const now = { KAOS: { 'KAOS-M': 3, 'KAOS-L': 9 } };
  it('the catalogue holds what the import noted: every changed SKU is `import`', () => {
    expect(outsideChanges(seen, now, 1, { KAOS: { source: 'import', stocks: now.KAOS, at: 1 } }).events).toEqual([
      { sku: 'KAOS-M', delta: -2, source: 'import', at: 1 },
      { sku: 'KAOS-L', delta: 2, source: 'import', at: 1 },
    ]);
  });
  it('the note lists the variants in another order than the catalogue: still `import`', () => {
    const reordered = { 'KAOS-L': 9, 'KAOS-M': 3 };
    expect(outsideChanges(seen, now, 1, { KAOS: { source: 'import', stocks: reordered, at: 1 } }).events.map((e) => e.source)).toEqual(['import', 'import']);
  });
  it('the catalogue holds something else (a change after the import): `edit`', () => {
    expect(outsideChanges(seen, now, 1, { KAOS: { source: 'import', stocks: { 'KAOS-M': 3, 'KAOS-L': 8 }, at: 1 } }).events.map((e) => e.source)).toEqual(['edit', 'edit']);
  });
});
