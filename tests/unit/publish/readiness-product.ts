import type { ReadinessProduct } from '@/utils/publish/readiness';

/** A square photo big enough for every platform. */
export const square = { width: 800, height: 800, bytes: 200_000 };

/** A product every platform accepts as it is; tests override only what they are about. */
export function readyProduct(over: Partial<ReadinessProduct> = {}): ReadinessProduct {
  return {
    sku: 'KRP-01',
    name: 'Keripik Singkong Balado Pedas 250 gr',
    description: 'Keripik singkong renyah.\nTanpa pengawet.',
    price: 15_000,
    stock: 40,
    weightGrams: 250,
    condition: 'new',
    category: 'Keripik singkong',
    categoryPaths: {},
    minOrder: 1,
    overrides: {},
    listings: {},
    ekatalog: { unit: 'pcs', kbki: '21700' },
    photos: [square, square, square],
    createdAt: 0,
    updatedAt: 0,
    ...over,
  };
}
