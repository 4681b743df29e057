/** The catalogue's stock of a few products by stock SKU (a variant's or the product's), live. */
import { useLiveQuery } from 'dexie-react-hooks';
import { catalogue } from '@/utils/catalogue/api';
import { stocksOf } from '@/utils/stock/links';

export function useCatalogueStock(productSkus: string[]): (productSku: string, sku: string) => number | undefined {
  const key = [...new Set(productSkus)].sort().join('\n');
  const stocks = useLiveQuery(
    async () => Object.fromEntries(await Promise.all(key.split('\n').filter(Boolean).map(async (sku) => [sku, await catalogue.get(sku)] as const))),
    [key],
  );
  return (productSku, sku) => {
    const product = stocks?.[productSku];
    return product ? stocksOf(product)[sku] : undefined;
  };
}
