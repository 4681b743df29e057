/**
 * From the catalogue to the stock ledger: which listings are linked, and what each product holds per
 * stock SKU. Pure, so the ledger's first value (store.ts `init`) and every later link (publish and
 * "Simpan ke katalog" keep writing `listings.<platform>`) go through the same tested function.
 */
import type { StoredProduct } from '../catalogue/schema';
import type { PlatformId } from '../platforms/hosts';
import type { CatalogueStocks, StockBySku, StockLedger } from './ledger';

type StockedProduct = Pick<StoredProduct, 'sku' | 'stock' | 'variants' | 'listings'>;

/** Stock per stock SKU: each variant its own, or the product's SKU for a product without variants. */
export function stocksOf(product: Pick<StoredProduct, 'sku' | 'stock' | 'variants'>): StockBySku {
  if (product.variants?.items.length) return Object.fromEntries(product.variants.items.map((item) => [item.sku, item.stock]));
  return { [product.sku]: product.stock };
}

/** Only products with at least one listing link: the rest have nothing to keep in step. */
export function catalogueStocksOf(products: readonly StockedProduct[]): CatalogueStocks {
  return Object.fromEntries(products.filter((p) => linkedPlatforms(p).length > 0).map((p) => [p.sku, stocksOf(p)]));
}

/** A link counts when the shop can be found again: an external id or a URL. */
export function linkedPlatforms(product: Pick<StoredProduct, 'listings'>): PlatformId[] {
  return (Object.keys(product.listings ?? {}) as PlatformId[]).filter((platform) => {
    const link = product.listings[platform];
    return !!link && (!!link.externalId || !!link.url);
  });
}

/**
 * The ledger with an entry for every linked listing it does not know yet. A new entry starts at the
 * catalogue's current stock per stock SKU: publish and "Simpan ke katalog" put (or read) exactly that
 * there, so the first reading compares with it (or at the link's own `lastSyncedStock` when it has one). Entries already there are never touched, and a variant
 * added to the product later is added to each listing it belongs to.
 */
export function linkListings(ledger: StockLedger, products: readonly StockedProduct[]): StockLedger {
  let listings = ledger.listings;
  for (const product of products) {
    const stocks = stocksOf(product);
    for (const platform of linkedPlatforms(product)) {
      const known = listings[product.sku]?.[platform];
      const missing = Object.keys(stocks).filter((sku) => known?.synced[sku] === undefined);
      if (missing.length === 0) continue;
      // A link that records the stock last synced to it (a backup's `lastSyncedStock`) starts from that:
      // the shop shows it, whatever the catalogue was changed to since. It is one number: no variants.
      const recorded = product.variants?.items.length ? undefined : product.listings[platform]?.lastSyncedStock;
      const synced = { ...known?.synced, ...Object.fromEntries(missing.map((sku) => [sku, recorded ?? stocks[sku]!])) };
      listings = { ...listings, [product.sku]: { ...listings[product.sku], [platform]: { synced, pushedAt: known?.pushedAt ?? null } } };
    }
  }
  return listings === ledger.listings ? ledger : { ...ledger, listings };
}

/** The catalogue product with its stock per stock SKU replaced; variants keep the total in `stock`. */
export function withStocks<P extends Pick<StoredProduct, 'sku' | 'stock' | 'variants'>>(product: P, stocks: StockBySku): P {
  if (!product.variants?.items.length) return { ...product, stock: stocks[product.sku] ?? product.stock };
  const items = product.variants.items.map((item) => ({ ...item, stock: stocks[item.sku] ?? item.stock }));
  return { ...product, variants: { ...product.variants, items }, stock: items.reduce((sum, item) => sum + item.stock, 0) };
}
