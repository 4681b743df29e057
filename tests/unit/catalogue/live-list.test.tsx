// The dashboard's live catalogue: patched by the SKUs a write names, never re-read whole for one edit,
// and always the same list (same order) that catalogue.list() would give. (Updates arrive from
// IndexedDB events, outside act(): the tests wait for what the hook returns.)
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { catalogue } from '@/utils/catalogue/api';
import { changedSkus, newestFirst, patchProducts, useLiveProducts } from '@/utils/catalogue/live-list';
import type { StoredProduct } from '@/utils/catalogue/schema';
import { RangeSet } from 'dexie';
import { draft } from './fixtures';


const PART = 'idb://serentak/products/';
const product = (sku: string, updatedAt: number) => ({ ...draft({ sku, photos: [] }), createdAt: 1, updatedAt }) as StoredProduct;

describe('changedSkus', () => {
  it.each([
    ['one put', { [PART]: new RangeSet().addKey('KRP-01') }, ['KRP-01']],
    ['three keys', { [PART]: new RangeSet().addKeys(['B', 'A', 'C']) }, ['A', 'B', 'C']],
    ['another table or database only', { 'idb://other/products/': new RangeSet().addKey('X') }, null],
    ['a clear (the whole range)', { [PART]: new RangeSet(-Infinity, [[[]]]) }, undefined],
    ['a range of keys', { [PART]: new RangeSet('A', 'M') }, undefined],
  ])('%s', (_what, parts, expected) => {
    const skus = changedSkus(parts);
    expect(skus === null || skus === undefined ? skus : [...skus].sort()).toEqual(expected);
  });

  it('reads a notice from another tab, whose tree arrives without its RangeSet methods', () => {
    const cloned = structuredClone({ [PART]: { ...new RangeSet().addKeys(['A', 'B']) } });
    expect(changedSkus(cloned)?.sort()).toEqual(['A', 'B']);
  });

  it('gives up on more SKUs than are worth reading one by one', () => {
    const many = Array.from({ length: 201 }, (_, i) => `S-${i}`);
    expect(changedSkus({ [PART]: new RangeSet().addKeys(many) })).toBeUndefined();
  });
});

describe('patchProducts', () => {
  const list = [product('C', 30), product('B', 20), product('A', 10)];
  it.each([
    ['an edit moves the product to the top', ['A'], [product('A', 40)], ['A', 'C', 'B']],
    ['a delete removes it', ['B'], [undefined], ['C', 'A']],
    ['a new product goes in by date', ['D'], [product('D', 25)], ['C', 'D', 'B', 'A']],
    ['a damaged record leaves the list', ['C'], [{ sku: 'C', name: '' }], ['B', 'A']],
    ['same date: higher SKU first, like the index read backwards', ['Z'], [product('Z', 20)], ['C', 'Z', 'B', 'A']],
  ])('%s', (_what, skus, records, expected) => {
    expect(patchProducts(list, skus, records).map((p) => p.sku)).toEqual(expected);
  });

  it('orders like catalogue.list()', () => {
    expect([product('A', 5), product('B', 5), product('C', 9)].sort(newestFirst).map((p) => p.sku)).toEqual(['C', 'B', 'A']);
  });
});

describe('useLiveProducts', () => {
  let root: Root;
  let seen: (StoredProduct[] | undefined)[];
  function Probe({ enabled }: { enabled: boolean }) {
    seen.push(useLiveProducts(enabled));
    return null;
  }
  const latest = () => seen.at(-1)?.map((p) => `${p.sku}:${p.price}`);

  beforeEach(async () => {
    await catalogue.clear();
    seen = [];
    root = createRoot(document.createElement('div'));
  });
  afterEach(() => {
    root.unmount();
    vi.restoreAllMocks();
  });

  it('follows saves and deletes by reading only the products they name', async () => {
    await catalogue.save(draft({ sku: 'A', photos: [] }));
    root.render(<Probe enabled />);
    await vi.waitFor(() => expect(latest()).toEqual(['A:15000']));

    const fullReads = vi.spyOn(catalogue, 'list');
    await catalogue.save(draft({ sku: 'B', price: 20000, photos: [] }));
    await vi.waitFor(() => expect(latest()).toEqual(['B:20000', 'A:15000']));
    await catalogue.save({ ...(await catalogue.get('A'))!, price: 17500 });
    await vi.waitFor(() => expect(latest()).toEqual(['A:17500', 'B:20000']));
    await catalogue.remove('B');
    await vi.waitFor(() => expect(latest()).toEqual(['A:17500']));
    expect(fullReads).not.toHaveBeenCalled();
    // and the patched list is exactly what a full read gives
    expect(seen.at(-1)).toEqual(await catalogue.list());
  });

  it('reads everything again after a clear', async () => {
    await catalogue.save(draft({ sku: 'A', photos: [] }));
    root.render(<Probe enabled />);
    await vi.waitFor(() => expect(latest()).toEqual(['A:15000']));
    await catalogue.clear();
    await vi.waitFor(() => expect(latest()).toEqual([]));
  });

  it('reads nothing while not enabled', async () => {
    const fullReads = vi.spyOn(catalogue, 'list');
    root.render(<Probe enabled={false} />);
    await new Promise((r) => setTimeout(r, 20));
    expect(fullReads).not.toHaveBeenCalled();
    expect(seen.every((s) => s === undefined)).toBe(true);
  });
});
