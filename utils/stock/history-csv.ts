/** The stock history as a CSV file (the dashboard's "Ekspor CSV"): one row per `stock-event`. */
import Papa from 'papaparse';
import type { StoredStockEvent } from './store';

export const HISTORY_CSV_COLUMNS = ['time', 'sku', 'delta', 'source'] as const;

export function historyCsv(events: readonly StoredStockEvent[]): string {
  return Papa.unparse(
    { fields: [...HISTORY_CSV_COLUMNS], data: events.map((e) => [new Date(e.at).toISOString(), e.sku, e.delta, e.source]) },
    // A SKU typed as "=HYPERLINK(…)" must stay text when the seller opens the file in a spreadsheet.
    { escapeFormulae: true },
  );
}

export function historyFileName(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `serentak-riwayat-stok-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}
