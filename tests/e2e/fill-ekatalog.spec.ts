// e-Katalog v6 (INAPROC) "Tambah Produk": a 10-step wizard where only the current step is rendered and
// "Selanjutnya" validates; cascading category selects, "Tidak Bermerek", unit of measure, KBKI, TKDN
// and PDN; weight in grams; drifted page in English without its provider-SKU field. "Dikenakan PPN"
// (required on the Pajak & KBKI step) is filled from the product's answer; without one the fill stops there.
import { expect, test } from './support/extension';
import { defineFillTests, fillWith, KERIPIK, openSellerPage, pickStatuses, replicaState, seedCatalogue } from './fill-panel';

const common = {
  name: KERIPIK.name,
  price: 15000,
  stock: 120,
  minOrder: 2,
  weightUnit: 'g',
  dimensions: { length: 20, width: 15, height: 5 },
  kbki: '21690',
  ppn: true,
  tkdn: 45,
  pdn: true,
};

defineFillTests({
  platform: 'ekatalog',
  addUrl: 'https://katalog.inaproc.id/penyedia/produk/tambah',
  driftUrl: 'https://katalog.inaproc.id/penyedia/produk/tambah/drift',
  saveButton: /^Kirim$/,
  model: { ...common, brand: 'Tidak Bermerek', sku: 'KRP-01' },
  driftModel: { ...common, brand: 'Tidak Bermerek' },
  removedInDrift: 'sku',
  removedEmpty: '',
  categoryLeaf: 'Keripik',
  // the wizard ends on its last step (Stok): the price's step is no longer drawn
  showField: { field: 'stock', name: 'Stok' },
  statuses: {
    name: 'filled',
    description: 'filled',
    price: 'filled',
    stock: 'filled',
    weight: 'filled',
    brand: 'filled',
    category: 'filled',
    photos: 'filled',
    sku: 'filled',
    minOrder: 'filled',
    dimensions: 'filled',
    unit: 'filled',
    kbki: 'filled',
    tkdn: 'filled',
    pdn: 'filled',
  },
});

test('e-Katalog: a product without a PPN answer gets its KBKI code, then the fill stops and says what to choose', async ({ context, dashboard }) => {
  const { ppn: _unanswered, ...ekatalog } = KERIPIK.ekatalog;
  await seedCatalogue(dashboard, [{ ...KERIPIK, ekatalog }]);
  const page = await openSellerPage(context, 'https://katalog.inaproc.id/penyedia/produk/tambah');
  const { statuses, report } = await fillWith(page, KERIPIK.sku);
  expect(pickStatuses(statuses, ['category', 'name', 'kbki', 'pdn', 'tkdn', 'price'])).toEqual({
    category: 'filled',
    name: 'filled',
    kbki: 'filled',
    pdn: 'failed',
    tkdn: 'failed',
    price: 'failed',
  });
  const { model, saved } = await replicaState(page);
  expect(model).toMatchObject({ kbki: '21690', ppn: null, pdn: null, price: null });
  expect(saved).toBe(false);
  // the page's own question and the button to press, in the seller's words
  await expect(report.locator('.next-action')).toContainText('Pilih status PPN');
  await expect(report.locator('.next-action')).toContainText('Selanjutnya');
});
