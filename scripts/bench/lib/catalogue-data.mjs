// A believable large catalogue for benchmarks: Indonesian product names, rupiah prices, some photos,
// some out of stock. Deterministic (seeded), so figures from different runs compare.
import { makePng, pngDataUrl } from '../../../tests/e2e/support/png.mjs';

const KINDS = [
  'Keripik Singkong', 'Keripik Pisang', 'Kopi Bubuk Robusta', 'Kopi Arabika Gayo', 'Sambal Roa', 'Sambal Bawang',
  'Tas Anyaman Pandan', 'Kemeja Batik', 'Kain Tenun Ikat', 'Madu Hutan', 'Teh Hijau', 'Sabun Herbal',
  'Dompet Kulit', 'Sandal Jepit', 'Kerupuk Udang', 'Rendang Kemasan', 'Bumbu Rendang', 'Gula Aren',
  'Minyak Kelapa', 'Tempe Kering',
];
const VARIETIES = ['Balado', 'Original', 'Pedas', 'Manis', 'Premium', 'Asin', 'Jumbo', 'Mini', 'Spesial', 'Klasik'];
const SIZES = ['100 g', '250 g', '500 g', '1 kg', 'S', 'M', 'L', 'XL', '1 pcs', '3 pcs'];

/** Small deterministic PRNG (mulberry32): same catalogue on every run. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A tiny solid-colour PNG as a data URL (what a photo in a backup looks like, only smaller). */
const photo = (r, g, b) => pngDataUrl(makePng(32, 32, [r, g, b], { stripe: false }));

/**
 * @param {number} count
 * @param {{ skuPrefix?: string, photoEvery?: number }} [opts] photoEvery: every n-th product has a photo
 */
export function makeProducts(count, { skuPrefix = 'BRG', photoEvery = 10 } = {}) {
  const next = random(20250101);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const base = Date.UTC(2025, 0, 1);
  const photos = Array.from({ length: 8 }, (_, i) => photo(40 + i * 25, 120, 200 - i * 20));
  return Array.from({ length: count }, (_, i) => {
    const kind = pick(KINDS);
    const n = String(i + 1).padStart(5, '0');
    return {
      sku: `${skuPrefix}-${n}`,
      name: `${kind} ${pick(VARIETIES)} ${pick(SIZES)}`,
      description: `${kind} buatan UMKM.\nKualitas terjaga, dikirim dari gudang kami.`,
      price: 5000 + Math.floor(next() * 990) * 500,
      stock: next() < 0.08 ? 0 : Math.floor(next() * 500),
      weightGrams: 100 + Math.floor(next() * 1900),
      condition: next() < 0.05 ? 'used' : 'new',
      category: kind,
      photos: photoEvery && i % photoEvery === 0 ? [photos[i % photos.length]] : [],
      createdAt: base + i * 1000,
      updatedAt: base + i * 1000,
    };
  });
}

/** A catalogue backup file (DESIGN.md's JSON format). */
export function catalogueJson(products) {
  return Buffer.from(JSON.stringify({ format: 'serentak-catalogue', version: 1, products }), 'utf8');
}

/** A CSV the way Excel in Indonesian saves it: BOM, semicolons, CRLF, Bahasa headers, "Rp15.000" prices. */
export function catalogueCsv(products) {
  const quote = (v) => (/[;"\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const rupiah = (n) => `Rp${n.toLocaleString('id-ID')}`;
  const lines = ['kode_sku;nama_produk;deskripsi;harga;stok;berat_gram;kondisi;kategori'];
  for (const p of products) {
    lines.push(
      [p.sku, p.name, p.description, rupiah(p.price), String(p.stock), String(p.weightGrams),
        p.condition === 'used' ? 'bekas' : 'baru', p.category].map(quote).join(';'),
    );
  }
  return Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8');
}
