/**
 * React hooks over the catalogue that re-render when it changes — in this tab or any other extension
 * page (Dexie's liveQuery observes IndexedDB writes across tabs of the same origin).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { catalogue } from './api';
import { useLiveProducts } from './live-list';
import type { StoredProduct } from './schema';

/** All products, newest first; undefined while the first read is in flight. Patched per change. */
export function useProducts(): StoredProduct[] | undefined {
  return useLiveProducts();
}

export function useProductCount(): number | undefined {
  return useLiveQuery(() => catalogue.count(), []);
}

export function useProduct(sku: string | undefined): StoredProduct | undefined {
  return useLiveQuery(() => (sku ? catalogue.get(sku) : undefined), [sku]);
}
