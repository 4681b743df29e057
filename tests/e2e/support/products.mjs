// The products the end-to-end specs, the Firefox smoke, the screenshots and the fill benchmark share: the
// keripik every fill story uses and a product with its own brand. Plain ESM JavaScript so scripts can
// import it with bare Node (types in products.d.mts).
import { makePng, pngDataUrl } from './png.mjs';

/** Three photos in a known order (different colours, so a reorder would show in the names). */
export const PHOTOS = [
  pngDataUrl(makePng(64, 64, [200, 60, 30])),
  pngDataUrl(makePng(64, 64, [30, 120, 60])),
  pngDataUrl(makePng(64, 64, [40, 60, 200])),
];

/** The seller's product, as a catalogue file product (see docs/catalogue-format.md). */
export const KERIPIK = {
  sku: 'KRP-01',
  name: 'Keripik Singkong Balado 250 g',
  description: 'Keripik singkong renyah, bumbu balado.\nTanpa pengawet.\n\nBerat bersih 250 g.',
  price: 15000,
  stock: 120,
  weightGrams: 1250,
  condition: 'new',
  // the words a seller writes: the kind of food, then the product type (e-Katalog's level 1 and 2 are
  // "Makanan & Minuman" > "Makanan Ringan", which share no word with "Keripik" alone)
  category: 'Makanan Ringan Keripik',
  dimensionsCm: { length: 20, width: 15, height: 5 },
  minOrder: 2,
  photos: PHOTOS,
  ekatalog: { unit: 'pcs', kbki: '21690', tkdn: 45, pdn: true, ppn: true },
  createdAt: Date.parse('2026-03-02T08:00:00Z'),
  updatedAt: Date.parse('2026-03-02T08:00:00Z'),
};

/** A product with its own brand (one the seller centres' brand lists know). */
export const BRANDED = {
  sku: 'KSK-05',
  name: 'Kusuka Keripik Singkong Rasa Barbeque 180 g',
  description: 'Keripik singkong rasa barbeque.\nKemasan 180 g.',
  price: 12500,
  stock: 48,
  weightGrams: 200,
  condition: 'new',
  brand: 'Kusuka',
  category: 'Keripik',
  // filled on e-Katalog before: its three category levels were remembered then
  categoryPaths: { ekatalog: ['Makanan & Minuman', 'Makanan Ringan', 'Keripik'] },
  dimensionsCm: { length: 25, width: 18, height: 6 },
  minOrder: 1,
  photos: PHOTOS.slice(0, 1),
  ekatalog: { unit: 'pcs', kbki: '21690', tkdn: 60, pdn: true, ppn: true },
  createdAt: Date.parse('2026-01-10T08:00:00Z'),
  updatedAt: Date.parse('2026-01-10T08:00:00Z'),
};

