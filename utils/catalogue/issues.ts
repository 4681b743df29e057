/**
 * Turning zod's complaints into sentences a seller can act on, in Bahasa Indonesia first.
 * Used by the catalogue API (per-field messages in the editor). Imports say more — row, column, value —
 * and map zod's issues per field rule in import/reasons.ts.
 */
import type { z } from 'zod';
import type { Bilingual } from '../bilingual';

export type IssuePath = (string | number)[];
export type CatalogueIssue = { path: IssuePath; message: Bilingual };

const EXPECTED: Record<string, Bilingual> = {
  number: { id: 'harus berupa angka', en: 'must be a number' },
  int: { id: 'harus bilangan bulat', en: 'must be a whole number' },
  string: { id: 'harus berupa teks', en: 'must be text' },
  boolean: { id: 'harus true atau false', en: 'must be true or false' },
  object: { id: 'harus berupa objek {…}', en: 'must be an object {…}' },
  array: { id: 'harus berupa daftar […]', en: 'must be a list […]' },
  record: { id: 'harus berupa objek {…}', en: 'must be an object {…}' },
};

/** What is wrong, without saying where (callers prefix the field or column). */
export function describeProblem(issue: z.core.$ZodIssue, value: unknown): Bilingual {
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return { id: 'wajib diisi', en: 'is required' };
      if (issue.expected === 'int' && typeof value === 'number' && Number.isInteger(value))
        return { id: 'angkanya terlalu besar', en: 'the number is too large' };
      return EXPECTED[issue.expected] ?? { id: `harus bertipe ${issue.expected}`, en: `must be of type ${issue.expected}` };
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return min <= 1
          ? { id: 'tidak boleh kosong', en: 'must not be empty' }
          : { id: `minimal ${min} karakter`, en: `must be at least ${min} characters` };
      if (issue.origin === 'array') return { id: `minimal ${min} item`, en: `needs at least ${min} items` };
      return issue.inclusive
        ? { id: `minimal ${min}`, en: `must be at least ${min}` }
        : { id: `harus lebih dari ${min}`, en: `must be more than ${min}` };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') {
        const length = typeof value === 'string' ? value.trim().length : undefined;
        const has = length === undefined ? '' : ` (${length})`;
        return { id: `maksimal ${max} karakter${has}`, en: `must be at most ${max} characters${has}` };
      }
      if (issue.origin === 'array') return { id: `maksimal ${max} item`, en: `allows at most ${max} items` };
      return { id: `maksimal ${max}`, en: `must be at most ${max}` };
    }
    case 'invalid_value': {
      const options = issue.values.map(String).join(', ');
      return { id: `harus salah satu dari: ${options}`, en: `must be one of: ${options}` };
    }
    case 'invalid_format':
      return { id: 'formatnya tidak sah', en: 'has an invalid format' };
    default:
      return { id: 'tidak sah', en: 'is not valid' };
  }
}

/** The value at `path` inside `data`, for quoting it back to the seller. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = data;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

/** Names of product fields for the dashboard's per-field messages. */
export const FIELD_LABELS: Record<string, Bilingual> = {
  sku: { id: 'SKU', en: 'SKU' },
  name: { id: 'Nama produk', en: 'Product name' },
  description: { id: 'Deskripsi', en: 'Description' },
  price: { id: 'Harga', en: 'Price' },
  stock: { id: 'Stok', en: 'Stock' },
  weightGrams: { id: 'Berat (gram)', en: 'Weight (grams)' },
  condition: { id: 'Kondisi', en: 'Condition' },
  brand: { id: 'Merek', en: 'Brand' },
  category: { id: 'Kategori', en: 'Category' },
  dimensionsCm: { id: 'Dimensi (cm)', en: 'Dimensions (cm)' },
  minOrder: { id: 'Minimum pemesanan', en: 'Minimum order' },
  preorderDays: { id: 'Pre-order (hari)', en: 'Pre-order (days)' },
  photos: { id: 'Foto', en: 'Photos' },
  variants: { id: 'Varian', en: 'Variants' },
  ekatalog: { id: 'e-Katalog', en: 'e-Katalog' },
  overrides: { id: 'Pengaturan per marketplace', en: 'Per-marketplace changes' },
  listings: { id: 'Tautan listing', en: 'Listing links' },
  categoryPaths: { id: 'Kategori marketplace', en: 'Marketplace categories' },
  createdAt: { id: 'Waktu dibuat', en: 'Created at' },
  updatedAt: { id: 'Waktu diubah', en: 'Updated at' },
};

/** "Harga: minimal 1" — one sentence per zod issue, labelled with the field the seller sees. */
export function toCatalogueIssues(error: z.ZodError, data: unknown): CatalogueIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    const top = String(path[0] ?? '');
    const label = FIELD_LABELS[top] ?? { id: top, en: top };
    const where = path.length > 1 ? ` (${path.slice(1).join('.')})` : '';
    const problem = describeProblem(issue, valueAt(data, path));
    return { path, message: { id: `${label.id}${where}: ${problem.id}`, en: `${label.en}${where}: ${problem.en}` } };
  });
}
