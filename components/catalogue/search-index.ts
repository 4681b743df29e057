/**
 * The product list's search index. Built once per catalogue change (not per keystroke): each product
 * gets a lowercase key of its name and SKUs, and its attention reasons, so a keystroke over 10,000
 * products is a plain `includes` loop with no allocation per product.
 */
import type { StoredProduct } from '../../utils/catalogue/schema';
import type { Bilingual } from '../../utils/bilingual';
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
  for (let i = 0; i < index.length; i++) {
    const entry = index[i]!;
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
  // Same rows as the input: hand back the input itself, so the list sees nothing changed.
  return out.length === index.length ? (index as IndexedProduct[]) : out;
}

interface Search {
  index: readonly IndexedProduct[];
  query: string;
  filter: CatalogueFilter;
  result: IndexedProduct[];
}

/** Does every word of `prev` still constrain `next`? ("kerip" → "keripik": yes; "kerip" → "kera": no) */
function narrows(prev: string, next: string): boolean {
  const before = searchTerms(prev);
  const after = searchTerms(next);
  return before.every((term, i) => after[i] !== undefined && after[i]!.includes(term));
}

/**
 * A search that remembers its last answer: typing one more letter only looks at the rows that matched
 * before, which is what keeps a keystroke over 10,000 products well inside one frame.
 */
export function createSearch() {
  let last: Search | undefined;
  return (index: readonly IndexedProduct[], query: string, filter: CatalogueFilter): IndexedProduct[] => {
    const from = last && last.index === index && last.filter === filter && narrows(last.query, query) ? last.result : index;
    const result = filterIndex(from, query, filter);
    last = { index, query, filter, result };
    return result;
  };
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
