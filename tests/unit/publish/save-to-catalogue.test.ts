// "Simpan ke katalog" decided: what the page did not give, which SKU it goes under, new product or
// link on the existing one (never an overwrite), and the catalogue updated only when the seller asks.
import { describe, expect, it } from 'vitest';
import type { StoredProduct } from '@/utils/catalogue/schema';
import type { ReadListing } from '@/utils/fill/read';
import { planSave, savedMessage, targetSku, unreadFields, updateFromListing } from '@/utils/publish/save-to-catalogue';
import { photo } from '../catalogue/fixtures';

const URL_222 = 'https://seller.shopee.co.id/portal/product/222';
const read = (over: Partial<ReadListing> = {}): ReadListing => ({
  name: 'Keripik Singkong Balado Pedas 250 gr', description: 'Renyah.\nTanpa pengawet.', price: 15_000, stock: 40, weightGrams: 250,
  sku: 'KRP-BLD-250', photos: ['data:image/png;base64,AAAA'], url: URL_222, ...over,
});

const product = (over: Partial<StoredProduct> = {}): StoredProduct => ({
  sku: 'KRP-BLD-250', name: 'Keripik di katalog', description: 'Versi katalog', price: 14_000, stock: 7, weightGrams: 300,
  condition: 'new', category: 'Keripik', categoryPaths: {}, minOrder: 1, overrides: {}, listings: {}, photos: [photo(undefined, 'image/png', 'old')],
  createdAt: 1, updatedAt: 1, ...over,
});

describe('what the page did not give', () => {
  it.each([
    { what: 'everything but variants (the reader does not read them yet)', read: read(), unread: ['variants'] },
    { what: 'no photos, no weight', read: read({ photos: [], weightGrams: undefined }), unread: ['weight', 'photos', 'variants'] },
    { what: 'blank description and SKU', read: read({ description: ' \n', sku: undefined }), unread: ['description', 'sku', 'variants'] },
    { what: 'stock 0 is read (sold out), price 0 is not', read: read({ stock: 0, price: 0 }), unread: ['price', 'variants'] },
    { what: 'a reader that gives variants (none on this listing)', read: { ...read(), variants: [] } as ReadListing, unread: [] },
    { what: 'nothing at all', read: { photos: [], url: URL_222 }, unread: ['name', 'description', 'price', 'stock', 'weight', 'photos', 'sku', 'variants'] },
  ])('$what → $unread', ({ read, unread }) => {
    expect(unreadFields(read)).toEqual(unread);
  });
});

describe('the catalogue SKU', () => {
  it.each([
    { what: 'the seller typed one', typed: ' KRP-01 ', read: read(), sku: 'KRP-01' },
    { what: 'nothing typed: the page’s SKU', typed: undefined, read: read(), sku: 'KRP-BLD-250' },
    { what: 'blank typed, no SKU on the page: made from the listing id', typed: '  ', read: read({ sku: undefined }), sku: 'SHP-222' },
  ])('$what → $sku', ({ typed, read, sku }) => {
    expect(targetSku('shopee', read, typed, 0)).toBe(sku);
  });
});

