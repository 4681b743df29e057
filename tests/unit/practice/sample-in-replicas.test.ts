// The workshop sample must save on the practice pages (issue 10): each product's category is a leaf of
// the replicas' trees (the Bahasa tree of Shopee, TikTok/Tokopedia, Blibli and e-Katalog, the English one
// of Lazada) named by the product's words as the fill engine reads them, with exactly one best leaf (a tie
// is left to the seller), and its brand is in the replicas' brand list (else the page refuses the save).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bestOption, namesCategory } from '@/utils/platforms/flows/category-words';
import { pathWords } from '@/utils/platforms/flows/category-path-words';
import { loadReplicaScripts } from '../fill/replica-scripts';

const FILE = path.resolve(__dirname, '../../../public/sample/katalog-contoh.json');
const products = (JSON.parse(readFileSync(FILE, 'utf8')) as { products: { sku: string; name: string; category: string; brand?: string }[] }).products;

const { R } = loadReplicaScripts(['_lib/dom.js', '_lib/categories.js']);
const TREES: { tree: string; leaves: string[][] }[] = [
  { tree: 'Bahasa (Shopee, TikTok/Tokopedia, Blibli, e-Katalog)', leaves: R.leafPaths(R.categoriesId) },
  { tree: 'English (Lazada)', leaves: R.leafPaths(R.categoriesEn) },
];

describe.each(TREES)('the replicas’ $tree category tree', ({ leaves }) => {
  it.each(products.map((p) => [p.sku, p] as const))('has one best leaf naming %s’s category', (_sku, product) => {
    const words = pathWords(product);
    const naming = leaves.filter((leaf) => namesCategory(leaf.at(-1)!, words));
    expect(naming.length, `no leaf names "${product.category}"`).toBeGreaterThan(0);
    const best = bestOption(naming.map((leaf) => leaf.join(' > ')), words);
    expect('index' in best, `${product.category}: ${JSON.stringify(best)}`).toBe(true);
  });
});

it.each(products.filter((p) => p.brand).map((p) => [p.sku, p.brand!] as const))('the replicas’ brand list has %s’s brand (%s)', (_sku, brand) => {
  expect(R.brands).toContain(brand);
});
