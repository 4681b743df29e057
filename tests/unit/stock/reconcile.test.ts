import { describe, expect, it } from 'vitest';
import {
  emptyStockLedger,
  readingSchema,
  stockLedgerSchema,
  type CatalogueStocks,
  type Reading,
  type StockLedger,
} from '../../../utils/stock/ledger';
import { readingsFromRow } from '../../../utils/stock/reading';
import { reconcile, type Reconciled } from '../../../utils/stock/reconcile';
import { acceptConflict, rejectConflict } from '../../../utils/stock/conflicts';
import { planPushes, recordPush } from '../../../utils/stock/pushes';
import type { PlatformId } from '../../../utils/platforms/hosts';

const PUSHED_AT = 1_000;

/** A mug (no variants) on three shops, a T-shirt in M and L on two, a bag only on Shopee. */
function shop(): { catalogue: CatalogueStocks; ledger: StockLedger } {
  const catalogue: CatalogueStocks = { MUG: { MUG: 10 }, KAOS: { 'KAOS-M': 5, 'KAOS-L': 3 }, TAS: { TAS: 4 } };
  let ledger = emptyStockLedger();
  const link = (productSku: string, platform: PlatformId, stocks: Record<string, number>) => {
    ledger = recordPush(ledger, { productSku, platform, stocks }, PUSHED_AT);
  };
  for (const p of ['shopee', 'tiktok-tokopedia', 'lazada'] as const) link('MUG', p, { MUG: 10 });
  for (const p of ['shopee', 'lazada'] as const) link('KAOS', p, { 'KAOS-M': 5, 'KAOS-L': 3 });
  link('TAS', 'shopee', { TAS: 4 });
  return { catalogue, ledger };
}

let n = 0;
function reading(platform: PlatformId, sku: string, seenStock: number, readAt = 2_000): Reading {
  return { id: `r${++n}`, platform, sku, seenStock, readAt };
}

/** Tokopedia shows 15 mugs where Serentak last put 10 (the seller restocked there by hand). */
function raiseOnTokopedia(): Reconciled {
  const start = shop();
  return reconcile(start.catalogue, start.ledger, reading('tiktok-tokopedia', 'MUG', 15));
}

/** What a seller would see: the pushes as `platform → stocks`. */
const pushed = (r: Pick<Reconciled, 'pushes'>) =>
  Object.fromEntries(r.pushes.map((p) => [p.platform, p.stocks]));

describe('reconcile one reading', () => {
  it.each([
    {
      name: 'a sale on Shopee lowers the catalogue and every other shop',
      product: 'MUG',
      reading: reading('shopee', 'MUG', 8),
      buffer: 0,
      outcome: 'sale',
      catalogue: { MUG: 8 },
      events: [{ sku: 'MUG', delta: -2, source: 'sale:shopee' }],
      pushes: { 'tiktok-tokopedia': { MUG: 8 }, lazada: { MUG: 8 } },
    },
    {
      name: 'the same stock as last synced changes nothing',
      product: 'MUG',
      reading: reading('lazada', 'MUG', 10),
      buffer: 0,
      outcome: 'same',
      catalogue: { MUG: 10 },
      events: [],
      pushes: {},
    },
    {
      name: 'a variant sale counts for that variant only',
      product: 'KAOS',
      reading: reading('lazada', 'KAOS-L', 1),
      buffer: 0,
      outcome: 'sale',
      catalogue: { 'KAOS-M': 5, 'KAOS-L': 1 },
      events: [{ sku: 'KAOS-L', delta: -2, source: 'sale:lazada' }],
      pushes: { shopee: { 'KAOS-M': 5, 'KAOS-L': 1 } },
    },
    {
      name: 'a product on no other shop pushes nothing',
      product: 'TAS',
      reading: reading('shopee', 'TAS', 3),
      buffer: 0,
      outcome: 'sale',
      catalogue: { TAS: 3 },
      events: [{ sku: 'TAS', delta: -1, source: 'sale:shopee' }],
      pushes: {},
    },
    {
      name: 'a raised stock is a conflict, never applied by itself',
      product: 'MUG',
      reading: reading('tiktok-tokopedia', 'MUG', 15),
      buffer: 0,
      outcome: 'conflict',
      catalogue: { MUG: 10 },
      events: [],
      pushes: {},
    },
    {
      name: 'a reading older than the last push there is ignored',
      product: 'MUG',
      reading: reading('shopee', 'MUG', 7, PUSHED_AT - 1),
      buffer: 0,
      outcome: 'before-push',
      catalogue: { MUG: 10 },
      events: [],
      pushes: {},
    },
    {
      name: 'a SKU the catalogue does not know is not linked',
      product: 'GELAS',
      reading: reading('shopee', 'GELAS', 2),
      buffer: 0,
      outcome: 'not-linked',
      catalogue: undefined,
      events: [],
      pushes: {},
    },
    {
      name: 'a product with variants read by its own SKU (a total) is not pinned on a variant',
      product: 'KAOS',
      reading: reading('shopee', 'KAOS', 2),
      buffer: 0,
      outcome: 'not-linked',
      catalogue: { 'KAOS-M': 5, 'KAOS-L': 3 },
      events: [],
      pushes: {},
    },
  ])('$name', ({ product, reading: r, buffer, outcome, catalogue, events, pushes }) => {
    const { catalogue: before, ledger } = shop();
    const out = reconcile(before, ledger, r, { buffer });
    expect(out.outcome).toBe(outcome);
    expect(out.catalogueStocks[product]).toEqual(catalogue);
    expect(out.events).toEqual(events.map((e) => ({ ...e, at: r.readAt })));
    expect(pushed(out)).toEqual(pushes);
  });
});

