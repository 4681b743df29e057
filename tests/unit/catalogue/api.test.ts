// @vitest-environment node
import { liveQuery } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { catalogue, CatalogueError, copySku } from '../../../utils/catalogue/api';
import { db } from '../../../utils/catalogue/db';
import { bytesOf, draft, PNG_BYTES } from './fixtures';

beforeEach(() => catalogue.clear());

describe('catalogue.save', () => {
  it('creates a product with timestamps and keeps the photo bytes', async () => {
    const saved = await catalogue.save(draft());
    expect(saved.createdAt).toBeGreaterThan(0);
    expect(saved.updatedAt).toBe(saved.createdAt);
    const read = await catalogue.get('KRP-01');
    expect(read).toMatchObject({ name: 'Keripik Singkong Balado 250 g', price: 15000, minOrder: 1, listings: {} });
    expect(await bytesOf(read!.photos[0]!.blob)).toEqual([...PNG_BYTES]);
  });

  it('replacing keeps createdAt and moves updatedAt', async () => {
    const first = await catalogue.save(draft({ createdAt: undefined }));
    await new Promise((r) => setTimeout(r, 5));
    const second = await catalogue.save({ ...first, price: 17500 });
    expect(second.createdAt).toBe(first.createdAt);
    expect(second.updatedAt).toBeGreaterThan(first.updatedAt);
    expect(await catalogue.count()).toBe(1);
  });

  it.each([
    [{ name: '   ' }, 'name', 'Nama produk: tidak boleh kosong', 'Product name: must not be empty'],
    [{ name: 'x'.repeat(256) }, 'name', 'Nama produk: maksimal 255 karakter (256)', 'Product name: must be at most 255 characters (256)'],
    [{ price: 0 }, 'price', 'Harga: minimal 1', 'Price: must be at least 1'],
    [{ price: 1500.5 }, 'price', 'Harga: harus bilangan bulat', 'Price: must be a whole number'],
    [{ stock: -1 }, 'stock', 'Stok: minimal 0', 'Stock: must be at least 0'],
    [{ sku: '' }, 'sku', 'SKU: tidak boleh kosong', 'SKU: must not be empty'],
    [{ condition: 'rusak' as 'new' }, 'condition', 'Kondisi: harus salah satu dari: new, used', 'Condition: must be one of: new, used'],
    [{ weightGrams: 0 }, 'weightGrams', 'Berat (gram): harus lebih dari 0', 'Weight (grams): must be more than 0'],
  ])('refuses %o with a bilingual message on the field', async (change, field, id, en) => {
    const error = await catalogue.save(draft(change)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CatalogueError);
    expect(error).toBeInstanceOf(Error);
    const { message, issues } = error as CatalogueError;
    expect(message.id).toMatch(/periksa/);
    expect(issues).toContainEqual({ path: [field], message: { id, en } });
    expect(await catalogue.count()).toBe(0);
  });
});

describe('catalogue reading', () => {
  it('lists newest first', async () => {
    await catalogue.save(draft({ sku: 'A' }));
    await new Promise((r) => setTimeout(r, 3));
    await catalogue.save(draft({ sku: 'B' }));
    await new Promise((r) => setTimeout(r, 3));
    await catalogue.save({ ...(await catalogue.get('A'))!, stock: 0 });
    expect((await catalogue.list()).map((p) => p.sku)).toEqual(['A', 'B']);
    expect(await catalogue.outOfStockCount()).toBe(1);
  });

  it('a damaged record is not dropped: it is counted and reported with reasons', async () => {
    await catalogue.save(draft({ sku: 'OK' }));
    await db.products.put({ sku: 'RUSAK', name: 'Tanpa harga', stock: 1, createdAt: 1, updatedAt: 1 });
    expect((await catalogue.list()).map((p) => p.sku)).toEqual(['OK']);
    expect(await catalogue.count()).toBe(2);
    const damaged = await catalogue.damaged();
    expect(damaged).toHaveLength(1);
    expect(damaged[0]!.sku).toBe('RUSAK');
    expect(damaged[0]!.issues).toContainEqual({ path: ['price'], message: { id: 'Harga: wajib diisi', en: 'Price: is required' } });
    // still in the database, untouched
    expect(await db.products.get('RUSAK')).toMatchObject({ name: 'Tanpa harga' });
  });

  it('a record missing keys that have defaults is repaired on read', async () => {
    await db.products.put({ sku: 'LAMA', name: 'Lama', price: 5000, stock: 2, createdAt: 1, updatedAt: 1 });
    expect(await catalogue.get('LAMA')).toMatchObject({ description: '', condition: 'new', minOrder: 1, photos: [] });
  });
});

