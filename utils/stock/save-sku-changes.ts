/**
 * Write new price/stock per stock SKU (the bulk grid's "Simpan", "Perbarui stok dari CSV") in ONE
 * transaction, applied to the products as they are at that moment — not as they were when the grid
 * opened: a sale reconciled meanwhile on another variant of the same product (or on the same product,
 * when only its price was edited) must not be overwritten by the grid's old copy.
 */
import { catalogue } from '../catalogue/api';
import { db } from '../catalogue/db';
import type { StoredProduct } from '../catalogue/schema';
import { applySkuChanges, type SkuChange } from './grid-rows';

export function saveSkuChanges(changes: ReadonlyMap<string, SkuChange>): Promise<StoredProduct[]> {
  return db.transaction('rw', db.products, async () => {
    const changed = applySkuChanges(await catalogue.list(), changes);
    return changed.length ? catalogue.bulkSave(changed) : [];
  });
}
