/**
 * The rules that make an import safe to confirm (issue 2 §4): an existing SKU is updated, never
 * duplicated; an omitted or empty field keeps the stored value; defaults only on create; the first
 * valid row of a repeated SKU wins; a rejected row changes nothing.
 */
import { valueAt } from '../issues';
import { storedProductSchema, type StoredProduct } from '../schema';
import { problemText, reason, shownJson, zodReason, type RowProblem } from './reasons';
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

function requiredOnCreate(record: ParsedRecord, field: ImportField): RowProblem {
  return { column: record.column(field), reason: reason(field === 'name' ? 'nameMissing' : 'priceMissing') };
}

/** The product this record would leave in the catalogue, or why it cannot. */
export function mergeRecord(
  record: ParsedRecord,
  existing: StoredProduct | undefined,
  now: number,
): { product: StoredProduct } | { problems: RowProblem[] } {
  const errors: RowProblem[] = [];
  if (!existing) for (const field of REQUIRED_ON_CREATE) if (!(field in record.patch)) errors.push(requiredOnCreate(record, field));

  const merged: Record<string, unknown> = { ...(existing ?? CREATE_DEFAULTS), ...record.patch };
  for (const field of record.clear) delete merged[field];

  if (record.dimensions) {
    const dims = { ...existing?.dimensionsCm, ...record.dimensions };
    const missing = (['length', 'width', 'height'] as const).filter((side) => dims[side] === undefined);
    if (missing.length) for (const side of missing) errors.push({ column: record.column(side), reason: reason('dimensionsIncomplete') });
    else merged.dimensionsCm = dims;
  }
  if (errors.length) return { problems: errors };

  merged.createdAt = record.patch.createdAt ?? existing?.createdAt ?? now;
  merged.updatedAt = record.patch.updatedAt ?? now;
  const parsed = storedProductSchema.safeParse(merged);
  if (parsed.success) return { product: parsed.data };
  // Each field was checked on its own already; this catches combinations (and stored data gone bad).
  return {
    problems: parsed.error.issues.map((issue): RowProblem => {
      const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      const value = valueAt(merged, path);
      return { column: record.column(String(path[0]) as ImportField), value: shownJson(value), reason: zodReason(issue, path, value) };
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
  kind: 'csv' | 'json' = 'csv',
): ImportRow[] {
  const winners = new Map<string, number>();
  return records.map((record): ImportRow => {
    const rejected = (problems: RowProblem[]): ImportRow => ({
      row: record.row,
      sku: record.sku,
      status: 'rejected',
      problems,
      errors: problems.map((p) => problemText(p, kind, record.row)),
      source: record.source,
    });
    if (record.problems.length || !record.sku) return rejected(record.problems);
    const first = winners.get(record.sku);
    if (first !== undefined)
      return rejected([
        { column: record.column('sku'), value: kind === 'json' ? shownJson(record.sku) : record.sku, reason: reason(kind === 'json' ? 'skuRepeatedJson' : 'skuRepeated', { first }) },
      ]);
    const result = mergeRecord(record, stored.get(record.sku), now);
    if ('problems' in result) return rejected(result.problems);
    winners.set(record.sku, record.row);
    return { row: record.row, sku: record.sku, status: present.has(record.sku) ? 'updated' : 'new', problems: [], errors: [], product: result.product };
  });
}
