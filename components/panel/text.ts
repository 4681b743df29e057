/**
 * Every word the panel shows, Bahasa Indonesia first, English beside it: one table, so the words can
 * move into the app's i18n files in one go. The language itself is the app's (`languageSetting`, via
 * `useLanguageSetting`), so switching in the dashboard switches an open panel too.
 */
import type { FieldKey, FieldStatus } from '@/utils/fill/types';

import { formatText, pickText, type Language, type Bilingual } from '@/utils/bilingual';

export type { Language };

export const PANEL_TEXT = {
  title: { id: 'Serentak', en: 'Serentak' },
  platformPage: { id: 'Halaman {platform}', en: '{platform} page' },
  collapse: { id: 'Sembunyikan panel', en: 'Hide panel' },
  expand: { id: 'Buka panel Serentak', en: 'Open the Serentak panel' },
  language: { id: 'Bahasa', en: 'Language' },
  searchLabel: { id: 'Cari produk di katalog', en: 'Search your catalogue' },
  searchPlaceholder: { id: 'Nama, SKU, atau kategori…', en: 'Name, SKU or category…' },
  recent: { id: 'Produk terbaru', en: 'Recent products' },
  results: { id: '{count} produk cocok', en: '{count} matching products' },
  loading: { id: 'Memuat katalog…', en: 'Loading the catalogue…' },
  emptyCatalogue: {
    id: 'Katalog masih kosong. Tambah produk di dasbor Serentak dulu.',
    en: 'Your catalogue is empty. Add products in the Serentak dashboard first.',
  },
  noMatch: { id: 'Tidak ada produk yang cocok.', en: 'No matching products.' },
  picked: { id: 'Dipilih', en: 'Picked' },
  stockCount: { id: 'stok {count}', en: '{count} in stock' },
  variantCount: { id: '{count} varian', en: '{count} variants' },
  preparing: { id: 'Menyiapkan data untuk {platform}…', en: 'Preparing the listing for {platform}…' },
  listingTitle: { id: 'Yang akan diisi di {platform}', en: 'What {platform} will receive' },
  changesTitle: { id: 'Perubahan & peringatan', en: 'Changes & warnings' },
  noChanges: { id: 'Tidak ada perubahan: produk diisi apa adanya.', en: 'No changes: the product is filled as it is.' },
  noBrand: { id: 'Tanpa merek', en: 'No brand' },
  photosCount: { id: '{count} foto', en: '{count} photos' },
  conditionNew: { id: 'Baru', en: 'New' },
  conditionUsed: { id: 'Bekas', en: 'Used' },
  pickFirst: { id: 'Pilih produk dulu, lalu tekan "Isi formulir".', en: 'Pick a product, then press "Fill the form".' },
  fill: { id: 'Isi formulir', en: 'Fill the form' },
  neverSaves: {
    id: 'Serentak tidak menekan tombol simpan. Periksa formulir, lalu simpan sendiri.',
    en: 'Serentak never presses save. Check the form, then save it yourself.',
  },
  reportTitle: { id: 'Hasil pengisian', en: 'Fill report' },
  reportRunning: { id: 'Sedang mengisi formulir…', en: 'Filling the form…' },
  reportDone: { id: '{filled} terisi, {skipped} dilewati, {failed} gagal', en: '{filled} filled, {skipped} skipped, {failed} failed' },
  nextAction: { id: 'Langkah berikutnya', en: 'Next step' },
  show: { id: 'Tunjukkan', en: 'Show' },
  showField: { id: 'Tunjukkan {field} di halaman', en: 'Show {field} on the page' },
  matchedBy: { id: 'ditemukan lewat {how}', en: 'found by {how}' },
  filled: { id: 'Terisi', en: 'Filled' },
  skipped: { id: 'Dilewati', en: 'Skipped' },
  failed: { id: 'Gagal', en: 'Failed' },
  pickFailed: { id: 'Produk ini tidak bisa disiapkan: {reason}', en: 'This product could not be prepared: {reason}' },
} satisfies Record<string, Bilingual>;

export type PanelTextKey = keyof typeof PANEL_TEXT;

export const FIELD_NAMES: Record<FieldKey, Bilingual> = {
  name: { id: 'Nama produk', en: 'Product name' },
  description: { id: 'Deskripsi', en: 'Description' },
  price: { id: 'Harga', en: 'Price' },
  stock: { id: 'Stok', en: 'Stock' },
  weight: { id: 'Berat', en: 'Weight' },
  condition: { id: 'Kondisi', en: 'Condition' },
  brand: { id: 'Merek', en: 'Brand' },
  category: { id: 'Kategori', en: 'Category' },
  photos: { id: 'Foto', en: 'Photos' },
  sku: { id: 'SKU', en: 'SKU' },
  minOrder: { id: 'Minimum pemesanan', en: 'Minimum order' },
  dimensions: { id: 'Ukuran paket', en: 'Package size' },
  variants: { id: 'Varian', en: 'Variants' },
  preorder: { id: 'Pre-order', en: 'Pre-order' },
  unit: { id: 'Satuan', en: 'Unit' },
  kbki: { id: 'Kode KBKI', en: 'KBKI code' },
  tkdn: { id: 'TKDN', en: 'TKDN' },
  pdn: { id: 'Produk Dalam Negeri', en: 'Domestic product (PDN)' },
};

export const STATUS_TEXT: Record<FieldStatus, PanelTextKey> = { filled: 'filled', skipped: 'skipped', failed: 'failed' };

/** Fill `{name}` placeholders. */
export const format = formatText;

export interface PanelText {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (key: PanelTextKey, values?: Record<string, string | number>) => string;
  pick: (text: Bilingual) => string;
}

/** The panel's words in one language (the hook in use-panel-text.ts follows the seller's setting). */
export function panelText(language: Language, setLanguage: (language: Language) => void = () => {}): PanelText {
  const pick = (text: Bilingual) => pickText(text, language);
  return { language, setLanguage, pick, t: (key, values) => pickText(PANEL_TEXT[key], language, values) };
}
