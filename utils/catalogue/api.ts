/**
 * The one catalogue API (dashboard, panel, popup, background). Everything written is validated with
 * `storedProductSchema`; everything read is validated again on the way out (see read.ts).
 */
import type { z } from 'zod';
import { db, type ProductRecord } from './db';
import { CatalogueError, INVALID_PRODUCT } from './errors';
import { toCatalogueIssues, type CatalogueIssue } from './issues';
import { readProduct, readProducts, type DamagedProduct } from './read';
import { SKU_MAX, storedProductSchema, type StoredProduct } from './schema';

/** What a form hands over: timestamps are the catalogue's business, defaulted fields may be left out. */
export type ProductDraft = Omit<z.input<typeof storedProductSchema>, 'createdAt' | 'updatedAt'> & {
  createdAt?: number;
  updatedAt?: number;
};

function validate(draft: ProductDraft | StoredProduct, now: number, createdAt?: number): StoredProduct {
  const parsed = storedProductSchema.safeParse({ ...draft, createdAt: createdAt ?? draft.createdAt ?? now, updatedAt: now });
  if (!parsed.success) throw new CatalogueError(INVALID_PRODUCT, toCatalogueIssues(parsed.error, draft));
  return parsed.data;
}

function asRecord(product: StoredProduct): ProductRecord {
  return product as unknown as ProductRecord;
}

/** `KRP-01` → `KRP-01-SALIN`, then `KRP-01-SALIN-2`, …; cut from the left part so it stays ≤ 64. */
export function copySku(sku: string, attempt: number): string {
  const suffix = attempt === 1 ? '-SALIN' : `-SALIN-${attempt}`;
  return sku.slice(0, SKU_MAX - suffix.length) + suffix;
}

export const catalogue = {
  /** All valid products, most recently changed first (damaged records: see `damaged()`). */
  async list(): Promise<StoredProduct[]> {
    const records = await db.products.orderBy('updatedAt').reverse().toArray();
    return readProducts(records).products;
  },

  /** The `limit` most recently changed, newest first, through the updatedAt index (no full read). */
  async newest(limit: number): Promise<{ products: StoredProduct[]; damaged: number }> {
    const { products, damaged } = readProducts(await db.products.orderBy('updatedAt').reverse().limit(limit).toArray());
    return { products, damaged: damaged.length };
  },

  async get(sku: string): Promise<StoredProduct | undefined> {
    const record = await db.products.get(sku);
    if (record === undefined) return undefined;
    const result = readProduct(record);
    return result.ok ? result.product : undefined;
  },

  /** Every stored record, damaged ones included (they are still the seller's products). */
  async count(): Promise<number> {
    return db.products.count();
  },

  async outOfStockCount(): Promise<number> {
    return db.products.where('stock').equals(0).count();
  },

  /** Records that no longer validate, kept untouched, with the reason per field. */
  async damaged(): Promise<DamagedProduct[]> {
    return readProducts(await db.products.toArray()).damaged;
  },

  /** Create or replace. Sets `updatedAt`, and `createdAt` when the SKU is new. */
  async save(product: ProductDraft | StoredProduct): Promise<StoredProduct> {
    validate(product, Date.now()); // fail before opening a write transaction
    return db.transaction('rw', db.products, async () => {
      const existing = await db.products.get(product.sku.trim());
      const now = Date.now();
      const createdAt = existing && typeof existing.createdAt === 'number' ? existing.createdAt : now;
      const saved = validate(product, now, createdAt);
      await db.products.put(asRecord(saved));
      return saved;
    });
  },

  /** Save many at once (all or nothing): issues carry the product's position as the first path item. */
  async bulkSave(products: (ProductDraft | StoredProduct)[]): Promise<StoredProduct[]> {
    const now = Date.now();
    const issues: CatalogueIssue[] = [];
    products.forEach((p, index) => {
      try {
        validate(p, now);
      } catch (error) {
        if (!(error instanceof CatalogueError)) throw error;
        issues.push(...error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] })));
      }
    });
    if (issues.length) throw new CatalogueError(INVALID_PRODUCT, issues);
    return db.transaction('rw', db.products, async () => {
      const existing = await db.products.bulkGet(products.map((p) => p.sku.trim()));
      const saved = products.map((p, i) => {
        const createdAt = existing[i]?.createdAt;
        return validate(p, now, typeof createdAt === 'number' ? createdAt : now);
      });
      await db.products.bulkPut(saved.map(asRecord));
      return saved;
    });
  },

  /** Returns what was removed so the dashboard can offer "Urungkan" (undo) with `restore`. */
  async remove(sku: string): Promise<StoredProduct | undefined> {
    return db.transaction('rw', db.products, async () => {
      const record = await db.products.get(sku);
      if (record === undefined) return undefined;
      await db.products.delete(sku);
      const result = readProduct(record);
      return result.ok ? result.product : undefined;
    });
  },

  /** Put a removed product back exactly as it was (timestamps included). */
  async restore(product: StoredProduct): Promise<StoredProduct> {
    const parsed = storedProductSchema.safeParse(product);
    if (!parsed.success) throw new CatalogueError(INVALID_PRODUCT, toCatalogueIssues(parsed.error, product));
    await db.products.put(asRecord(parsed.data));
    return parsed.data;
  },

  /**
   * A copy under a fresh SKU, with no listing links (it is not on any marketplace yet). Variant SKUs get
   * the same suffix: marketplaces refuse a variant SKU that another listing of the shop already uses.
   */
  async duplicate(sku: string): Promise<StoredProduct> {
    return db.transaction('rw', db.products, async () => {
      const original = await catalogue.get(sku);
      if (!original) throw new CatalogueError({ id: `Produk ${sku} tidak ditemukan.`, en: `Product ${sku} was not found.` });
      let attempt = 1;
      while ((await db.products.get(copySku(original.sku, attempt))) !== undefined) attempt++;
      const now = Date.now();
      const copy: StoredProduct = {
        ...structuredClone({ ...original, photos: [] }),
        photos: original.photos.map((photo) => ({ ...photo })),
        sku: copySku(original.sku, attempt),
        listings: {},
        createdAt: now,
        updatedAt: now,
      };
      if (copy.variants)
        copy.variants.items = copy.variants.items.map((item) => ({ ...item, sku: copySku(item.sku, attempt) }));
      const saved = validate(copy, now, now);
      await db.products.put(asRecord(saved));
      return saved;
    });
  },

  async clear(): Promise<void> {
    await db.products.clear();
  },
};

export { CatalogueError } from './errors';
export type { CatalogueIssue } from './issues';
export type { DamagedProduct } from './read';