describe('new product or link', () => {
  it.each([
    { what: 'SKU not in the catalogue', existing: undefined, read: read(), plan: { action: 'created', sku: 'KRP-BLD-250', blocked: [] } },
    { what: 'SKU in the catalogue', existing: product(), read: read(), plan: { action: 'linked', sku: 'KRP-BLD-250', blocked: [] } },
    // a product that exists is linked even when the page lacks a name: nothing is made from the page
    { what: 'SKU in the catalogue, name not read', existing: product(), read: read({ name: undefined }), plan: { action: 'linked', blocked: [] } },
  ])('$what → $plan.action', ({ existing, read, plan }) => {
    expect(planSave('shopee', read, 'KRP-BLD-250', existing, 5)).toMatchObject(plan);
  });

  it.each([
    { what: 'no name', read: read({ name: undefined }), blocked: ['Nama produk tidak terbaca'] },
    { what: 'no price', read: read({ price: undefined }), blocked: ['Harga tidak terbaca'] },
  ])('a new product cannot be made with $what', ({ read, blocked }) => {
    expect(planSave('shopee', read, 'NEW-1', undefined, 5).blocked.map((b) => b.id)).toEqual(blocked);
  });

  it.each([
    { what: 'not linked on Shopee yet', links: {}, replaces: undefined },
    { what: 'linked to this same listing', links: { shopee: { url: URL_222, externalId: '222', state: 'live' as const } }, replaces: undefined },
    { what: 'linked to another Shopee listing', links: { shopee: { url: 'https://seller.shopee.co.id/portal/product/111', externalId: '111', state: 'live' as const } }, replaces: '111' },
    { what: 'linked on Lazada only', links: { lazada: { url: 'https://x', externalId: '9', state: 'live' as const } }, replaces: undefined },
  ])('$what → replaces $replaces', ({ links, replaces }) => {
    expect(planSave('shopee', read(), 'KRP-BLD-250', product({ listings: links }), 5).replaces?.externalId).toBe(replaces);
  });
});

describe('updating the catalogue from the page (only when the seller asks)', () => {
  it('takes every field the page gave, keeps the rest, and links the listing', () => {
    const updated = updateFromListing(product({ brand: 'Maicih' }), 'shopee', read(), [photo(undefined, 'image/png', 'new')], 9);
    expect(updated).toMatchObject({
      sku: 'KRP-BLD-250', name: 'Keripik Singkong Balado Pedas 250 gr', description: 'Renyah.\nTanpa pengawet.', price: 15_000, stock: 40,
      weightGrams: 250, brand: 'Maicih', listings: { shopee: { url: URL_222, externalId: '222', state: 'live' } },
    });
    expect(updated.photos.map((p) => p.id)).toEqual(['new']);
  });

  it('keeps what the page did not give', () => {
    const updated = updateFromListing(product(), 'shopee', read({ name: undefined, description: '', price: undefined, stock: undefined, weightGrams: undefined }), [], 9);
    expect(updated).toMatchObject({ name: 'Keripik di katalog', description: 'Versi katalog', price: 14_000, stock: 7, weightGrams: 300 });
    expect(updated.photos.map((p) => p.id)).toEqual(['old']);
  });

  it('a product with variants keeps its price and stock (they belong to its variants)', () => {
    const variants = { options: [{ name: 'Rasa', values: ['Pedas'] }], items: [{ sku: 'KRP-P', options: { Rasa: 'Pedas' }, price: 14_000, stock: 7 }] };
    expect(updateFromListing(product({ variants }), 'shopee', read(), [], 9)).toMatchObject({ price: 14_000, stock: 7, name: 'Keripik Singkong Balado Pedas 250 gr' });
  });
});

describe('what the seller is told', () => {
  it.each([
    { action: 'created' as const, updated: false, id: 'Disimpan sebagai produk baru KRP-01, terhubung ke produk Shopee ini.', en: 'Saved as new product KRP-01, linked to this Shopee listing.' },
    { action: 'linked' as const, updated: false, id: 'Produk Shopee ini kini terhubung ke KRP-01; data katalog tidak diubah.', en: 'This Shopee listing is now linked to KRP-01; the catalogue data was kept as it is.' },
    { action: 'linked' as const, updated: true, id: 'Produk Shopee ini kini terhubung ke KRP-01; data katalog diperbarui dari halaman ini.', en: 'This Shopee listing is now linked to KRP-01; the catalogue was updated from this page.' },
  ])('$action (updated: $updated)', ({ action, updated, id, en }) => {
    expect(savedMessage(action, 'KRP-01', 'Shopee', updated)).toEqual({ id, en });
  });
});