describe('never below zero', () => {
  it.each([
    { catalogueStock: 1, synced: 10, seen: 4, expected: 0, delta: -1 },
    { catalogueStock: 0, synced: 3, seen: 0, expected: 0, delta: null },
    { catalogueStock: 6, synced: 6, seen: 0, expected: 0, delta: -6 },
  ])('catalogue $catalogueStock, synced $synced, seen $seen → $expected', (row) => {
    const { catalogueStock, synced, seen, expected, delta } = row;
    const link = { productSku: 'MUG', platform: 'shopee' as const, stocks: { MUG: synced } };
    const ledger = recordPush(emptyStockLedger(), link, 0);
    const out = reconcile({ MUG: { MUG: catalogueStock } }, ledger, reading('shopee', 'MUG', seen));
    expect(out.catalogueStocks.MUG).toEqual({ MUG: expected });
    expect(out.events.map((e) => e.delta)).toEqual(delta === null ? [] : [delta]);
  });
});

describe('safety buffer', () => {
  it.each([
    { buffer: 2, seen: 6, catalogue: 8, target: 6, pushesTo: ['tiktok-tokopedia', 'lazada'] },
    { buffer: 2, seen: 7, catalogue: 9, target: 7, pushesTo: ['tiktok-tokopedia', 'lazada'] },
    { buffer: 20, seen: 5, catalogue: 7, target: 0, pushesTo: ['shopee', 'tiktok-tokopedia', 'lazada'] },
  ])('buffer $buffer: Shopee shows $seen of 8 → catalogue $catalogue, shops show $target', (row) => {
    // The shops were synced to 10 − 2 = 8 with the buffer on.
    let ledger = emptyStockLedger();
    for (const platform of ['shopee', 'tiktok-tokopedia', 'lazada'] as const)
      ledger = recordPush(ledger, { productSku: 'MUG', platform, stocks: { MUG: 8 } }, PUSHED_AT);
    const out = reconcile({ MUG: { MUG: 10 } }, ledger, reading('shopee', 'MUG', row.seen), { buffer: row.buffer });
    expect(out.catalogueStocks.MUG).toEqual({ MUG: row.catalogue });
    expect(out.pushes.map((p) => p.platform)).toEqual(row.pushesTo);
    expect(out.pushes.every((p) => p.stocks.MUG === row.target)).toBe(true);
  });

  it('planPushes with a buffer asks every shop for N fewer, never below 0', () => {
    const { catalogue, ledger } = shop();
    expect(pushed({ pushes: planPushes(catalogue, ledger, 'KAOS', 4) })).toEqual({
      shopee: { 'KAOS-M': 1, 'KAOS-L': 0 },
      lazada: { 'KAOS-M': 1, 'KAOS-L': 0 },
    });
  });
});

/** Readings in order, each reconciled against the state the previous one left. */
function replay(readings: Reading[], start = shop()) {
  let { catalogue, ledger } = start;
  const outs: Reconciled[] = [];
  for (const r of readings) {
    const out = reconcile(catalogue, ledger, r);
    outs.push(out);
    ({ catalogueStocks: catalogue, ledger } = out);
  }
  return { catalogue, ledger, outs };
}

