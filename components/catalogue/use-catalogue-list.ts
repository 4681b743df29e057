/**
 * The products the list shows. Reading and validating 10,000 products (photos included) takes seconds
 * and its results are decoded on the page's main thread, so the newest screenful comes first, on its
 * own, and is painted; only then does the full, live list start loading, and it replaces the first
 * screen when it arrives. Until then `complete` is false (counts and search cover only what is loaded).
 *
 * The dashboard's boot starts the first-screen read before the app code has loaded and hands it over
 * with `preloadFirstScreen`, so the very first render already has rows; without it (another page, or
 * the early read gave up) the hook reads the first screen itself.
 */
import { useEffect, useState } from 'react';
import { catalogue } from '../../utils/catalogue/api';
import { FIRST_SCREEN } from '../../utils/catalogue/first-screen';
import { useLiveProducts } from '../../utils/catalogue/live-list';
import { readProducts } from '../../utils/catalogue/read';
import type { StoredProduct } from '../../utils/catalogue/schema';

/** What the boot read, validated; used once, by the list's first mount. */
let preloaded: StoredProduct[] | undefined;

/** Validates records read early (see utils/catalogue/first-screen.ts); damaged ones wait for the full list. */
export async function preloadFirstScreen(records: Promise<unknown[] | undefined>): Promise<void> {
  const read = await records.catch(() => undefined);
  preloaded = read && readProducts(read).products;
}

/** Resolves after the browser has painted the current frame. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export function useCatalogueList(): { products: StoredProduct[] | undefined; complete: boolean } {
  const [firstScreen, setFirstScreen] = useState<StoredProduct[] | undefined>(() => preloaded);
  const [loadAll, setLoadAll] = useState(false);
  // The same live list as `useProducts()`, started once the first screen is on the page.
  const all = useLiveProducts(loadAll);
  useEffect(() => {
    let alive = true;
    const first = firstScreen ? Promise.resolve(firstScreen) : catalogue.newest(FIRST_SCREEN).then((read) => read.products, () => undefined);
    void first.then((p) => {
      if (!alive) return;
      setFirstScreen(p);
      return afterPaint().then(() => alive && setLoadAll(true));
    });
    return () => {
      alive = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per mount: the first screen only starts the list
  }, []);
  useEffect(() => {
    // Spent: a later visit to the catalogue section reads afresh (the preload may be stale by then).
    if (all) preloaded = undefined;
  }, [all]);
  if (all) return { products: all, complete: true };
  return { products: firstScreen, complete: false };
}
