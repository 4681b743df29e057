/**
 * What each field is called on a seller centre's form, as data for the scoring classifier (after
 * Mozilla form-autofill's heuristics: rules per field, each signal with its own weight). Phrases are
 * compared as whole words after `normaliseText` (lower case, punctuation as spaces), so "Min. pembelian"
 * is written "min pembelian". The exact labels of `platforms/labels.ts` also count (as exact matches).
 * `not` phrases make decoys lose: a label holding one scores far below zero for the field.
 */
import type { FieldKey } from '../types';

export interface FieldRule {
  /** label / placeholder phrases that say "this is the field" */
  words: string[];
  /** phrases that say "this looks like the field but is another one" (promo price, stock alert) */
  not?: string[];
  /** tokens of `name` / `id` attributes (camelCase and snake_case are split before comparing) */
  names?: string[];
  /** unit shown beside the input ("gram", "Rp", "cm") */
  units?: string[];
  /** the value is a number: an input with inputmode numeric / type number counts a little */
  numeric?: boolean;
  /** section headings the field usually sits under */
  sections?: string[];
}

export const FIELD_RULES: Partial<Record<FieldKey, FieldRule>> = {
  name: {
    // id: nama/judul; en: name/title
    words: ['nama produk', 'nama barang', 'judul produk', 'judul', 'product name', 'product title', 'title', 'nama'],
    not: ['varian', 'variasi', 'variant', 'variation', 'merek', 'brand', 'toko', 'shop', 'store', 'kategori', 'category'],
    names: ['title', 'productname', 'name'],
  },
  description: {
    words: ['deskripsi', 'keterangan', 'description', 'deskripsi produk', 'product description', 'detail produk'],
    not: ['singkat', 'short', 'keunggulan', 'highlight', 'selling point'],
    names: ['description', 'desc'],
  },
  price: {
    // id: harga (normal, jual, satuan); en: price, selling price
    words: ['harga', 'harga normal', 'harga jual', 'harga satuan', 'harga produk', 'price', 'selling price', 'regular price', 'unit price'],
    // id: promo / coret / grosir / diskon / modal; en: promo, sale, wholesale, discount, cost
    not: ['promo', 'coret', 'grosir', 'diskon', 'potongan', 'modal', 'minimum', 'maksimum', 'promotion', 'special', 'wholesale', 'discount', 'cost', 'strikethrough', 'sale price', 'original price', 'ongkir', 'shipping'],
    names: ['price', 'harga'],
    units: ['rp', 'idr'],
    numeric: true,
    sections: ['harga', 'price', 'penjualan', 'sales'],
  },
  stock: {
    // id: stok, kuantitas, jumlah; en: stock, quantity
    words: ['stok', 'stock', 'kuantitas', 'quantity', 'qty', 'jumlah', 'jumlah stok', 'stok tersedia', 'available stock', 'inventory', 'persediaan'],
    // id: stok minimum / peringatan stok / pembelian; en: minimum stock, low-stock alert, order
    not: ['minimum', 'min', 'maksimum', 'peringatan', 'pengingat', 'batas', 'pembelian', 'pemesanan', 'pesanan', 'alert', 'warning', 'reminder', 'order', 'purchase', 'safety'],
    names: ['stock', 'stok', 'quantity', 'qty', 'inventory'],
    numeric: true,
  },
  weight: {
    // id: berat, bobot; en: weight
    words: ['berat', 'bobot', 'berat paket', 'berat produk', 'berat barang', 'berat pengiriman', 'weight', 'package weight', 'product weight', 'shipping weight'],
    // id: berat volumetrik; en: volumetric weight
    not: ['volumetrik', 'volumetric', 'volume', 'dimensi', 'dimension'],
    names: ['weight', 'berat'],
    units: ['gram', 'g', 'gr', 'kg', 'kilogram'],
    numeric: true,
    sections: ['pengiriman', 'shipping', 'delivery', 'logistik'],
  },
  sku: {
    // id: SKU, kode, no. produk; en: seller SKU, product code
    words: ['sku', 'kode sku', 'sku penjual', 'sku seller', 'sku induk', 'kode produk', 'kode barang', 'no produk', 'nomor produk', 'seller sku', 'parent sku', 'merchant sku', 'sku merchant', 'product code', 'product number', 'item code'],
    not: ['gtin', 'barcode', 'ean', 'upc', 'isbn', 'kbki', 'tkdn', 'sertifikat', 'certificate', 'varian', 'variant'],
    names: ['sku', 'sellersku', 'merchantsku'],
  },
  minOrder: {
    // id: minimum pemesanan / pembelian; en: minimum order / purchase
    words: ['minimum pemesanan', 'min pemesanan', 'minimal pemesanan', 'minimum pembelian', 'min pembelian', 'minimal pembelian', 'jumlah pembelian minimum', 'pembelian minimum', 'pemesanan minimum', 'minimum order', 'min order', 'minimum purchase', 'min purchase', 'minimum order quantity', 'moq'],
    not: ['stok', 'stock', 'maksimum', 'maximum', 'max', 'harga', 'price'],
    names: ['minorder', 'minpurchase', 'minimumorder', 'moq'],
    numeric: true,
  },
  brand: {
    words: ['merek', 'merk', 'brand', 'brand name', 'nama merek'],
    not: ['sertifikat', 'certificate'],
    names: ['brand', 'merek'],
  },
  dimensions: {
    // id: dimensi / ukuran paket / P x L x T; en: package size / dimensions / L x W x H
    words: ['dimensi', 'dimensi paket', 'ukuran paket', 'ukuran produk', 'p x l x t', 'panjang x lebar x tinggi', 'dimensions', 'package dimensions', 'package size', 'parcel size', 'l x w x h', 'length x width x height'],
    not: ['volumetrik', 'volumetric', 'berat', 'weight'],
    units: ['cm'],
  },
  tkdn: {
    // id: nilai TKDN; en: local content. Never the certificate number or BMP
    words: ['tkdn', 'nilai tkdn', 'persentase tkdn', 'tkdn value', 'local content'],
    not: ['sertifikat', 'certificate', 'no', 'nomor', 'number', 'bmp', 'tanggal', 'date', 'berlaku'],
    units: ['%'],
    numeric: true,
  },
  kbki: {
    words: ['kbki', 'kode kbki', 'kbki code'],
    not: ['tkdn'],
  },
  preorder: {
    words: ['pre order', 'preorder', 'waktu proses', 'masa pengemasan', 'processing time', 'lead time'],
    numeric: true,
  },
};

/** Dimension parts inside one row, when the row's inputs carry their own words. */
export const PART_WORDS: Record<string, string[]> = {
  length: ['panjang', 'length', 'p'],
  width: ['lebar', 'width', 'l', 'w'],
  height: ['tinggi', 'height', 't', 'h'],
};

/** Signal weights and the decision bounds (tuned on the table in tests/unit/fill/classify.test.ts). */
export const WEIGHT = {
  hintCss: 100,
  hintText: 55,
  labelExact: 60,
  label: 34,
  perWord: 4,
  placeholderExact: 40,
  placeholder: 34,
  name: 24,
  unit: 14,
  wrongUnit: -20,
  numeric: 4,
  section: 6,
  not: -90,
  /** the best candidate must score at least this */
  threshold: 38,
  /** and beat the next distinct control by more than this, else it is ambiguous */
  margin: 8,
  /** below the threshold but at least this: a look-alike named in a `failed` report */
  lookalike: 14,
} as const;
