import type { StoredProduct } from '../../../utils/catalogue/schema';

/** A valid stored product; tests override only what they are about. */
export function sampleProduct(over: Partial<StoredProduct> = {}): StoredProduct {
  return {
    sku: 'KRP-01',
    name: 'Keripik Singkong Pedas 250g',
    description: 'Renyah.\nPedas level 3.',
    price: 15000,
    stock: 40,
    weightGrams: 250,
    condition: 'new',
    category: 'Keripik singkong',
    categoryPaths: {},
    minOrder: 1,
    photos: [],
    overrides: {},
    listings: {},
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...over,
  };
}
