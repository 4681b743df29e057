/**
 * The products the list shows. Reading and validating 10,000 products (photos included) takes seconds
 * and its results are decoded on the page's main thread, so the newest screenful is read first, on its
 * own, and painted; only then does the full, live list start loading, and it replaces the first screen
 * when it arrives. Until then `complete` is false (counts and search cover only what is loaded).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { catalogue } from '../../utils/catalogue/api';
import { db } from '../../utils/catalogue/db';
import { readProducts } from '../../utils/catalogue/read';
import type { StoredProduct } from '../../utils/catalogue/schema';

/** Enough rows to fill a tall screen twice. */
const FIRST_SCREEN = 40;

async function newestProducts(limit: number): Promise<StoredProduct[]> {
  const records = await db.products.orderBy('updatedAt').reverse().limit(limit).toArray();
  return readProducts(records).products;
}

/** Resolves after the browser has painted the current frame. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export function useCatalogueList(): { products: StoredProduct[] | undefined; complete: boolean } {
  const [firstScreen, setFirstScreen] = useState<StoredProduct[]>();
  const [loadAll, setLoadAll] = useState(false);
  // The same live query as `useProducts()`, started once the first screen is on the page.
  const all = useLiveQuery(() => (loadAll ? catalogue.list() : undefined), [loadAll]);
  useEffect(() => {
    let alive = true;
    void newestProducts(FIRST_SCREEN)
      .catch(() => undefined)
      .then((p) => {
        if (!alive) return;
        setFirstScreen(p);
        return afterPaint().then(() => alive && setLoadAll(true));
      });
    return () => {
      alive = false;
    };
  }, []);
  if (all) return { products: all, complete: true };
  return { products: firstScreen, complete: false };
}
