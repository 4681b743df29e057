/**
 * The product list's search index. Built once per catalogue change (not per keystroke): each product
 * gets a lowercase key of its name and SKUs, and its attention reasons, so a keystroke over 10,000
 * products is a plain `includes` loop with no allocation per product.
 */
import type { StoredProduct } from '../../utils/catalogue/schema';
import type { Bilingual } from '../../utils/fill/types';
import type { CatalogueFilter } from '../../utils/ui-store';

export interface IndexedProduct {
  product: StoredProduct;
  /** name, SKU and variant SKUs, lowercased */
  key: string;
  reasons: Bilingual[];
  outOfStock: boolean;
}

export function buildIndex(
  products: readonly StoredProduct[],
  reasonsOf: (product: StoredProduct) => Bilingual[],
): IndexedProduct[] {
  return products.map((product) => {
    const variantSkus = product.variants?.items.map((item) => item.sku).join('\n') ?? '';
    return {
      product,
      key: `${product.name}\n${product.sku}\n${variantSkus}`.toLowerCase(),
      reasons: reasonsOf(product),
      outOfStock: product.stock <= 0,
    };
  });
}

/** Search words, lowercased; every word must appear ("keripik pedas" finds "Keripik Singkong Pedas"). */
export function searchTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

export function filterIndex(index: readonly IndexedProduct[], query: string, filter: CatalogueFilter): IndexedProduct[] {
  const terms = searchTerms(query);
  if (terms.length === 0 && filter === 'all') return index as IndexedProduct[];
  const out: IndexedProduct[] = [];
  for (const entry of index) {
    if (filter === 'attention' && entry.reasons.length === 0) continue;
    if (filter === 'out-of-stock' && !entry.outOfStock) continue;
    let all = true;
    for (const term of terms) {
      if (!entry.key.includes(term)) {
        all = false;
        break;
      }
    }
    if (all) out.push(entry);
  }
  return out;
}

export function countFilters(index: readonly IndexedProduct[]): Record<CatalogueFilter, number> {
  let attention = 0;
  let outOfStock = 0;
  for (const entry of index) {
    if (entry.reasons.length > 0) attention++;
    if (entry.outOfStock) outOfStock++;
  }
  return { all: index.length, attention, 'out-of-stock': outOfStock };
}
