/**
 * Every read from IndexedDB goes through here. A record that does not validate is never dropped
 * silently: it stays in the database untouched and is reported by `catalogue.damaged()` so the
 * dashboard can show it and the seller can fix or delete it.
 */
import { storedProductSchema, type StoredProduct } from './schema';
import { toCatalogueIssues, type CatalogueIssue } from './issues';

export type DamagedProduct = { sku: string; issues: CatalogueIssue[]; record: unknown };

export type ReadResult = { ok: true; product: StoredProduct } | { ok: false; damaged: DamagedProduct };

/** Missing keys that have a default (description, category, …) are repaired by the schema itself. */
export function readProduct(record: unknown): ReadResult {
  const parsed = storedProductSchema.safeParse(record);
  if (parsed.success) return { ok: true, product: parsed.data };
  const sku = String((record as { sku?: unknown } | null)?.sku ?? '');
  return { ok: false, damaged: { sku, issues: toCatalogueIssues(parsed.error, record), record } };
}

export function readProducts(records: unknown[]): { products: StoredProduct[]; damaged: DamagedProduct[] } {
  const products: StoredProduct[] = [];
  const damaged: DamagedProduct[] = [];
  for (const record of records) {
    const result = readProduct(record);
    if (result.ok) products.push(result.product);
    else damaged.push(result.damaged);
  }
  return { products, damaged };
}
