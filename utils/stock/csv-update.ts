/**
 * "Perbarui stok dari CSV": a file of `sku,stock` (Bahasa `kode_sku`, `stok`; `price`/`harga` optional)
 * updates only the SKUs it names — a product's own SKU or a variant's. Unlike the catalogue import, it
 * never creates a product: an unknown SKU is listed, a bad row is listed with its reason in the import's
 * words (reasons.ts), and neither stops the good rows.
 */
import Papa from 'papaparse';
import type { Bilingual } from '../bilingual';
import { CELL_PARSERS } from '../catalogue/import/csv-cells';
import { detectDelimiter, mapHeader } from '../catalogue/import/csv-columns';
import { FILE_ERRORS } from '../catalogue/import/messages';
import { problemText, reason, shownCell } from '../catalogue/import/reasons';
import type { StoredProduct } from '../catalogue/schema';
import { applySkuChanges, type SkuChange } from './grid-rows';

export interface CsvStockUpdate {
  /** New values per stock SKU, good rows only (a SKU named twice: the later row wins). */
  changes: Map<string, SkuChange>;
  /** The products as they will be saved. */
  products: StoredProduct[];
  /** "Baris 3, kolom stok: sepuluh — stok harus bilangan bulat …" */
  problems: { row: number; sku: string; text: Bilingual }[];
  /** SKUs no product or variant of the catalogue has, with their row. */
  unknown: { row: number; sku: string }[];
}

function stockSkus(products: readonly StoredProduct[]): Set<string> {
  return new Set(products.flatMap((p) => (p.variants?.items.length ? p.variants.items.map((i) => i.sku) : [p.sku])));
}

export function parseStockCsv(text: string, products: readonly StoredProduct[]): CsvStockUpdate | { fileError: Bilingual } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: detectDelimiter(text), skipEmptyLines: 'greedy' });
  const [headers, ...data] = parsed.data;
  if (!headers) return { fileError: FILE_ERRORS.empty };
  const columns = mapHeader(headers);
  const sku = columns.get('sku');
  const stock = columns.get('stock');
  const price = columns.get('price');
  if (!sku) return { fileError: FILE_ERRORS.noSkuColumn(headers.map((h) => `"${h.trim()}"`).join(', ') || '—') };
  if (!stock && !price) return { fileError: { id: 'File ini tidak punya kolom stock/stok (atau price/harga).', en: 'This file has no stock/stok (or price/harga) column.' } };
  if (data.length === 0) return { fileError: FILE_ERRORS.headerOnly };

  const known = stockSkus(products);
  const changes = new Map<string, SkuChange>();
  const problems: CsvStockUpdate['problems'] = [];
  const unknown: CsvStockUpdate['unknown'] = [];
  data.forEach((cells, i) => {
    // Row numbers as a spreadsheet shows them: the header is row 1.
    const row = i + 2;
    const code = (cells[sku.index] ?? '').trim();
    if (!code) {
      problems.push({ row, sku: '', text: problemText({ column: sku.header, reason: reason('skuMissing') }, 'csv', row) });
      return;
    }
    if (!known.has(code)) {
      unknown.push({ row, sku: code });
      return;
    }
    const change: SkuChange = {};
    const rowProblems: Bilingual[] = [];
    for (const [column, at] of [['stock', stock], ['price', price]] as const) {
      const cell = at ? (cells[at.index] ?? '') : '';
      // An empty price (or stock) keeps the stored value, as the catalogue import does on update.
      if (!at || cell.trim() === '') continue;
      const value = CELL_PARSERS[column](cell);
      if ('problem' in value) rowProblems.push(problemText({ column: at.header, value: shownCell(cell), reason: value.problem }, 'csv', row));
      else change[column] = value.value;
    }
    // A bad cell refuses its whole row: half a row applied would surprise the seller.
    if (rowProblems.length) problems.push(...rowProblems.map((t) => ({ row, sku: code, text: t })));
    else if (change.stock !== undefined || change.price !== undefined) changes.set(code, change);
  });
  return { changes, products: applySkuChanges(products, changes), problems, unknown };
}
