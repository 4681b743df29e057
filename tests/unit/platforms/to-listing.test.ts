import { describe, expect, test } from 'vitest';
import type { ProductFile } from '../../../utils/catalogue/schema';
import { getPlatform } from '../../../utils/platforms/registry';
import { cutAtWord, toListing } from '../../../utils/publish/build-listing';
import type { PlatformId } from '../../../utils/platforms/hosts';

const photo = 'data:image/png;base64,iVBORw0KGgo=';
const base: ProductFile = {
  sku: 'KRP-1', name: 'Keripik Singkong Balado Pedas Renyah 250 gr', description: 'Renyah dan pedas, tanpa pengawet sama sekali.',
  price: 15000, stock: 40, weightGrams: 250, condition: 'new', category: 'Keripik singkong', categoryPaths: {},
  minOrder: 1, photos: [photo], overrides: {}, listings: {}, createdAt: 0, updatedAt: 0,
};
const long = 'Keripik ' + 'renyah '.repeat(40);

const cases: { platform: PlatformId; product: Partial<ProductFile>; expect: { field: string; level: string }[]; check?: (l: any) => void }[] = [
  { platform: 'shopee', product: {}, expect: [] },
  { platform: 'shopee', product: { name: long }, expect: [{ field: 'name', level: 'warning' }], check: (l) => expect(l.name.length).toBeLessThanOrEqual(255) },
  { platform: 'shopee', product: { photos: Array(9).fill(photo) }, expect: [] },
  { platform: 'lazada', product: { photos: Array(9).fill(photo) }, expect: [{ field: 'weight', level: 'info' }, { field: 'photos', level: 'warning' }], check: (l) => expect(l.photos).toHaveLength(8) },
  { platform: 'lazada', product: {}, expect: [{ field: 'photos', level: 'blocker' }, { field: 'weight', level: 'info' }] },
  { platform: 'tiktok-tokopedia', product: { name: 'Keripik pedas' }, expect: [{ field: 'name', level: 'blocker' }] },
  { platform: 'tiktok-tokopedia', product: { price: 50 }, expect: [{ field: 'price', level: 'blocker' }] },
  // Shopee's price bounds are a [guess]: breaking them warns, never blocks (as readiness does)
  { platform: 'shopee', product: { price: 50 }, expect: [{ field: 'price', level: 'warning' }] },
  { platform: 'shopee', product: { weightGrams: undefined }, expect: [{ field: 'weight', level: 'blocker' }] },
  { platform: 'ekatalog', product: { weightGrams: undefined }, expect: [] },
  { platform: 'shopee', product: { stock: 5_000_000 }, expect: [{ field: 'stock', level: 'warning' }], check: (l) => expect(l.stock).toBe(999_999) },
  { platform: 'shopee', product: { overrides: { shopee: { price: 17000 } } }, expect: [], check: (l) => expect(l.price).toBe(17000) },
  { platform: 'shopee', product: { categoryPaths: { shopee: ['A', 'B'] } }, expect: [], check: (l) => expect(l.categoryPath).toEqual(['A', 'B']) },
];

describe('toListing per adapter', () => {
  test.each(cases)('$platform %#', ({ platform, product, expect: wanted, check }) => {
    const { listing, changes } = toListing(getPlatform(platform), { ...base, ...product });
    expect(changes.map((c) => ({ field: c.field, level: c.level })).sort((a, b) => a.field.localeCompare(b.field))).toEqual(
      [...wanted].sort((a, b) => a.field.localeCompare(b.field)),
    );
    for (const c of changes) expect(c.message.id && c.message.en).toBeTruthy();
    expect(listing.platform).toBe(platform);
    check?.(listing);
  });

  test('a name is cut at a word boundary', () => {
    expect(cutAtWord('Keripik singkong balado', 18)).toBe('Keripik singkong');
  });
});
