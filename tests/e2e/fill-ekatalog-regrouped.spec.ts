// e-Katalog's wizard regrouped (LKPP regroups it between versions): the same fields in 3 steps and in
// 5 steps (`?steps=3|5` on the replica). The engine walks by what is on screen: every field whose
// control shows is filled, then "Selanjutnya", until the last step; the adapter's step table is only a
// hint, so every field lands whatever the grouping.
import { expect, test } from './support/extension';
import { fillWith, KERIPIK, openSellerPage, pickStatuses, replicaState, seedCatalogue } from './fill-panel';

const FIELDS = ['category', 'name', 'description', 'photos', 'sku', 'kbki', 'pdn', 'tkdn', 'brand', 'unit', 'price', 'weight', 'dimensions', 'stock', 'minOrder'];

for (const steps of ['3', '5']) {
  test(`e-Katalog wizard in ${steps} steps: every field filled through every step, nothing submitted`, async ({ context, dashboard }) => {
    await seedCatalogue(dashboard);
    const page = await openSellerPage(context, `https://katalog.inaproc.id/penyedia/produk/tambah?steps=${steps}`);
    const { statuses } = await fillWith(page, KERIPIK.sku);
    expect(pickStatuses(statuses, FIELDS)).toEqual(Object.fromEntries(FIELDS.map((f) => [f, 'filled'])));
    const { model, saved } = await replicaState(page);
    expect(model).toMatchObject({
      category: ['Makanan & Minuman', 'Makanan Ringan', 'Keripik'],
      name: KERIPIK.name,
      sku: KERIPIK.sku,
      kbki: '21690',
      ppn: true,
      pdn: true,
      tkdn: 45,
      brand: 'Tidak Bermerek',
      price: 15000,
      weight: 1250,
      dimensions: { length: 20, width: 15, height: 5 },
      stock: 120,
      minOrder: 2,
    });
    expect(model.photos).toHaveLength(3);
    // the wizard stands on its last step, whose button submits: the engine never pressed it
    await expect(page.getByRole('button', { name: 'Kirim' })).toBeVisible();
    expect(saved).toBe(false);
  });
}

test('e-Katalog wizard in 3 steps without a PPN answer: the page refuses step 2, the report says what it asks', async ({ context, dashboard }) => {
  const { ppn: _unanswered, ...ekatalog } = KERIPIK.ekatalog;
  await seedCatalogue(dashboard, [{ ...KERIPIK, ekatalog }]);
  const page = await openSellerPage(context, 'https://katalog.inaproc.id/penyedia/produk/tambah?steps=3');
  const { statuses, report } = await fillWith(page, KERIPIK.sku);
  // step 1 (category + basic information) and what step 2 shows are filled; step 3 never opened
  expect(pickStatuses(statuses, ['category', 'name', 'kbki', 'pdn', 'price', 'stock'])).toEqual({
    category: 'filled',
    name: 'filled',
    kbki: 'filled',
    pdn: 'filled',
    price: 'failed',
    stock: 'failed',
  });
  const { model, saved } = await replicaState(page);
  expect(model).toMatchObject({ kbki: '21690', ppn: null, price: null });
  expect(saved).toBe(false);
  await expect(report.locator('.next-action')).toContainText('Pilih status PPN');
});
