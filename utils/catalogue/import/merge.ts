/**
 * The rules that make an import safe to confirm (issue 2 §4): an existing SKU is updated, never
 * duplicated; an omitted or empty field keeps the stored value; defaults only on create; the first
 * valid row of a repeated SKU wins; a rejected row changes nothing.
 */
import type { Bilingual } from '../../bilingual';
import { describeProblem, valueAt } from '../issues';
import { storedProductSchema, type StoredProduct } from '../schema';
import type { ImportField, ImportRow, ParsedRecord } from './types';

/** A new product starts from these; an update starts from what is stored. */
const CREATE_DEFAULTS = {
  description: '',
  stock: 0,
  condition: 'new',
  category: '',
  categoryPaths: {},
  minOrder: 1,
  overrides: {},
  listings: {},
  photos: [],
} as const;

const REQUIRED_ON_CREATE: ImportField[] = ['name', 'price'];

function requiredOnCreate(record: ParsedRecord, field: ImportField): Bilingual {
  const at = record.where(field);
  const what = field === 'name' ? { id: 'nama produk', en: 'a product name' } : { id: 'harga', en: 'a price' };
  return { id: `${at.id} kosong: ${what.id} wajib untuk produk baru.`, en: `${at.en} is empty: ${what.en} is required for a new product.` };
}

/** The product this record would leave in the catalogue, or why it cannot. */
export function mergeRecord(
  record: ParsedRecord,
  existing: StoredProduct | undefined,
  now: number,
): { product: StoredProduct } | { errors: Bilingual[] } {
  const errors: Bilingual[] = [];
  if (!existing) for (const field of REQUIRED_ON_CREATE) if (!(field in record.patch)) errors.push(requiredOnCreate(record, field));

  const merged: Record<string, unknown> = { ...(existing ?? CREATE_DEFAULTS), ...record.patch };
  for (const field of record.clear) delete merged[field];

  if (record.dimensions) {
    const dims = { ...existing?.dimensionsCm, ...record.dimensions };
    const missing = (['length', 'width', 'height'] as const).filter((side) => dims[side] === undefined);
    if (missing.length)
      errors.push({
        id: `Dimensi tidak lengkap: ${missing.map((s) => record.where(s).id).join(', ')} kosong (panjang, lebar, dan tinggi harus diisi semua).`,
        en: `Dimensions are incomplete: ${missing.map((s) => record.where(s).en).join(', ')} empty (length, width and height are all needed).`,
      });
    else merged.dimensionsCm = dims;
  }
  if (errors.length) return { errors };

  merged.createdAt = record.patch.createdAt ?? existing?.createdAt ?? now;
  merged.updatedAt = record.patch.updatedAt ?? now;
  const parsed = storedProductSchema.safeParse(merged);
  if (parsed.success) return { product: parsed.data };
  // Each field was checked on its own already; this catches combinations (and stored data gone bad).
  return {
    errors: parsed.error.issues.map((issue) => {
      const field = String(issue.path[0]) as ImportField;
      const problem = describeProblem(issue, valueAt(merged, issue.path as PropertyKey[]));
      return { id: `${record.where(field).id}: ${problem.id}`, en: `${record.where(field).en}: ${problem.en}` };
    }),
  };
}

/**
 * Records in file order → preview rows. `stored` holds the catalogue's current products for the SKUs in
 * the file (one bulk read by the caller); `present` the SKUs that exist, damaged ones included.
 */
export function planImport(
  records: ParsedRecord[],
  stored: Map<string, StoredProduct>,
  present: Set<string>,
  now: number,
): ImportRow[] {
  const winners = new Map<string, number>();
  return records.map((record): ImportRow => {
    const rejected = (errors: Bilingual[]): ImportRow => ({ row: record.row, sku: record.sku, status: 'rejected', errors });
    if (record.errors.length || !record.sku) return rejected(record.errors);
    const first = winners.get(record.sku);
    if (first !== undefined) {
      const at = record.where('sku');
      return rejected([
        {
          id: `${at.id}: SKU "${record.sku}" sudah ada di baris ${first} file ini; hanya baris pertama yang dipakai.`,
          en: `${at.en}: SKU "${record.sku}" already appears in row ${first} of this file; only the first row is used.`,
        },
      ]);
    }
    const result = mergeRecord(record, stored.get(record.sku), now);
    if ('errors' in result) return rejected(result.errors);
    winners.set(record.sku, record.row);
    return { row: record.row, sku: record.sku, status: present.has(record.sku) ? 'updated' : 'new', errors: [], product: result.product };
  });
}
