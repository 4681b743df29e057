// Replicas drifted the ways issue 8 measured on unseen pages, filled through the built extension's
// panel: labels the adapters' tables do not know (Blibli "Kuantitas", "No. Produk (SKU)",
// "Berat (gram)" with a kg/gram menu that starts on kg, "Dimensi Paket (P x L x T)" over three bare
// inputs, a "Harga Coret" decoy and a "Stok Minimum" decoy) and Lazada photo slots that are plain file
// inputs in drop zones instead of the Media Center. The page's committed model is what is asserted.
import { expect, test } from './support/extension';
import { KERIPIK, fillWith, gramsOf, openSellerPage, photoOrder, pickStatuses, replicaState, seedCatalogue } from './fill-panel';

test('Blibli with relabelled rows and decoys: every field lands in its own control, decoys stay empty', async ({ context, dashboard }) => {
  await seedCatalogue(dashboard);
  const page = await openSellerPage(context, 'https://seller.blibli.com/product/create/relabel');
  const { statuses } = await fillWith(page, KERIPIK.sku);
  expect(pickStatuses(statuses, ['name', 'price', 'stock', 'weight', 'sku', 'dimensions', 'photos', 'description'])).toEqual({
    name: 'filled',
    price: 'filled',
    stock: 'filled',
    weight: 'filled',
    sku: 'filled',
    dimensions: 'filled',
    photos: 'filled',
    description: 'filled',
  });
  const { model, saved } = await replicaState(page);
  expect(model).toMatchObject({
    name: KERIPIK.name,
    price: 15000,
    salePrice: null,
    stock: 120,
    minimumStock: null,
    sku: KERIPIK.sku,
    dimensions: { length: 20, width: 15, height: 5 },
  });
  // the kg/gram menu was set (or the number converted): the page holds the keripik's weight either way
  expect(gramsOf(model)).toBe(KERIPIK.weightGrams);
  expect(photoOrder(model.photos)).toEqual([1, 2, 3]);
  expect(saved).toBe(false);
});

test('Lazada with photo slots in drop zones: the photos go into the slots in catalogue order', async ({ context, dashboard }) => {
  await seedCatalogue(dashboard);
  const page = await openSellerPage(context, 'https://sellercenter.lazada.co.id/apps/product/publish/slots');
  const { statuses } = await fillWith(page, KERIPIK.sku);
  expect(pickStatuses(statuses, ['name', 'photos', 'price', 'stock', 'weight'])).toEqual({
    name: 'filled',
    photos: 'filled',
    price: 'filled',
    stock: 'filled',
    weight: 'filled',
  });
  const { model, saved } = await replicaState(page);
  expect(photoOrder(model.photos)).toEqual([1, 2, 3]);
  expect(model).toMatchObject({ name: KERIPIK.name, price: 15000, stock: 120 });
  expect(saved).toBe(false);
});
