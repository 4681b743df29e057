// Shopee Seller Centre "Tambah Produk Baru": two stages (photos and name, then "Berikutnya"), EDS
// widgets, category modal, brand list that loads late, weight in grams, a drifted page in English
// whose parent-SKU row is gone.
import { defineFillTests, KERIPIK } from './fill-panel';

const common = {
  name: KERIPIK.name,
  price: 15000,
  stock: 120,
  weightUnit: 'g',
  condition: 'new',
  minOrder: 2,
  dimensions: { length: 20, width: 15, height: 5 },
};

defineFillTests({
  platform: 'shopee',
  addUrl: 'https://seller.shopee.co.id/portal/product/new',
  driftUrl: 'https://seller.shopee.co.id/portal/product/new/drift',
  editUrl: 'https://seller.shopee.co.id/portal/product/24681357',
  saveButton: /^Simpan & Tampilkan$/,
  model: { ...common, brand: 'Tidak Ada Merek', sku: 'KRP-01' },
  driftModel: { ...common, brand: 'No Brand' },
  removedInDrift: 'sku',
  removedEmpty: '',
  categoryLeaf: 'Keripik',
  statuses: {
    name: 'filled',
    description: 'filled',
    price: 'filled',
    stock: 'filled',
    weight: 'filled',
    condition: 'filled',
    brand: 'filled',
    category: 'filled',
    photos: 'filled',
    sku: 'filled',
    minOrder: 'filled',
    dimensions: 'filled',
    variants: 'skipped',
  },
});
