/**
 * Tables as a seller reads them: the header row names the columns (SKU, Stok/Stock/Kuantitas…), each
 * data row's cells sit under them. Works for <table> and for div grids with ARIA roles (TikTok's), and
 * finds columns by header words, so reordered columns and hashed class names read the same.
 */
import { normaliseLabel } from '../platforms/labels';

const HEADER_CELL = 'th, [role=columnheader]';
const ROW = 'tr, [role=row]';
const CELL = 'td, th, [role=gridcell], [role=cell], [role=columnheader], [role=rowheader]';

/** A header names a column when it is one of the words, or holds one as a whole word ("SKU Induk"). */
export function headerMatches(header: string, words: readonly string[]): boolean {
  const text = ` ${normaliseLabel(header)} `;
  return words.some((w) => text.includes(` ${normaliseLabel(w)} `));
}

export interface FoundTable {
  container: Element;
  header: Element;
  sku: number;
  stock: number;
}

/** The cells of a row, in order (direct cells only: a nested table is not this row's). */
export function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((c) => c.matches(CELL));
}

/** Every table on the page with both a SKU and a stock column. */
export function findStockTables(root: ParentNode, skuWords: readonly string[], stockWords: readonly string[]): FoundTable[] {
  const found: FoundTable[] = [];
  const headers = new Set<Element>();
  for (const cell of Array.from(root.querySelectorAll(HEADER_CELL))) {
    const header = cell.closest(ROW);
    if (header) headers.add(header);
  }
  for (const header of headers) {
    const cells = cellsOf(header);
    const texts = cells.map((c) => c.textContent ?? '');
    // the stock column first: "Kode SKU" must not be taken for it, and "Stok" never names a SKU column
    const stock = texts.findIndex((t) => headerMatches(t, stockWords));
    const sku = texts.findIndex((t, i) => i !== stock && headerMatches(t, skuWords));
    const container = header.closest('table, [role=grid], [role=table], [role=treegrid]');
    if (stock >= 0 && sku >= 0 && container) found.push({ container, header, sku, stock });
  }
  return found;
}

/** The data rows of a table: every row but header rows, nested tables excluded. */
export function dataRows(table: FoundTable): Element[] {
  return Array.from(table.container.querySelectorAll(ROW)).filter(
    (row) => row !== table.header && row.closest('table, [role=grid], [role=table], [role=treegrid]') === table.container && !cellsOf(row).some((c) => c.matches(HEADER_CELL)),
  );
}

/** What a cell shows: an input's value when it holds one, else its text. */
export function cellValue(cell: Element | undefined): string {
  if (!cell) return '';
  const input = cell.querySelector('input:not([type=hidden]):not([type=checkbox]):not([type=radio]), textarea') as HTMLInputElement | null;
  return (input ? input.value : (cell.textContent ?? '')).replace(/\u00a0/g, ' ').trim();
}

/** A stock as shown: "1.234", "1,234", "Stok: 12" → the number; "-", "" → null. */
export function parseStock(text: string): number | null {
  const match = text.match(/\d[\d.,\s]*/);
  if (!match) return null;
  const digits = match[0].replace(/[^\d]/g, '');
  return digits === '' ? null : Number(digits);
}
