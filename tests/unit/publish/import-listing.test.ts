import { describe, expect, it } from 'vitest';
import type { StoredProduct } from '@/utils/catalogue/schema';
import type { ReadListing } from '@/utils/fill/read';
import { linkExisting, missingForNew, productFromListing, skuFor } from '@/utils/publish/import-listing';

const read = (over: Partial<ReadListing> = {}): ReadListing => ({
  name: 'Keripik Singkong Balado', description: 'Renyah', price: 15_000, stock: 12, weightGrams: 250, sku: 'KRP-01', photos: [],
  url: 'https://seller.shopee.co.id/portal/product/2233445566', ...over,
});

describe('Simpan ke katalog', () => {
  it.each([
    { what: "the seller's SKU from the page", platform: 'shopee' as const, read: read(), sku: 'KRP-01' },
    { what: 'no SKU: made from the Shopee id', platform: 'shopee' as const, read: read({ sku: undefined }), sku: 'SHP-2233445566' },
    { what: 'no SKU: made from the TikTok id', platform: 'tiktok-tokopedia' as const, read: read({ sku: '  ', url: 'https://seller-id.tokopedia.com/product/edit/1729' }), sku: 'TTK-1729' },
  ])('$what → $sku', ({ platform, read, sku }) => {
    expect(skuFor(platform, read, 0)).toBe(sku);
  });

  it('a new product carries what the page showed and a live link to the listing', () => {
    expect(productFromListing('shopee', read(), [], 5)).toMatchObject({
      sku: 'KRP-01', name: 'Keripik Singkong Balado', description: 'Renyah', price: 15_000, stock: 12, weightGrams: 250,
      listings: { shopee: { url: 'https://seller.shopee.co.id/portal/product/2233445566', externalId: '2233445566', state: 'live', lastSyncedStock: 12 } },
    });
  });

  it.each([
    { what: 'no name', read: read({ name: undefined }), missing: ['Nama produk tidak terbaca'] },
    { what: 'no price', read: read({ price: undefined }), missing: ['Harga tidak terbaca'] },
    { what: 'everything there', read: read(), missing: [] },
  ])('$what → missing $missing', ({ read, missing }) => {
    expect(missingForNew(read).map((m) => m.id)).toEqual(missing);
  });

  it('linking keeps the catalogue product as it is and adds the platform link beside the others', () => {
    const existing = { sku: 'KRP-01', name: 'Nama di katalog', price: 14_000, listings: { lazada: { url: 'https://x', state: 'live' } } } as unknown as StoredProduct;
    const linked = linkExisting(existing, 'shopee', read(), 9);
    expect(linked).toMatchObject({ name: 'Nama di katalog', price: 14_000, listings: { lazada: { url: 'https://x' }, shopee: { externalId: '2233445566' } } });
  });
});
