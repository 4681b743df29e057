/**
 * The whole catalogue, kept live without reading it all again on every change. Dexie tells every
 * extension page (this tab, other tabs, the background) which SKUs a write touched; only those are read
 * back and patched into the list. With 10,000 products a full re-read and validation held the dashboard
 * for 0.4–1.6 s per write (measured while publishing saved categories); a patch takes milliseconds.
 * A change Dexie reports as a range (a clear, a bulk write of 50 or more) still reloads everything.
 */
import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie';
import { useEffect, useState } from 'react';
import { catalogue } from './api';
import { db } from './db';
import { DB_NAME } from './db-name';
import { readProduct } from './read';
import type { StoredProduct } from './schema';

/** Dexie's name for the products table's primary keys in a change notice. */
const PRODUCT_KEYS = `idb://${DB_NAME}/products/`;
/** More changed SKUs than this and one full read is cheaper than reading them one by one. */
const MAX_PATCH = 200;

/** null: products untouched; undefined: reload all; otherwise the SKUs written or deleted. */
export function changedSkus(parts: ObservabilitySet, part = PRODUCT_KEYS): string[] | null | undefined {
  const keys = parts[part];
  if (!keys) return null;
  // A plain interval tree: from another tab it arrives structured-cloned, without RangeSet's iterator.
  const skus: string[] = [];
  const walk = (node: IntervalTree | null | undefined): boolean => {
    if (!node || !('from' in node)) return true;
    if (typeof node.from !== 'string' || node.from !== node.to || skus.length >= MAX_PATCH) return false;
    skus.push(node.from);
    return walk(node.l) && walk(node.r);
  };
  return walk(keys) ? skus : undefined;
}

/** The order of `catalogue.list()`: the updatedAt index read backwards (ties: higher SKU first). */
export function newestFirst(a: StoredProduct, b: StoredProduct): number {
  return b.updatedAt - a.updatedAt || (a.sku < b.sku ? 1 : a.sku > b.sku ? -1 : 0);
}

/** `current` with the named SKUs replaced by their records as they are now (absent: deleted). */
export function patchProducts(current: readonly StoredProduct[], skus: readonly string[], records: readonly unknown[]): StoredProduct[] {
  const changed = new Set(skus);
  const next = current.filter((product) => !changed.has(product.sku));
  for (const record of records) {
    if (record === undefined) continue;
    const read = readProduct(record);
    // a record that no longer validates leaves the list, as in catalogue.list() (see damaged())
    if (read.ok) next.push(read.product);
  }
  return next.sort(newestFirst);
}

/** All valid products, newest first, live; undefined until read (and while `enabled` is false). */
export function useLiveProducts(enabled = true): StoredProduct[] | undefined {
  const [products, setProducts] = useState<StoredProduct[]>();
  useEffect(() => {
    if (!enabled) return;
    let alive = true;
    let current: StoredProduct[] | undefined;
    const show = (next: StoredProduct[]) => {
      current = next;
      if (alive) setProducts(next);
    };
    const reload = () => catalogue.list().then(show);
    // One change at a time, in order, after the first read: a change during that read is patched after it.
    let queue: Promise<void> = Promise.resolve();
    const onMutated = (parts: ObservabilitySet) => {
      const skus = changedSkus(parts);
      if (skus === null) return;
      queue = queue
        .then(async () => {
          if (!alive) return;
          if (!skus || !current) return reload();
          show(patchProducts(current, skus, await db.products.bulkGet(skus)));
        })
        .catch(() => undefined);
    };
    Dexie.on('storagemutated', onMutated);
    queue = reload().catch(() => undefined);
    return () => {
      alive = false;
      Dexie.on('storagemutated').unsubscribe(onMutated);
    };
  }, [enabled]);
  return enabled ? products : undefined;
}
