import { describe, expect, it } from 'vitest';
import { buildIndex, countFilters, createSearch, filterIndex } from '../../../components/catalogue/search-index';
import type { StoredProduct } from '../../../utils/catalogue/schema';
import type { CatalogueFilter } from '../../../utils/ui-store';
import { sampleProduct } from './sample-product';

const products = [
  sampleProduct({ sku: 'KRP-01', name: 'Keripik Singkong Pedas 250g', stock: 40 }),
  sampleProduct({ sku: 'KRP-02', name: 'Keripik Pisang Manis', stock: 0 }),
  sampleProduct({ sku: 'BTK-07', name: 'Kemeja Batik Parang', stock: 5, weightGrams: undefined }),
  sampleProduct({
    sku: 'KAOS-1',
    name: 'Kaos Polos',
    stock: 12,
    variants: {
      options: [{ name: 'Warna', values: ['Merah'] }],
      items: [{ sku: 'KAOS-1-MERAH', options: { Warna: 'Merah' }, price: 30000, stock: 12 }],
    },
  }),
];
// A stand-in for attentionReasons: no weight needs attention, sold out needs attention.
const reasonsOf = (p: StoredProduct) => [
  ...(p.weightGrams === undefined ? [{ id: 'Belum ada berat', en: 'No weight' }] : []),
  ...(p.stock <= 0 ? [{ id: 'Stok habis', en: 'Out of stock' }] : []),
];
const index = buildIndex(products, reasonsOf);

describe('catalogue search and filters', () => {
  const cases: { query: string; filter: CatalogueFilter; skus: string[] }[] = [
    { query: '', filter: 'all', skus: ['KRP-01', 'KRP-02', 'BTK-07', 'KAOS-1'] },
    { query: 'keripik', filter: 'all', skus: ['KRP-01', 'KRP-02'] },
    { query: 'KERIPIK', filter: 'all', skus: ['KRP-01', 'KRP-02'] },
    { query: '  pedas   keripik ', filter: 'all', skus: ['KRP-01'] },
    { query: 'krp-02', filter: 'all', skus: ['KRP-02'] },
    { query: 'btk', filter: 'all', skus: ['BTK-07'] },
    { query: 'kaos-1-merah', filter: 'all', skus: ['KAOS-1'] },
    { query: 'tidak ada', filter: 'all', skus: [] },
    { query: '', filter: 'out-of-stock', skus: ['KRP-02'] },
    { query: '', filter: 'attention', skus: ['KRP-02', 'BTK-07'] },
    { query: 'keripik', filter: 'attention', skus: ['KRP-02'] },
    { query: 'batik', filter: 'out-of-stock', skus: [] },
  ];
  it.each(cases)('"$query" with filter $filter shows $skus', ({ query, filter, skus }) => {
    expect(filterIndex(index, query, filter).map((e) => e.product.sku)).toEqual(skus);
  });

  it('counts each filter for its button', () => {
    expect(countFilters(index)).toEqual({ all: 4, attention: 2, 'out-of-stock': 1 });
  });
});

describe('typing letter by letter gives the same rows as searching from scratch', () => {
  const sequences: { steps: string[]; filter: CatalogueFilter }[] = [
    { steps: ['k', 'ke', 'ker', 'keri', 'kerip', 'keripik', 'keripik ', 'keripik p', 'keripik pe'], filter: 'all' },
    { steps: ['keripik pe', 'keripik p', 'keripik ', 'keripik', 'k', ''], filter: 'all' }, // backspacing
    { steps: ['kr', 'krp', 'krx', 'kr', 'k', 'ka'], filter: 'all' },
    { steps: ['k', 'ke', 'kem'], filter: 'attention' },
    { steps: ['pedas keripik', 'pedas keripik x', 'pedas kerip'], filter: 'all' },
  ];
  it.each(sequences)('$steps ($filter)', ({ steps, filter }) => {
    const search = createSearch();
    for (const query of steps) {
      expect(search(index, query, filter).map((e) => e.product.sku), query).toEqual(
        filterIndex(index, query, filter).map((e) => e.product.sku),
      );
    }
  });

  it('hands back the same array when a letter changes nothing, so the list does not re-render', () => {
    const search = createSearch();
    const first = search(index, 'k', 'all');
    expect(search(index, 'k ', 'all')).toBe(first);
  });
});