describe('readings in sequence', () => {
  it('two sales on two shops between syncs both count, and the first seller is corrected too', () => {
    // Shopee sold 2 and Tokopedia sold 1 before any push went out.
    const { catalogue, outs } = replay([reading('shopee', 'MUG', 8), reading('tiktok-tokopedia', 'MUG', 9)]);
    expect(catalogue.MUG).toEqual({ MUG: 7 });
    expect(outs.flatMap((o) => o.events.map((e) => [e.source, e.delta]))).toEqual([
      ['sale:shopee', -2],
      ['sale:tiktok-tokopedia', -1],
    ]);
    // Tokopedia still shows 9 of a real 7: it is pushed as well, or it would oversell.
    expect(pushed(outs[1]!)).toEqual({ shopee: { MUG: 7 }, 'tiktok-tokopedia': { MUG: 7 }, lazada: { MUG: 7 } });
  });

  it.each([
    { name: 'the same reading delivered twice', second: (r: Reading) => r, outcome: 'seen-before' },
    {
      name: 'the same stock read again from a reload',
      second: (r: Reading) => ({ ...r, id: 'reload', readAt: 3_000 }),
      outcome: 'same',
    },
  ])('never counted twice: $name', ({ second, outcome }) => {
    const first = reading('shopee', 'MUG', 8);
    const { catalogue, outs } = replay([first, second(first)]);
    expect(catalogue.MUG).toEqual({ MUG: 8 });
    expect(outs[1]).toMatchObject({ outcome, events: [], conflicts: [], pushes: [] });
  });

  it('never counted twice: a list-page row with variants yields one reading per variant, each once', () => {
    const stocks = { 'KAOS-M': 4, 'KAOS-L': 2 };
    const row = { platform: 'lazada' as const, listing: '998', stocks, pageLoadedAt: 2_000 };
    const rs = readingsFromRow(row);
    expect(rs.map((r) => r.sku)).toEqual(['KAOS-M', 'KAOS-L']);
    expect(new Set(rs.map((r) => r.id)).size).toBe(2);
    const { catalogue } = replay([...rs, ...readingsFromRow(row)]);
    expect(catalogue.KAOS).toEqual({ 'KAOS-M': 4, 'KAOS-L': 2 });
  });

  it('a reading taken before a push is ignored, one taken after it counts', () => {
    const start = shop();
    const ledger = recordPush(start.ledger, { productSku: 'MUG', platform: 'lazada', stocks: { MUG: 10 } }, 5_000);
    const { catalogue, outs } = replay([reading('lazada', 'MUG', 6, 4_999), reading('lazada', 'MUG', 9, 5_001)], {
      ...start,
      ledger,
    });
    expect(outs.map((o) => o.outcome)).toEqual(['before-push', 'sale']);
    expect(catalogue.MUG).toEqual({ MUG: 9 });
  });

  it('the pushes survive the service worker: the stored ledger plans them again until each is recorded', () => {
    const out = reconcile(shop().catalogue, shop().ledger, reading('shopee', 'MUG', 8));
    const stored = stockLedgerSchema.parse(JSON.parse(JSON.stringify(out.ledger)));
    const catalogue = JSON.parse(JSON.stringify(out.catalogueStocks)) as CatalogueStocks;
    expect(planPushes(catalogue, stored, 'MUG')).toEqual(out.pushes);
    const afterOne = recordPush(stored, out.pushes[0]!, 6_000);
    expect(planPushes(catalogue, afterOne, 'MUG').map((p) => p.platform)).toEqual(['lazada']);
  });
});

describe('a raised stock', () => {
  const raise = () => {
    const out = raiseOnTokopedia();
    return { ...out, conflict: out.conflicts[0]! };
  };

  it('waits for the seller, once, even when the page is reloaded', () => {
    const first = raise();
    expect(first.conflict).toMatchObject({ sku: 'MUG', platform: 'tiktok-tokopedia', seen: 15, lastSynced: 10 });
    const again = reconcile(first.catalogueStocks, first.ledger, reading('tiktok-tokopedia', 'MUG', 15, 3_000));
    expect(again).toMatchObject({ outcome: 'conflict', conflicts: [], pushes: [] });
    expect(again.ledger.conflicts).toHaveLength(1);
    expect(again.catalogueStocks.MUG).toEqual({ MUG: 10 });
  });

  it.each([
    {
      answer: 'accept',
      resolve: acceptConflict,
      catalogue: 15,
      events: [{ sku: 'MUG', delta: 5, source: 'conflict:tiktok-tokopedia', at: 9_000 }],
      pushes: { shopee: { MUG: 15 }, lazada: { MUG: 15 } },
    },
    {
      answer: 'reject',
      resolve: rejectConflict,
      catalogue: 10,
      events: [],
      pushes: { 'tiktok-tokopedia': { MUG: 10 } },
    },
  ])('$answer', ({ resolve, catalogue, events, pushes }) => {
    const { catalogueStocks, ledger, conflict } = raise();
    const out = resolve(catalogueStocks, ledger, conflict, { at: 9_000 });
    expect(out.catalogueStocks.MUG).toEqual({ MUG: catalogue });
    expect(out.events).toEqual(events);
    expect(pushed(out)).toEqual(pushes);
    expect(out.ledger.conflicts).toEqual([]);
  });

  it('a later sale there replaces the waiting conflict', () => {
    const { catalogueStocks, ledger } = raise();
    const out = reconcile(catalogueStocks, ledger, reading('tiktok-tokopedia', 'MUG', 9, 3_000));
    expect(out.outcome).toBe('sale');
    expect(out.ledger.conflicts).toEqual([]);
  });
});

describe('schemas', () => {
  it.each([
    [{ id: 'a', platform: 'shopee', sku: 'MUG', seenStock: 3, readAt: 1 }, true],
    [{ id: 'a', platform: 'shopee', sku: 'MUG', seenStock: -1, readAt: 1 }, false],
    [{ id: 'a', platform: 'bukalapak', sku: 'MUG', seenStock: 3, readAt: 1 }, false],
    [{ id: '', platform: 'lazada', sku: 'MUG', seenStock: 3, readAt: 1 }, false],
  ])('reading %j valid: %s', (input, ok) => {
    expect(readingSchema.safeParse(input).success).toBe(ok);
  });

  it('a ledger round-trips through JSON', () => {
    const { ledger } = raiseOnTokopedia();
    expect(stockLedgerSchema.parse(JSON.parse(JSON.stringify(ledger)))).toEqual(ledger);
  });
});
