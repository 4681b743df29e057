// e-Katalog v6 (INAPROC) "Tambah Produk": a 10-step wizard where only the current step is rendered and
// "Selanjutnya" validates; cascading category selects, "Tidak Bermerek", unit of measure, KBKI, TKDN
// and PDN; weight in grams; drifted page in English without its provider-SKU field.
import { defineFillTests, KERIPIK } from './fill-panel';

const common = {
  name: KERIPIK.name,
  price: 15000,
  stock: 120,
  minOrder: 2,
  weightUnit: 'g',
  dimensions: { length: 20, width: 15, height: 5 },
  kbki: '21690',
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
