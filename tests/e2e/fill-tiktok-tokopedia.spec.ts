// TikTok Shop / Tokopedia seller centre (one since the 2024 merger), "Tambah produk": React inputs with
// a value tracker, Arco widgets, category cascader, brand block that mounts after the category, weight
// with a g/kg unit select, a price input that drops the first keystroke; drifted page in English
// without its seller-SKU row.
import { defineFillTests, KERIPIK } from './fill-panel';

const common = {
  name: KERIPIK.name,
  price: 15000,
  stock: 120,
  condition: 'new',
  dimensions: { length: 20, width: 15, height: 5 },
};

defineFillTests({
  platform: 'tiktok-tokopedia',
  addUrl: 'https://seller-id.tokopedia.com/product/create',
  driftUrl: 'https://seller-id.tiktok.com/product/create/drift',
  editUrl: 'https://seller-id.tokopedia.com/product/edit/1729384756',
  saveButton: /^Kirim$/,
  model: { ...common, brand: 'No brand', sku: 'KRP-01' },
  driftModel: { ...common, brand: 'No brand' },
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
    dimensions: 'filled',
    variants: 'skipped',
  },
});
