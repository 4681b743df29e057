// "Ekspor CSV" of the stock history: one row per stock-event, a header a spreadsheet reads, and a SKU
// that looks like a formula kept as text.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { historyCsv, historyFileName } from '@/utils/stock/history-csv';

describe('stock history as CSV', () => {
  it('one row per change, with where and why', () => {
    const csv = historyCsv([
      { sku: 'KRP-1', delta: -3, source: 'sale:shopee', at: Date.UTC(2026, 11, 8, 4, 20) },
      { sku: 'KAOS-M', delta: 15, source: 'conflict:lazada', at: Date.UTC(2026, 11, 8, 5, 0) },
    ]);
    expect(Papa.parse(csv, { header: true }).data).toEqual([
      { time: '2026-12-08T04:20:00.000Z', sku: 'KRP-1', delta: '-3', source: 'sale:shopee' },
      { time: '2026-12-08T05:00:00.000Z', sku: 'KAOS-M', delta: '15', source: 'conflict:lazada' },
    ]);
  });

  it('a SKU typed as a formula stays text in a spreadsheet', () => {
    expect(historyCsv([{ sku: '=HYPERLINK("x")', delta: 1, source: 'edit', at: 0 }])).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('the file name carries the date', () => {
    expect(historyFileName(new Date(2026, 0, 5))).toBe('serentak-riwayat-stok-2026-01-05.csv');
  });
});