describe('remove, restore, duplicate', () => {
  it('remove returns the product, restore puts it back exactly', async () => {
    const saved = await catalogue.save(draft());
    const removed = await catalogue.remove('KRP-01');
    expect(await catalogue.get('KRP-01')).toBeUndefined();
    await catalogue.restore(removed!);
    const back = await catalogue.get('KRP-01');
    expect({ ...back, photos: [] }).toEqual({ ...saved, photos: [] });
    expect(await bytesOf(back!.photos[0]!.blob)).toEqual([...PNG_BYTES]);
    expect(await catalogue.remove('TIDAK-ADA')).toBeUndefined();
  });

  it('duplicate gets a fresh SKU each time, no listing links, variant SKUs suffixed', async () => {
    await catalogue.save(
      draft({
        listings: { shopee: { url: 'https://seller.shopee.co.id/portal/product/1', state: 'live' } },
        variants: {
          options: [{ name: 'Rasa', values: ['Balado'] }],
          items: [{ sku: 'KRP-01-BLD', options: { Rasa: 'Balado' }, price: 15000, stock: 5 }],
        },
      }),
    );
    const one = await catalogue.duplicate('KRP-01');
    const two = await catalogue.duplicate('KRP-01');
    expect([one.sku, two.sku]).toEqual(['KRP-01-SALIN', 'KRP-01-SALIN-2']);
    expect(one.listings).toEqual({});
    expect(one.variants!.items[0]!.sku).toBe('KRP-01-BLD-SALIN');
    expect(one.name).toBe('Keripik Singkong Balado 250 g');
    expect(await bytesOf(one.photos[0]!.blob)).toEqual([...PNG_BYTES]);
    expect((await catalogue.get('KRP-01'))!.listings.shopee?.state).toBe('live');
  });

  it.each([
    ['KRP-01', 1, 'KRP-01-SALIN'],
    ['KRP-01', 3, 'KRP-01-SALIN-3'],
    ['X'.repeat(64), 1, `${'X'.repeat(58)}-SALIN`],
  ])('copySku(%s, %i) = %s and stays ≤ 64', (sku, attempt, expected) => {
    expect(copySku(sku, attempt)).toBe(expected);
    expect(copySku(sku, attempt).length).toBeLessThanOrEqual(64);
  });
});

describe('bulkSave', () => {
  it('saves all or nothing, issues carry the position', async () => {
    const error = await catalogue.bulkSave([draft({ sku: 'A' }), draft({ sku: 'B', price: 0 })]).catch((e: unknown) => e);
    expect((error as CatalogueError).issues[0]!.path).toEqual([1, 'price']);
    expect(await catalogue.count()).toBe(0);
    await catalogue.bulkSave([draft({ sku: 'A' }), draft({ sku: 'B' })]);
    expect(await catalogue.count()).toBe(2);
  });
});

describe('live updates', () => {
  it('a save shows up in an open live query without asking again', async () => {
    const seen: string[][] = [];
    const subscription = liveQuery(() => catalogue.list()).subscribe((products) => seen.push(products.map((p) => p.sku)));
    await new Promise((r) => setTimeout(r, 30));
    await catalogue.save(draft({ sku: 'BARU' }));
    await new Promise((r) => setTimeout(r, 60));
    subscription.unsubscribe();
    expect(seen.at(0)).toEqual([]);
    expect(seen.at(-1)).toEqual(['BARU']);
  });
});
