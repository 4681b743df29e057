/**
 * The bulk stock grid's rows (dashboard "Ubah stok & harga massal"): one row per stock SKU — a product
 * without variants is its own SKU, a product with variants one row per variant SKU. Price and stock are
 * kept as the text the seller typed or pasted ("15.000", "Rp15.000"), so a cell that does not parse is
 * shown with its reason and nothing typed is lost; only "Simpan" turns them back into products.
 */
import type { Bilingual } from '../bilingual';
import type { StoredProduct } from '../catalogue/schema';
import { CELL_PARSERS } from '../catalogue/import/csv-cells';
import { formatRupiah } from '../money';
import { withStocks } from './links';

export interface GridRow {
  productSku: string;
  sku: string;
  /** The product's name, and the variant's options ("Kaos · M"). */
  name: string;
  price: string;
  stock: string;
}

export type GridColumn = 'price' | 'stock';

export function gridRowsOf(products: readonly StoredProduct[]): GridRow[] {
  return products.flatMap((product) => {
    if (!product.variants?.items.length)
      return [{ productSku: product.sku, sku: product.sku, name: product.name, price: String(product.price), stock: String(product.stock) }];
    return product.variants.items.map((item) => ({
      productSku: product.sku,
      sku: item.sku,
      name: [product.name, ...Object.values(item.options)].join(' · '),
      price: String(item.price),
      stock: String(item.stock),
    }));
  });
}

/** A cell's value, or why it is refused (the import's words: "bukan harga rupiah; tulis …"). */
export function parseGridCell(column: GridColumn, text: string): { value: number } | { problem: Bilingual } {
  return column === 'price' ? CELL_PARSERS.price(text) : CELL_PARSERS.stock(text);
}

/** How a price cell reads when not being edited: Rp15.000 (the text as typed when it is not a price). */
export function shownPrice(text: string): string {
  const parsed = parseGridCell('price', text);
  return 'value' in parsed ? formatRupiah(parsed.value) : text;
}

export interface GridProblem {
  sku: string;
  column: GridColumn;
  value: string;
  reason: Bilingual;
}

/** Every refused cell of the grid, in row order. */
export function gridProblems(rows: readonly GridRow[]): GridProblem[] {
  return rows.flatMap((row) =>
    (['price', 'stock'] as const).flatMap((column) => {
      const parsed = parseGridCell(column, row[column]);
      return 'problem' in parsed ? [{ sku: row.sku, column, value: row[column], reason: parsed.problem }] : [];
    }),
  );
}

/** One stock SKU's new values (either may be absent: unchanged). */
export interface SkuChange {
  price?: number;
  stock?: number;
}

/**
 * The products changed by new values per stock SKU. A variant's price and stock are its own; a product
 * with variants keeps its base price and gets its stock total from its variants (withStocks).
 */
export function applySkuChanges(products: readonly StoredProduct[], changes: ReadonlyMap<string, SkuChange>): StoredProduct[] {
  const changed: StoredProduct[] = [];
  for (const product of products) {
    const items = product.variants?.items ?? [];
    const skus = items.length ? items.map((item) => item.sku) : [product.sku];
    if (!skus.some((sku) => changes.has(sku))) continue;
    const stocks = Object.fromEntries(skus.flatMap((sku) => (changes.get(sku)?.stock !== undefined ? [[sku, changes.get(sku)!.stock!]] : [])));
    let next = withStocks(product, stocks);
    if (items.length && next.variants) {
      const priced = next.variants.items.map((item) => ({ ...item, price: changes.get(item.sku)?.price ?? item.price }));
      next = { ...next, variants: { ...next.variants, items: priced } };
    } else if (!items.length) {
      next = { ...next, price: changes.get(product.sku)?.price ?? next.price };
    }
    if (JSON.stringify(next) !== JSON.stringify(product)) changed.push(next);
  }
  return changed;
}

/** The grid's rows compared with the products they came from: what "Simpan" writes. */
export function gridChanges(products: readonly StoredProduct[], rows: readonly GridRow[]): Map<string, SkuChange> {
  const before = new Map(gridRowsOf(products).map((row) => [row.sku, row]));
  const changes = new Map<string, SkuChange>();
  for (const row of rows) {
    const old = before.get(row.sku);
    if (!old) continue;
    const change: SkuChange = {};
    for (const column of ['price', 'stock'] as const) {
      const parsed = parseGridCell(column, row[column]);
      const was = parseGridCell(column, old[column]);
      if ('value' in parsed && (!('value' in was) || was.value !== parsed.value)) change[column] = parsed.value;
    }
    if (change.price !== undefined || change.stock !== undefined) changes.set(row.sku, change);
  }
  return changes;
}
