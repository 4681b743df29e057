// @vitest-environment node
// (happy-dom's Blob does not survive fake-indexeddb's structured clone; Node's does, like a browser's.)
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGUE_VERSIONS, CatalogueDb } from '../../../utils/catalogue/db';
import { readProducts } from '../../../utils/catalogue/read';
import { bytesOf, PNG_BYTES } from './fixtures';

const names: string[] = [];
function freshName() {
  const name = `upgrade-${names.length}-${Math.random()}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Records as build 1 of the catalogue wrote them. */
function v1Records(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    sku: `SKU-${String(i).padStart(4, '0')}`,
    name: `Produk ${i}`,
    description: i % 2 ? 'Baris satu\nBaris dua' : '',
    price: 1000 + i,
    stock: i % 3 === 0 ? 0 : i,
    condition: 'new',
    category: 'Camilan',
    categoryPaths: {},
    minOrder: 1,
    overrides: {},
    listings: { shopee: { url: `https://seller.shopee.co.id/portal/product/${i}`, state: 'live' } },
    photos: i < 3 ? [{ id: `ph-${i}`, blob: new Blob([PNG_BYTES], { type: 'image/png' }), type: 'image/png' }] : [],
    createdAt: 1_700_000_000_000 + i,
    updatedAt: 1_700_000_000_000 + i,
  }));
}

describe('catalogue database upgrades', () => {
  it('declares versions in increasing order, version 1 being the first catalogue', () => {
    expect(CATALOGUE_VERSIONS[0]!.version).toBe(1);
    expect(CATALOGUE_VERSIONS[0]!.stores.products).toBe('sku, updatedAt, name');
    const versions = CATALOGUE_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
  });

  /** The old declarations written out literally, so editing CATALOGUE_VERSIONS cannot fake a pass. */
  const OLD_DECLARATIONS: [number, string][] = [[1, 'sku, updatedAt, name']];

  it.each(OLD_DECLARATIONS)(
    'opening a version-%i database with the current declaration keeps every product, photos included',
    async (fromVersion, productsStore) => {
      const name = freshName();
      const old = new Dexie(name);
      old.version(fromVersion).stores({ products: productsStore });
      const written = v1Records(250);
      await old.table('products').bulkPut(written);
      old.close();

      const current = new CatalogueDb(name);
      await current.open();
      expect(current.verno).toBe(CATALOGUE_VERSIONS.at(-1)!.version);
      const records = await current.products.toArray();
      const { products, damaged } = readProducts(records);
      expect(damaged).toEqual([]);
      expect(products.map((p) => p.sku)).toEqual(written.map((p) => p.sku));
      expect(products[5]).toMatchObject({ name: 'Produk 5', price: 1005, stock: 5, description: 'Baris satu\nBaris dua' });
      expect(products[7]!.listings.shopee?.url).toBe('https://seller.shopee.co.id/portal/product/7');
      expect(await bytesOf(products[1]!.photos[0]!.blob)).toEqual([...PNG_BYTES]);
      // version 2's index answers "out of stock" from the old records
      expect(await current.products.where('stock').equals(0).count()).toBe(written.filter((p) => p.stock === 0).length);
      current.close();
    },
  );

  it('an upgrade keeps a record that does not validate (it is reported, not dropped)', async () => {
    const name = freshName();
    const old = new Dexie(name);
    old.version(1).stores({ products: 'sku, updatedAt, name' });
    await old.table('products').bulkPut([{ sku: 'RUSAK', name: '', price: -1 }, ...v1Records(2)]);
    old.close();
    const current = new CatalogueDb(name);
    const { products, damaged } = readProducts(await current.products.toArray());
    expect(products).toHaveLength(2);
    expect(damaged.map((d) => d.sku)).toEqual(['RUSAK']);
    current.close();
  });
});
