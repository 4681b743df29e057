// Blibli Seller Center "Tambah Produk": Vue v-model inputs with API field names, dropdowns rendered at
// the end of <body>, a rich-text editor, weight in grams, "No Brand"; drifted page in English without
// its merchant-SKU row and without the stable hooks.
import { defineFillTests, KERIPIK } from './fill-panel';

const common = {
  name: KERIPIK.name,
  price: 15000,
  stock: 120,
  condition: 'new',
  brand: 'No Brand',
  weightUnit: 'g',
  dimensions: { length: 20, width: 15, height: 5 },
};

defineFillTests({
  platform: 'blibli',
  addUrl: 'https://seller.blibli.com/product/create',
  driftUrl: 'https://seller.blibli.com/product/create/drift',
  saveButton: /^Simpan$/,
  model: { ...common, sku: 'KRP-01' },
  driftModel: common,
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
    minOrder: 'skipped',
    dimensions: 'filled',
  },
});
