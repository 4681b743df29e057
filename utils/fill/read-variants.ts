/**
 * "Simpan ke katalog" for a product with variations: the option groups and the combination table read
 * the way the fill writes them (`variant-grid.ts`), so a grid the fill can fill is a grid we can read.
 * A row is found by the option labels it shows, never by position, and its cells by their headers.
 */
import { fieldSpec, type Platform } from '../platforms/define';
import { valueOf } from './dom';
import { findField } from './find';
import { cellInput, columnOf, groupsIn, rowFor, type Row } from './variant-grid';
import { readNumber } from './widgets';

export interface ReadVariantOption {
  name: string;
  values: string[];
}

export interface ReadVariant {
  options: Record<string, string>;
  sku?: string;
  price?: number;
  stock?: number;
}

export interface ReadVariants {
  options: ReadVariantOption[];
  items: ReadVariant[];
}

/** Every combination of the groups' values, first group outermost (the order the tables draw rows). */
function combinations(groups: ReadVariantOption[]): Record<string, string>[] {
  return groups.reduce<Record<string, string>[]>(
    (combos, group) => combos.flatMap((combo) => group.values.map((value) => ({ ...combo, [group.name]: value }))),
    [{}],
  );
}

function cellText(row: Row, col: number): string | undefined {
  if (col < 0) return undefined;
  const input = cellInput(row[col]);
  const text = (input ? valueOf(input) : row[col]?.textContent ?? '').trim();
  return text || undefined;
}

/**
 * The variations the page shows: `{ options: [], items: [] }` when the editor is there without groups
 * (a product without variants), undefined when this page's editor cannot be read (then "not read").
 */
export function readVariants(platform: Platform, doc: Document): ReadVariants | undefined {
  const spec = fieldSpec(platform, 'variants');
  if (!spec?.grid) return undefined;
  const found = findField(doc, 'variants', spec);
  if (!('found' in found)) return undefined;
  const section = found.found.element;
  const grid = spec.grid;
  const options = groupsIn(section, grid)
    .map((g) => ({ name: valueOf(g.name).trim(), values: [...new Set(g.options.map((o) => valueOf(o).trim()).filter(Boolean))] }))
    .filter((g) => g.name && g.values.length);
  if (!options.length) return { options: [], items: [] };
  const names = options.map((g) => g.name);
  const cols = { price: columnOf(section, grid, grid.columns.price), stock: columnOf(section, grid, grid.columns.stock), sku: columnOf(section, grid, grid.columns.sku) };
  const items = combinations(options).flatMap((combo) => {
    const row = rowFor(section, grid, names, combo);
    if (!row) return [];
    const number = (col: number) => {
      const text = cellText(row, col);
      return text === undefined ? undefined : readNumber(text);
    };
    return [{ options: combo, sku: cellText(row, cols.sku), price: number(cols.price), stock: number(cols.stock) }];
  });
  return { options, items };
}
