/**
 * Label and placeholder synonyms per field, Bahasa Indonesia and English side by side (after Mozilla's
 * form-autofill heuristics: rules as data, commented by language). The engine appends these to every
 * adapter's own label locators, so a seller centre switched to English, or a label reworded, still
 * matches. Compared after normalising (lower case, no "*", no "(opsional)", no "0/255" counters).
 * Keep entries exact phrases: label rules run last and must not catch a neighbouring row.
 */
import type { FieldKey } from '../fill/types';

export const FIELD_LABELS: Record<FieldKey, string[]> = {
  name: [
    // id
    'Nama Produk', 'Nama Barang', 'Judul Produk',
    // en
    'Product Name', 'Product Title', 'Name',
  ],
  description: [
    // id
    'Deskripsi Produk', 'Deskripsi', 'Keterangan Produk',
    // en
    'Product Description', 'Description',
  ],
  price: [
    // id
    'Harga', 'Harga Produk', 'Harga Satuan', 'Harga Jual',
    // en
    'Price', 'Product Price', 'Unit Price', 'Selling Price',
  ],
  stock: [
    // id
    'Stok', 'Stok Produk', 'Jumlah Stok', 'Stok Tersedia',
    // en
    'Stock', 'Quantity', 'Available Stock', 'Inventory',
  ],
  weight: [
    // id
    'Berat', 'Berat Produk', 'Berat Paket', 'Berat Barang', 'Berat Pengiriman',
    // en
    'Weight', 'Product Weight', 'Package Weight', 'Shipping Weight',
  ],
  condition: [
    // id
    'Kondisi', 'Kondisi Produk',
    // en
    'Condition', 'Product Condition',
  ],
  brand: [
    // id
    'Merek', 'Merk', 'Merek Produk', 'Merek (HAKI)',
    // en
    'Brand', 'Brand Name',
  ],
  category: [
    // id
    'Kategori', 'Kategori Produk', 'Rekomendasi Kategori', 'Kategori yang Disarankan', 'Saran Kategori',
    // en
    'Category', 'Product Category', 'Recommended Categories', 'Suggested Categories', 'Recommended Category', 'Suggested Category',
  ],
  photos: [
    // id
    'Foto Produk', 'Gambar Produk', 'Foto', 'Gambar',
    // en
    'Product Images', 'Product Photos', 'Images', 'Photos',
  ],
  sku: [
    // id
    'SKU Induk', 'Kode SKU', 'SKU Penjual', 'No Produk', 'Nomor Produk', 'SKU',
    // en
    'Parent SKU', 'Seller SKU', 'SKU Code', 'Product Number',
  ],
  minOrder: [
    // id
    'Minimum Pemesanan', 'Min. Pemesanan', 'Min. Jumlah Pembelian', 'Minimum Jumlah Pembelian', 'Jumlah Pembelian Minimum', 'Minimal Pembelian', 'Minimum Pembelian', 'Min. Pembelian',
    // en
    'Minimum Order', 'Minimum Purchase', 'Min. Purchase Quantity', 'Minimum Purchase Quantity',
  ],
  dimensions: [
    // id
    'Ukuran Paket', 'Dimensi', 'Ukuran Produk', 'Dimensi Paket',
    // en
    'Package Size', 'Dimensions', 'Package Dimensions', 'Parcel Size',
  ],
  variants: [
    // id
    'Variasi', 'Varian', 'Variasi Produk', 'Varian Produk',
    // en
    'Variations', 'Variants', 'Variation', 'Product Variants',
  ],
  preorder: [
    // id
    'Pre-Order', 'Preorder', 'Pre Order', 'Produk Pre-Order',
    // en
    'Pre-order',
  ],
  unit: [
    // id
    'Satuan', 'Unit Pengukuran', 'Satuan Produk',
    // en
    'Unit', 'Unit of Measure', 'Unit of Measurement',
  ],
  kbki: [
    // id
    'Kode KBKI', 'KBKI',
    // en
    'KBKI Code',
  ],
  tkdn: [
    // id
    'Nilai TKDN', 'TKDN', 'Nilai TKDN (%)', 'Persentase TKDN',
    // en
    'TKDN Value', 'Local Content (TKDN)',
  ],
  pdn: [
    // id
    'Status PDN', 'Produk Dalam Negeri', 'PDN',
    // en
    'Domestic Product', 'PDN Status',
  ],
};

/** Sub-fields that share one report key. */
export const PART_LABELS: Record<string, string[]> = {
  // id / en
  length: ['Panjang', 'Length', 'P'],
  width: ['Lebar', 'Width', 'L'],
  height: ['Tinggi', 'Height', 'T'],
};

/** Choice labels shared by every platform. */
export const CONDITION_LABELS: Record<'new' | 'used', string[]> = {
  new: ['Baru', 'New', 'Brand New'],
  used: ['Bekas', 'Used', 'Second', 'Pernah Dipakai'],
};
/** Words that say "no brand" itself (Bahasa and English). */
export const NO_BRAND_WORDS = ['Tidak Ada Merek', 'Tanpa Merek', 'Tidak Bermerek', 'No Brand', 'NoBrand', 'Unbranded', 'Non Brand'];
/** ...and, where an adapter names no wording of its own, the catch-all entry of a brand list. */
export const NO_BRAND_LABELS = [...NO_BRAND_WORDS, 'Lainnya', 'Others'];
export const YES_LABELS = ['Ya', 'Yes'];
export const NO_LABELS = ['Tidak', 'No'];

/** The page's own "go on" buttons in two-stage forms and wizards (never save). */
export const NEXT_LABELS = ['Selanjutnya', 'Berikutnya', 'Lanjut', 'Lanjutkan', 'Langkah Berikutnya', 'Next', 'Next Step', 'Continue'];

/** Normalise a label as a person reads it: no "*", no "(opsional)", no counters, no colon. */
export function normaliseLabel(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/\*/g, '')
    .replace(/\((opsional|optional|wajib|required)\)/gi, '')
    .replace(/\b\d+\s*\/\s*\d+\b/g, '')
    .replace(/[:：]\s*$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Every normalised synonym → its field, for the guard that a row holds no other field's label. */
export const LABEL_OWNER: Map<string, FieldKey> = new Map(
  (Object.entries(FIELD_LABELS) as [FieldKey, string[]][]).flatMap(([field, labels]) =>
    labels.map((l) => [normaliseLabel(l), field] as [string, FieldKey]),
  ),
);
