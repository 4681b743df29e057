/**
 * The product list for what the seller typed, asked from the background (see page-link.ts). Asked
 * again when the seller comes back to the page, so a product just added in the dashboard shows.
 * A slow answer to an older query never replaces the answer to the newer one.
 */
import { useEffect, useRef, useState } from 'react';
import type { PanelProduct } from '@/entrypoints/background/panel-catalogue';
import type { Bilingual } from '@/utils/bilingual';
import { requestProducts } from './page-link';

export interface ProductList {
  products?: PanelProduct[];
  matches: number;
  total: number;
  error?: Bilingual;
}

export function usePanelProducts(query: string): ProductList {
  const [list, setList] = useState<ProductList>({ matches: 0, total: 0 });
  const latest = useRef(0);
  const [refresh, setRefresh] = useState(0);

  useEffect(() => {
    const ask = ++latest.current;
    void requestProducts(query).then((reply) => {
      if (ask !== latest.current) return;
      setList(reply.ok ? { products: reply.products, matches: reply.matches, total: reply.total } : { matches: 0, total: 0, error: reply.error });
    });
  }, [query, refresh]);

  useEffect(() => {
    const again = () => document.visibilityState === 'visible' && setRefresh((n) => n + 1);
    window.addEventListener('focus', again);
    document.addEventListener('visibilitychange', again);
    return () => {
      window.removeEventListener('focus', again);
      document.removeEventListener('visibilitychange', again);
    };
  }, []);
  return list;
}
