/**
 * Export the catalogue: a JSON backup (photos as data URLs, exactly as stored, so export → wipe →
 * import gives the same catalogue back) and a CSV for spreadsheets (English header, no photos).
 */
import Papa from 'papaparse';
import { catalogue } from './api';
import { CATALOGUE_FORMAT, CATALOGUE_FORMAT_VERSION } from './import/json';
import { CSV_EXPORT_HEADER, type CsvColumn } from './import/csv-columns';
import { toProductFile } from './photos';
import type { StoredProduct } from './schema';

export async function exportCatalogueJson(): Promise<Blob> {
  const products = [];
  // One at a time: 10,000 products with photos as base64 at once would double the memory for nothing.
  for (const product of await catalogue.list()) products.push(await toProductFile(product));
  const file = { format: CATALOGUE_FORMAT, version: CATALOGUE_FORMAT_VERSION, products };
  return new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' });
}

const CELL: Record<CsvColumn, (p: StoredProduct) => string | number> = {
  sku: (p) => p.sku,
  name: (p) => p.name,
  description: (p) => p.description,
  price: (p) => p.price,
  stock: (p) => p.stock,
  weight_grams: (p) => p.weightGrams ?? '',
  condition: (p) => p.condition,
  brand: (p) => p.brand ?? '',
  category: (p) => p.category,
  length_cm: (p) => p.dimensionsCm?.length ?? '',
  width_cm: (p) => p.dimensionsCm?.width ?? '',
  height_cm: (p) => p.dimensionsCm?.height ?? '',
  min_order: (p) => p.minOrder,
};

export function catalogueToCsv(products: StoredProduct[]): string {
  const rows = products.map((p) => CSV_EXPORT_HEADER.map((column) => CELL[column](p)));
  // escapeFormulae: a description starting with "-" or "=" must not become an Excel formula.
  return Papa.unparse({ fields: CSV_EXPORT_HEADER, data: rows }, { newline: '\r\n', escapeFormulae: true });
}

export async function exportCatalogueCsv(): Promise<Blob> {
  // The BOM makes Excel read the file as UTF-8 (otherwise "é" in a name turns into "Ã©").
  return new Blob(['\uFEFF', catalogueToCsv(await catalogue.list())], { type: 'text/csv;charset=utf-8' });
}
