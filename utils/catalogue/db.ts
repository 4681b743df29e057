/**
 * The catalogue's IndexedDB (extension origin), through Dexie. Every schema version stays listed here
 * forever: Dexie needs the whole history to upgrade a seller's database from whatever version it has,
 * and tests open a version-1 database with `CATALOGUE_VERSIONS[0]` to prove nothing is lost.
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import { DB_NAME } from './db-name';

export { DB_NAME };

export type CatalogueVersion = {
  version: number;
  stores: Record<string, string | null>;
  /** why this version exists, for the next engineer */
  why: string;
  upgrade?: (tx: Transaction) => Promise<void> | void;
};

export const CATALOGUE_VERSIONS: CatalogueVersion[] = [
  {
    version: 1,
    stores: { products: 'sku, updatedAt, name' },
    why: 'the first catalogue: products keyed by SKU, newest first, searchable by name',
  },
  {
    version: 2,
    stores: { products: 'sku, updatedAt, name, stock' },
    why: 'the popup and the "out of stock" filter count stock = 0 without reading every product',
    // Adding an index rewrites nothing: Dexie builds it from the records already there.
  },
];

/**
 * Records are typed loosely on purpose: what comes out of IndexedDB is only a StoredProduct after
 * `readProduct` has validated it (an older build, a manual edit or a bug may have left anything there).
 */
export type ProductRecord = Record<string, unknown> & { sku: string };

export class CatalogueDb extends Dexie {
  products!: Table<ProductRecord, string>;
  constructor(name = DB_NAME, versions: CatalogueVersion[] = CATALOGUE_VERSIONS) {
    super(name);
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}

/** The one database every extension page uses. Opened lazily by Dexie on first use. */
export const db = new CatalogueDb();
