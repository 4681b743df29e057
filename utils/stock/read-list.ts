/**
 * Reads a product list page (issue 9): every row's SKU(s) and stock(s), with no click. Variant rows
 * come two ways: sub-rows under their product's row (Shopee, TikTok: no link of their own; the product
 * row shows their total, so it is left out), or one row per SKU that each link to the product
 * (Lazada: merged by listing id). A paged or virtualised list gives only what it shows, and says so.
 */
import type { StockPageSpec } from '../platforms/stock/define';
import type { ListRow } from './messages';
import { cellValue, cellsOf, dataRows, findStockTables, parseStock } from './table';

export interface ListReading {
  rows: ListRow[];
  /** listings the page shows (read or not) */
  shown: number;
}

interface Group {
  listing: string;
  own: [string, number][];
  subs: [string, number][];
}

function listingOf(row: Element, spec: StockPageSpec): string {
  for (const name of spec.listingAttributes) {
    const value = row.getAttribute(name);
    if (value) return value;
  }
  for (const link of Array.from(row.querySelectorAll('a[href]'))) {
    const match = (link.getAttribute('href') ?? '').match(spec.listingHref);
    if (match?.[1]) return match[1];
  }
  return '';
}

export function readList(root: ParentNode, spec: StockPageSpec): ListReading {
  const groups: Group[] = [];
  for (const table of findStockTables(root, spec.skuHeaders, spec.stockHeaders)) {
    let current: Group | undefined;
    for (const row of dataRows(table)) {
      const cells = cellsOf(row);
      if (cells.length <= Math.max(table.sku, table.stock)) continue; // an "empty list" or spanning row
      const sku = cellValue(cells[table.sku]);
      const stock = parseStock(cellValue(cells[table.stock]));
      const entry: [string, number] | undefined = sku && stock !== null ? [sku, stock] : undefined;
      const listing = listingOf(row, spec);
      if (listing) {
        current = groups.find((g) => g.listing === listing);
        if (!current) groups.push((current = { listing, own: [], subs: [] }));
        if (entry) current.own.push(entry);
      } else if (current) {
        if (entry) current.subs.push(entry);
      } else {
        groups.push({ listing: '', own: entry ? [entry] : [], subs: [] });
      }
    }
  }
  const rows = groups
    .map((g) => ({ listing: g.listing, stocks: Object.fromEntries(g.subs.length ? g.subs : g.own) }))
    .filter((r) => Object.keys(r.stocks).length > 0);
  return { rows, shown: groups.length };
}
