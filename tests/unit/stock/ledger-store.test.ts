// The stock ledger's storage item: its first value carries every listing link the catalogue already
// holds (the data of today's version: `listings.<platform>` on products) into ledger entries, each at the
// catalogue's current stock per stock SKU; links made later join without touching what is there.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { catalogue } from '@/utils/catalogue/api';
import { emptyStockLedger, stockLedgerSchema } from '@/utils/stock/ledger';
import { linkListings, withStocks } from '@/utils/stock/links';
import { readLedger, stockLedgerItem } from '@/utils/stock/store';
import { catalogueOf, KAOS, MUG } from './fake-shops';

const TAS = { sku: 'TAS', name: 'Tas anyaman', price: 90_000, stock: 4, photos: [] };
/** A link with neither id nor address cannot be found again on the shop: nothing to keep in step. */
const SCARF = { ...TAS, sku: 'SCARF', stock: 6, listings: { blibli: { state: 'draft' as const } } };
const EKATALOG = { ...TAS, sku: 'MEJA', stock: 2, listings: { ekatalog: { url: 'https://katalog.inaproc.id/produk/9', state: 'submitted' as const } } };

beforeEach(async () => {
  await catalogueOf(MUG, KAOS, TAS, SCARF, EKATALOG);
  fakeBrowser.reset(); // nothing stored yet: as on the first start of the version with the ledger
});

describe('the ledger from today\'s listing links', () => {
  it('every linked listing starts at the catalogue stock, each variant its own', async () => {
    const ledger = await stockLedgerItem.getValue();
    expect(stockLedgerSchema.parse(ledger)).toEqual(ledger);
    expect(ledger.listings).toEqual({
      MUG: {
        shopee: { synced: { MUG: 10 }, pushedAt: null },
        'tiktok-tokopedia': { synced: { MUG: 10 }, pushedAt: null },
        lazada: { synced: { MUG: 10 }, pushedAt: null },
      },
      KAOS: {
        shopee: { synced: { 'KAOS-M': 5, 'KAOS-L': 3 }, pushedAt: null },
        lazada: { synced: { 'KAOS-M': 5, 'KAOS-L': 3 }, pushedAt: null },
      },
      MEJA: { ekatalog: { synced: { MEJA: 2 }, pushedAt: null } },
    });
    expect(ledger.conflicts).toEqual([]);
    expect(ledger.applied).toEqual([]);
  });

  it('is lossless: one entry per link that names its listing, nothing else', async () => {
    const products = await catalogue.list();
    const links = products.flatMap((p) => Object.entries(p.listings).filter(([, l]) => l?.externalId || l?.url).map(([platform]) => `${p.sku}|${platform}`));
    const ledger = await readLedger();
    const entries = Object.entries(ledger.listings).flatMap(([sku, byPlatform]) => Object.keys(byPlatform ?? {}).map((platform) => `${sku}|${platform}`));
    expect(entries.sort()).toEqual(links.sort());
  });

  it('is stored once: a later catalogue change does not rewrite what the ledger holds', async () => {
    await stockLedgerItem.getValue();
    await catalogue.save({ ...MUG, stock: 3 });
    expect((await readLedger()).listings.MUG?.shopee?.synced).toEqual({ MUG: 10 });
  });

  it('a damaged stored ledger is rebuilt from the links rather than trusted', async () => {
    await fakeBrowser.storage.local.set({ stockLedger: { version: 1, listings: 'oops' } });
    expect((await readLedger()).listings.MUG?.lazada).toEqual({ synced: { MUG: 10 }, pushedAt: null });
  });
});

describe('links made later', () => {
  it('join the ledger; listings already there keep their last synced stock', async () => {
    const start = linkListings(emptyStockLedger(), [{ ...MUG, stock: 10, variants: undefined, listings: { shopee: { externalId: '111', state: 'live' } } }]);
    const synced = { ...start, listings: { MUG: { shopee: { synced: { MUG: 7 }, pushedAt: 5 } } } };
    const next = linkListings(synced, [{ ...MUG, stock: 9, variants: undefined, listings: { ...MUG.listings! } as never }]);
    expect(next.listings.MUG).toEqual({
      shopee: { synced: { MUG: 7 }, pushedAt: 5 },
      'tiktok-tokopedia': { synced: { MUG: 9 }, pushedAt: null },
      lazada: { synced: { MUG: 9 }, pushedAt: null },
    });
    // Nothing new: the very same ledger comes back (no needless storage write).
    expect(linkListings(next, [{ ...MUG, stock: 9, variants: undefined, listings: MUG.listings as never }])).toBe(next);
  });

  it("a link that records its last synced stock starts from it (a product without variants)", () => {
    const next = linkListings(emptyStockLedger(), [{ ...MUG, stock: 25, variants: undefined, listings: { lazada: { externalId: '333', state: 'live', lastSyncedStock: 10 } } }]);
    expect(next.listings.MUG).toEqual({ lazada: { synced: { MUG: 10 }, pushedAt: null } });
  });

  it('a variant added to a linked product joins each listing at its stock', async () => {
    const kaos = (await catalogue.get('KAOS'))!;
    const before = linkListings(emptyStockLedger(), [kaos]);
    const items = [...kaos.variants!.items, { sku: 'KAOS-XL', options: { Ukuran: 'XL' }, price: 50_000, stock: 2 }];
    const after = linkListings(before, [{ ...kaos, variants: { ...kaos.variants!, items } }]);
    expect(after.listings.KAOS?.lazada?.synced).toEqual({ 'KAOS-M': 5, 'KAOS-L': 3, 'KAOS-XL': 2 });
  });
});

describe('catalogue stock written back', () => {
  it('a product with variants keeps their sum as its stock', async () => {
    const kaos = (await catalogue.get('KAOS'))!;
    const next = withStocks(kaos, { 'KAOS-M': 1 });
    expect(next.variants!.items.map((i) => i.stock)).toEqual([1, 3]);
    expect(next.stock).toBe(4);
    expect(withStocks((await catalogue.get('MUG'))!, { MUG: 0 }).stock).toBe(0);
  });
});
