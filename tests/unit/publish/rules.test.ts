import { describe, expect, it } from 'vitest';
import type { ProductFile } from '@/utils/catalogue/schema';
import { applyRules, DEFAULT_RULES, markedUpPrice, type PlatformRules } from '@/utils/publish/rules';

const rules = (over: Partial<PlatformRules>): PlatformRules => ({ ...DEFAULT_RULES, ...over });
const product: ProductFile = {
  sku: 'KRP-01', name: 'Keripik Singkong', description: 'Renyah.', price: 15_000, stock: 5, condition: 'new',
  category: 'Keripik', categoryPaths: {}, minOrder: 1, overrides: {}, listings: {}, photos: [], createdAt: 0, updatedAt: 0,
};

describe('markedUpPrice', () => {
  it.each([
    { price: 15_000, rule: {}, expected: 15_000 },
    { price: 15_000, rule: { markupPercent: 10 }, expected: 16_500 },
    { price: 15_000, rule: { markupPercent: 10, roundTo: 1_000 }, expected: 17_000 },
    { price: 15_000, rule: { markupFixed: 2_500 }, expected: 17_500 },
    { price: 15_000, rule: { markupPercent: 5, markupFixed: 1_000, roundTo: 500 }, expected: 17_000 },
    { price: 15_000, rule: { markupPercent: -90, markupFixed: -100_000 }, expected: 1 },
    { price: 9_999, rule: { roundTo: 100 }, expected: 10_000 },
  ])('Rp$price with $rule → Rp$expected', ({ price, rule, expected }) => {
    expect(markedUpPrice(price, rules(rule))).toBe(expected);
  });
});

describe('applyRules', () => {
  it.each([
    { what: 'no rules change nothing', rule: {}, expected: { name: 'Keripik Singkong', description: 'Renyah.', price: 15_000 } },
    { what: 'prefix and suffix around the name', rule: { namePrefix: 'PROMO', nameSuffix: 'Grosir' }, expected: { name: 'PROMO Keripik Singkong Grosir' } },
    { what: 'header and footer around the description', rule: { descriptionHeader: 'Halo kak!', descriptionFooter: 'Terima kasih' }, expected: { description: 'Halo kak!\n\nRenyah.\n\nTerima kasih' } },
    { what: 'default brand fills a product without one', rule: { defaultBrand: 'Dapur Bu Sri' }, expected: { brand: 'Dapur Bu Sri' } },
    { what: 'markup rounds to the step', rule: { markupPercent: 12, roundTo: 500 }, expected: { price: 17_000 } },
  ])('$what', ({ rule, expected }) => {
    expect(applyRules(product, rules(rule)).product).toMatchObject(expected);
  });

  it("the product's own brand wins over the default", () => {
    expect(applyRules({ ...product, brand: 'Maicih' }, rules({ defaultBrand: 'Dapur Bu Sri' })).product.brand).toBe('Maicih');
  });

  it('marks up every variant and explains the price change in both languages', () => {
    const withVariants: ProductFile = {
      ...product,
      variants: { options: [{ name: 'Rasa', values: ['Asin', 'Pedas'] }], items: [
        { sku: 'A', options: { Rasa: 'Asin' }, price: 15_000, stock: 1 },
        { sku: 'P', options: { Rasa: 'Pedas' }, price: 16_000, stock: 1 },
      ] },
    };
    const { product: out, changes } = applyRules(withVariants, rules({ markupPercent: 10, roundTo: 100 }));
    expect(out.variants?.items.map((i) => i.price)).toEqual([16_500, 17_600]);
    expect(changes).toEqual([
      { field: 'price', level: 'info', message: { id: 'Harga disesuaikan aturan toko: Rp15.000 → Rp16.500', en: 'Price adjusted by your shop rule: Rp15.000 → Rp16.500' } },
    ]);
  });
});

describe('rulesFor (settings as stored)', () => {
  it('fills defaults per field and ignores only the bad value', async () => {
    const { rulesFor, readPublishSettings } = await import('@/utils/publish/rules-setting');
    const settings = readPublishSettings({ rules: { shopee: { markupPercent: 10, roundTo: 1000 } } });
    expect(rulesFor(settings, 'shopee')).toMatchObject({ markupPercent: 10, roundTo: 1000, autoSubmit: false });
    expect(rulesFor(settings, 'lazada')).toEqual(DEFAULT_RULES);
    // a half-typed value stored from the form: roundTo 0 is not a step; the markup stays
    const damaged = readPublishSettings({ rules: { shopee: { markupPercent: 10, roundTo: 0 } } });
    expect(rulesFor(damaged, 'shopee')).toMatchObject({ markupPercent: 10, roundTo: 1 });
  });

  it('auto-submit is off unless the seller turned it on, and Tokopedia is the default host', async () => {
    const { DEFAULT_PUBLISH_SETTINGS, rulesFor } = await import('@/utils/publish/rules-setting');
    expect(rulesFor(DEFAULT_PUBLISH_SETTINGS, 'tiktok-tokopedia').autoSubmit).toBe(false);
    expect(DEFAULT_PUBLISH_SETTINGS.tiktokHost).toBe('seller-id.tokopedia.com');
  });
});
