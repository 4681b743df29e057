// Lazada Seller Center "Add Product" (English first, Bahasa on the drifted page): category picker over
// an English tree, brand with "No Brand" that mounts with the specification, weight in kg, no
// condition or minimum-order field; drifted page without its seller-SKU row.
import { defineFillTests, KERIPIK } from './fill-panel';

const common = {
  name: KERIPIK.name,
  price: 15000,
  stock: 120,
  brand: 'No Brand',
  dimensions: { length: 20, width: 15, height: 5 },
};

defineFillTests({
  platform: 'lazada',
  addUrl: 'https://sellercenter.lazada.co.id/apps/product/publish',
  driftUrl: 'https://sellercenter.lazada.co.id/apps/product/publish/drift',
  editUrl: 'https://sellercenter.lazada.co.id/apps/product/publish?productId=5550123',
  saveButton: /^Submit$/,
  model: { ...common, sku: 'KRP-01' },
  driftModel: common,
  removedInDrift: 'sku',
  removedEmpty: '',
  categoryLeaf: 'Chips & Crisps',
  statuses: {
    name: 'filled',
    description: 'filled',
    price: 'filled',
    stock: 'filled',
    weight: 'filled',
    condition: 'skipped',
    brand: 'filled',
    category: 'filled',
    photos: 'filled',
    sku: 'filled',
    minOrder: 'skipped',
    dimensions: 'filled',
  },
});
