// @vitest-environment node
// The dashboard's early read of the newest products (bare IndexedDB, before Dexie loads): it must
// agree with Dexie's own newest-first read, and never create, block or upgrade the database itself.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CatalogueDb } from '../../../utils/catalogue/db';
import { readNewestRecords } from '../../../utils/catalogue/first-screen';

const names: string[] = [];
function freshName() {
  const name = `first-screen-${names.length}-${Math.random()}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const record = (i: number) => ({ sku: `SKU-${String(i).padStart(3, '0')}`, name: `Produk ${i}`, stock: i, updatedAt: 1_700_000_000_000 + ((i * 7919) % 1000) });

describe('readNewestRecords', () => {
  it('reads the newest products first, the same ones Dexie would', async () => {
    const name = freshName();
    const db = new CatalogueDb(name);
    await db.products.bulkPut(Array.from({ length: 120 }, (_, i) => record(i)));
    const expected = await db.products.orderBy('updatedAt').reverse().limit(40).toArray();
    db.close();

    const read = (await readNewestRecords(40, name)) as { sku: string }[];
    expect(read.map((r) => r.sku)).toEqual(expected.map((r) => r.sku));
  });

  it('answers an empty list for an empty catalogue', async () => {
    const name = freshName();
    const db = new CatalogueDb(name);
    await db.open();
    db.close();
    expect(await readNewestRecords(40, name)).toEqual([]);
  });

  it('creates no database on a fresh profile, so Dexie later creates it at its own version', async () => {
    const name = freshName();
    expect(await readNewestRecords(40, name)).toBeUndefined();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);

    const db = new CatalogueDb(name);
    await db.products.put(record(1));
    expect(db.tables.map((t) => t.name)).toEqual(['products']);
    expect(await db.products.count()).toBe(1);
    db.close();
  });

  it('reads an older catalogue without standing in the way of its upgrade', async () => {
    const name = freshName();
    const old = new Dexie(name);
    old.version(1).stores({ products: 'sku, updatedAt, name' });
    await old.table('products').bulkPut(Array.from({ length: 5 }, (_, i) => record(i)));
    old.close();

    expect(await readNewestRecords(40, name)).toHaveLength(5);
    const current = new CatalogueDb(name);
    expect(await current.products.where('stock').equals(0).count()).toBe(1); // the version-2 index exists
    current.close();
  });

  it('gives up on a database it does not know (no updatedAt index)', async () => {
    const name = freshName();
    const other = new Dexie(name);
    other.version(1).stores({ products: 'sku' });
    await other.table('products').put(record(1));
    other.close();
    expect(await readNewestRecords(40, name)).toBeUndefined();
  });
});
