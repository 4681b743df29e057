/**
 * The products the list shows. Reading and validating 10,000 products (photos included) takes seconds,
 * so the newest screenful is read first on its own and shown at once; the full, live list replaces it
 * as soon as it arrives. Until then `complete` is false (counts and search cover only what is loaded).
 */
import { useEffect, useState } from 'react';
import { db } from '../../utils/catalogue/db';
import { useProducts } from '../../utils/catalogue/live';
import { readProducts } from '../../utils/catalogue/read';
import type { StoredProduct } from '../../utils/catalogue/schema';

/** Enough rows to fill a tall screen twice. */
const FIRST_SCREEN = 40;

async function newestProducts(limit: number): Promise<StoredProduct[]> {
  const records = await db.products.orderBy('updatedAt').reverse().limit(limit).toArray();
  return readProducts(records).products;
}

export function useCatalogueList(): { products: StoredProduct[] | undefined; complete: boolean } {
  const all = useProducts();
  const [firstScreen, setFirstScreen] = useState<StoredProduct[]>();
  useEffect(() => {
    let alive = true;
    void newestProducts(FIRST_SCREEN).then((p) => alive && setFirstScreen(p));
    return () => {
      alive = false;
    };
  }, []);
  if (all) return { products: all, complete: true };
  return { products: firstScreen, complete: false };
}
