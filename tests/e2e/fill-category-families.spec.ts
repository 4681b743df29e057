// Category pickers of other families than the replicas' own (tests/fixtures/_families/category-pickers.js,
// served on the Shopee add page with `?category=<family>`): the engine recognises the popup from the
// DOM, walks it level by level by the seller's words, and reports `filled` only when the page committed
// the category; the brand block the page mounts after the category must then be filled too. A category
// the tree does not have, or a page that does not take the pick, ends `failed` with nothing committed.
import { expect, test } from './support/extension';
import { BRANDED, fillWith, KERIPIK, openSellerPage, replicaState, seedCatalogue } from './fill-panel';

const ADD = 'https://seller.shopee.co.id/portal/product/new';
const KERIPIK_PATH = ['Makanan & Minuman', 'Makanan Ringan', 'Keripik'];
/** A product whose category no tree here has: the honest answer is `failed`, never a sibling. */
const SEPATU = { ...KERIPIK, sku: 'SPT-09', name: 'Sepatu Lari Pria Ringan 42', category: 'Sepatu Lari', brand: undefined };

interface FamilyCase {
  family: string;
  why: string;
  product: typeof KERIPIK | typeof BRANDED | typeof SEPATU;
  category: string[];
  status: 'filled' | 'failed';
  brand: string | null;
}

const cases: FamilyCase[] = [
  { family: 'lazy', why: 'lazy cascader, next column after a click, a disabled look-alike', product: KERIPIK, category: KERIPIK_PATH, status: 'filled', brand: 'Tidak Ada Merek' },
  { family: 'lazy', why: 'lazy cascader walked from the leaf word alone ("Keripik")', product: BRANDED, category: KERIPIK_PATH, status: 'filled', brand: 'Kusuka' },
  { family: 'columns', why: 'three-column modal (C1/C2/C3) with "Pilih"', product: KERIPIK, category: KERIPIK_PATH, status: 'filled', brand: 'Tidak Ada Merek' },
  { family: 'english', why: 'English modal: Food & Beverages > Snacks > Chips', product: KERIPIK, category: ['Food & Beverages', 'Snacks', 'Chips'], status: 'filled', brand: 'Tidak Ada Merek' },
  { family: 'search', why: 'modal with a search box and whole-path results', product: KERIPIK, category: KERIPIK_PATH, status: 'filled', brand: 'Tidak Ada Merek' },
  { family: 'ignores', why: 'the page does not take the pick: not reported filled', product: KERIPIK, category: [], status: 'failed', brand: null },
  { family: 'columns', why: 'nothing in the tree names the category: no close-enough pick', product: SEPATU, category: [], status: 'failed', brand: null },
];

for (const c of cases) {
  test(`category family "${c.family}" (${c.why}) with ${c.product.sku}: ${c.status}`, async ({ context, dashboard }) => {
    await seedCatalogue(dashboard, [BRANDED, SEPATU, KERIPIK]);
    const page = await openSellerPage(context, `${ADD}?category=${c.family}`);
    const { statuses } = await fillWith(page, c.product.sku);
    const { model, saved } = await replicaState(page);
    expect(statuses.category).toBe(c.status);
    expect(model.category).toEqual(c.category);
    // the brand block mounts only after the page took the category
    expect(model.brand ?? null).toBe(c.brand);
    if (c.brand) expect(statuses.brand).toBe('filled');
    // the rest of the form is filled whatever the category did
    expect(model).toMatchObject({ name: c.product.name, price: c.product.price, stock: c.product.stock });
    expect(saved).toBe(false);
  });
}
