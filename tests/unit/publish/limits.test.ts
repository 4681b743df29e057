import { describe, expect, it } from 'vitest';
import type { PlatformId } from '@/utils/platforms/hosts';
import { getPlatform } from '@/utils/platforms/registry';
import { publishLimits } from '@/utils/publish/limits';
import { readiness, type ReadinessProduct } from '@/utils/publish/readiness';
import { readyProduct as product } from './readiness-product';


// A [guess] limit only warns: a wrong guess must never stop a seller from publishing.
const guesses: { what: string; platform: PlatformId; product: Partial<ReadinessProduct>; code: string }[] = [
  { what: 'price under Shopee guessed minimum', platform: 'shopee', product: { price: 50 }, code: 'price-too-low' },
  { what: 'price over Shopee guessed maximum', platform: 'shopee', product: { price: 200_000_000 }, code: 'price-too-high' },
  { what: 'price under Lazada guessed minimum', platform: 'lazada', product: { price: 500 }, code: 'price-too-low' },
  { what: 'price over Blibli guessed maximum', platform: 'blibli', product: { price: 2_000_000_000 }, code: 'price-too-high' },
  { what: 'empty name on Lazada (no minimum seen)', platform: 'lazada', product: { name: '' }, code: 'name-too-short' },
];

describe('limits come from the adapter, and a [guess] only warns', () => {
  it.each(guesses)('$what → $code warning', (row) => {
    const r = readiness(product(row.product), row.platform);
    expect(r.issues).toContainEqual(expect.objectContaining({ code: row.code, level: 'warning' }));
    expect(r.verdict).toBe('changes');
  });

  it('the same bound blocks once the adapter marks it [seen]', () => {
    const shopee = getPlatform('shopee').limits;
    const seen = publishLimits({ ...shopee, seen: ['priceMin', 'priceMax'] });
    const r = readiness(product({ price: 50 }), 'shopee', undefined, seen);
    expect(r.issues).toContainEqual(expect.objectContaining({ code: 'price-too-low', level: 'blocker' }));
    expect(r.verdict).toBe('blocked');
  });

  it("readiness checks the adapter's own numbers (one table, no drift)", () => {
    const tiktok = getPlatform('tiktok-tokopedia').limits;
    const atMax = readiness(product({ price: tiktok.priceMax }), 'tiktok-tokopedia');
    const over = readiness(product({ price: tiktok.priceMax + 1 }), 'tiktok-tokopedia');
    expect(atMax.verdict).toBe('ready');
    expect(over.issues).toContainEqual(expect.objectContaining({ code: 'price-too-high', level: 'blocker' }));
  });
});
