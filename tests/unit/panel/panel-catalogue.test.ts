// @vitest-environment node
// What the panel lists and what it will fill, answered by the background (the panel's iframe may be
// refused IndexedDB on a marketplace page): newest first, search by name or SKU, and the listing
// exactly as "Terbitkan ke semua" builds it (the seller's rules, then the platform's limits).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { catalogue } from '@/utils/catalogue/api';
import { db } from '@/utils/catalogue/db';
import { platformRulesSetting } from '@/utils/settings';
import { DEFAULT_PUBLISH_SETTINGS } from '@/utils/publish/rules-setting';
import { panelListing, panelProducts, PANEL_PRODUCTS_MAX, rememberCategoryPath, rememberCategoryPaths } from '@/entrypoints/background/panel-catalogue';
import { draft } from '../catalogue/fixtures';

async function seed(skus: string[]) {
  // saved one after another, so the last one is the newest
  for (const [i, sku] of skus.entries()) {
    vi.setSystemTime(Date.parse('2026-03-01T08:00:00Z') + i * 60_000);
    await catalogue.save(draft({ sku, name: `Produk ${sku}` }));
  }
  vi.useRealTimers();
}

describe('the panel’s catalogue', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await catalogue.clear();
  });

  it.each([
    { query: '', expected: ['TAS-07', 'KOPI-1', 'KRP-01'] },
    { query: 'kopi', expected: ['KOPI-1'] },
    { query: 'produk krp', expected: ['KRP-01'] },
    { query: 'sepatu', expected: [] },
  ])('"$query" → $expected, newest first', async ({ query, expected }) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    await seed(['KRP-01', 'KOPI-1', 'TAS-07']);
    const reply = await panelProducts(query);
    expect(reply.products.map((p) => p.sku)).toEqual(expected);
    expect(reply.total).toBe(3);
  });

  it(`lists at most ${PANEL_PRODUCTS_MAX}, and says how many match`, async () => {
    await catalogue.bulkSave(Array.from({ length: 45 }, (_, i) => draft({ sku: `SKU-${i}`, name: `Keripik ${i}` })));
    const reply = await panelProducts('keripik');
    expect(reply.products).toHaveLength(PANEL_PRODUCTS_MAX);
    expect(reply.matches).toBe(45);
  });

  it(`before anything is typed, lists the newest ${PANEL_PRODUCTS_MAX}; a damaged newest record is left out`, async () => {
    await catalogue.bulkSave(Array.from({ length: 45 }, (_, i) => draft({ sku: `SKU-${i}`, name: `Keripik ${i}` })));
    const newest = await panelProducts('');
    expect(newest.products).toHaveLength(PANEL_PRODUCTS_MAX);
    expect(newest.total).toBe(45);
    // an older build (or a hand edit) left a record that no longer validates, and it is the newest
    await db.products.put({ sku: 'RUSAK-1', name: '', price: 'lima ribu', updatedAt: Date.now() + 60_000 });
    const again = await panelProducts('');
    expect(again.products.map((p) => p.sku)).not.toContain('RUSAK-1');
    expect(again.products).toHaveLength(PANEL_PRODUCTS_MAX);
  });

  it('builds the listing with the seller’s rules for that platform, photos as data URLs', async () => {
    await catalogue.save(draft());
    await platformRulesSetting.setValue({
      ...DEFAULT_PUBLISH_SETTINGS,
      rules: { shopee: { markupPercent: 10, roundTo: 500 } },
    });
    const shopee = await panelListing('KRP-01', 'shopee');
    const lazada = await panelListing('KRP-01', 'lazada');
    if (!shopee.ok || !lazada.ok) throw new Error('listing not built');
    expect(shopee.listing).toMatchObject({ platform: 'shopee', sku: 'KRP-01', price: 16500 });
    expect(shopee.listing.photos[0]).toMatch(/^data:image\/png;base64,/);
    expect(shopee.changes.map((c) => c.field)).toContain('price');
    expect(lazada.listing).toMatchObject({ platform: 'lazada', price: 15000 });
  });

  it('says so, in both languages, when the product is gone', async () => {
    const reply = await panelListing('HILANG-1', 'shopee');
    expect(reply).toEqual({
      ok: false,
      error: { id: 'Produk ini tidak ada lagi di katalog.', en: 'This product is no longer in the catalogue.' },
    });
  });

  it('remembers the category path a fill chose, per platform, and offers it on the next listing', async () => {
    await catalogue.save(draft({ categoryPaths: { lazada: ['Groceries', 'Snacks', 'Chips & Crisps'] } }));
    await rememberCategoryPath('KRP-01', 'shopee', ['Makanan & Minuman', 'Makanan Ringan', 'Keripik']);
    const stored = await catalogue.get('KRP-01');
    expect(stored?.categoryPaths).toEqual({
      lazada: ['Groceries', 'Snacks', 'Chips & Crisps'],
      shopee: ['Makanan & Minuman', 'Makanan Ringan', 'Keripik'],
    });
    const next = await panelListing('KRP-01', 'shopee');
    expect(next.ok && next.listing.categoryPath).toEqual(['Makanan & Minuman', 'Makanan Ringan', 'Keripik']);
  });

  it('remembers several platforms’ paths in one save, and does not save when none changed', async () => {
    await catalogue.save(draft({ categoryPaths: { lazada: ['Groceries', 'Snacks'] } }));
    const save = vi.spyOn(catalogue, 'save');
    await rememberCategoryPaths('KRP-01', { lazada: ['Groceries', 'Snacks'] });
    expect(save).not.toHaveBeenCalled();
    await rememberCategoryPaths('KRP-01', { lazada: ['Groceries', 'Snacks'], shopee: ['Makanan & Minuman', 'Keripik'], blibli: ['Makanan', 'Keripik'] });
    expect(save).toHaveBeenCalledTimes(1);
    expect((await catalogue.get('KRP-01'))?.categoryPaths).toEqual({
      lazada: ['Groceries', 'Snacks'],
      shopee: ['Makanan & Minuman', 'Keripik'],
      blibli: ['Makanan', 'Keripik'],
    });
    save.mockRestore();
  });
});
