/**
 * Every word publishing shows, Bahasa Indonesia first, English beside it: one table (like the panel's),
 * so the words can move into the app's i18n files in one go. The language is the app's own.
 */
import { useTranslation } from 'react-i18next';
import type { PublishState } from '@/utils/publish/publish-state';
import type { ReadinessVerdict } from '@/utils/publish/readiness';

import { pickText, type Language, type Bilingual } from '@/utils/bilingual';

export type { Language };

export const PUBLISH_TEXT = {
  publishEverywhere: { id: 'Terbitkan ke semua', en: 'Publish everywhere' },
  // The accessible name starts with the visible label (WCAG 2.5.3 "label in name"; axe
  // label-content-name-mismatch), then names the product so each row's button is unique.
  publishNamed: { id: 'Terbitkan ke semua: {name}', en: 'Publish everywhere: {name}' },
  dialogTitle: { id: 'Terbitkan "{name}"', en: 'Publish "{name}"' },
  choose: { id: 'Pilih marketplace', en: 'Choose marketplaces' },
  start: { id: 'Mulai terbitkan', en: 'Start publishing' },
  starting: { id: 'Membuka tab…', en: 'Opening tabs…' },
  close: { id: 'Tutup', en: 'Close' },
  retry: { id: 'Coba lagi', en: 'Try again' },
  showTab: { id: 'Lihat tab', en: 'Show tab' },
  openListing: { id: 'Buka produk', en: 'Open listing' },
  neverSaves: {
    id: 'Serentak membuka satu tab per marketplace dan mengisi formulirnya. Periksa lalu simpan sendiri — kecuali simpan otomatis Anda nyalakan.',
    en: 'Serentak opens one tab per marketplace and fills its form. Review and save it yourself — unless you turned auto-save on.',
  },
  autoSubmitOn: { id: 'simpan otomatis', en: 'auto-save' },
  statusTitle: { id: 'Status', en: 'Status' },
  noPlatform: { id: 'Pilih minimal satu marketplace.', en: 'Choose at least one marketplace.' },
  // readiness
  readinessTitle: { id: 'Kesiapan terbit', en: 'Publishing readiness' },
  readinessNav: { id: 'Kesiapan', en: 'Readiness' },
  readinessHint: {
    id: 'Setiap produk di setiap marketplace: yang menghalangi (merah), yang akan diubah atau perlu dicek (kuning).',
    en: 'Every product on every marketplace: what blocks it (red), what will change or needs a look (yellow).',
  },
  onlyProblems: { id: 'Hanya yang bermasalah', en: 'Only products with problems' },
  product: { id: 'Produk', en: 'Product' },
  shownOf: { id: 'Menampilkan {shown} dari {total} produk', en: 'Showing {shown} of {total} products' },
  padSquare: { id: 'Jadikan persegi (latar putih)', en: 'Make square (white padding)' },
  padded: { id: 'Foto dijadikan persegi', en: 'Photos made square' },
  loading: { id: 'Memuat…', en: 'Loading…' },
  // rules
  rulesTitle: { id: 'Aturan per marketplace', en: 'Rules per marketplace' },
  rulesHint: {
    id: 'Diterapkan saat mengisi formulir, sebelum batas tiap marketplace. Katalog Anda tidak berubah.',
    en: 'Applied when filling a form, before each marketplace\'s limits. Your catalogue is not changed.',
  },
  markupPercent: { id: 'Markup (%)', en: 'Markup (%)' },
  markupFixed: { id: 'Tambahan tetap (Rp)', en: 'Fixed add-on (Rp)' },
  roundTo: { id: 'Bulatkan ke atas kelipatan (Rp)', en: 'Round up to a multiple of (Rp)' },
  namePrefix: { id: 'Awalan nama', en: 'Name prefix' },
  nameSuffix: { id: 'Akhiran nama', en: 'Name suffix' },
  descriptionHeader: { id: 'Pembuka deskripsi', en: 'Description header' },
  descriptionFooter: { id: 'Penutup deskripsi', en: 'Description footer' },
  defaultBrand: { id: 'Merek bawaan (kosong = tanpa merek)', en: 'Default brand (empty = no brand)' },
  defaultCondition: { id: 'Kondisi bawaan', en: 'Default condition' },
  conditionNew: { id: 'Baru', en: 'New' },
  conditionUsed: { id: 'Bekas', en: 'Used' },
  autoSubmit: {
    id: 'Simpan otomatis setelah formulir lengkap terisi (tombol simpan marketplace ditekan Serentak)',
    en: 'Save automatically after a complete fill (Serentak presses the marketplace\'s save button)',
  },
  example: { id: 'Contoh: Rp15.000 → {price}', en: 'Example: Rp15.000 → {price}' },
  tiktokHost: { id: 'Seller centre TikTok Shop / Tokopedia yang dibuka', en: 'TikTok Shop / Tokopedia seller centre to open' },
  platformOn: { id: 'Aktif', en: 'On' },
  // save to catalogue (panel)
  saveToCatalogue: { id: 'Simpan ke katalog', en: 'Save to catalogue' },
  reading: { id: 'Membaca produk di halaman…', en: 'Reading the product on the page…' },
  linkTo: { id: 'Hubungkan ke SKU yang ada', en: 'Link to an existing SKU' },
  saveAsNew: { id: 'Simpan sebagai produk baru', en: 'Save as a new product' },
  savedNew: { id: 'Tersimpan sebagai produk baru {sku}', en: 'Saved as new product {sku}' },
  linked: { id: 'Terhubung ke {sku}', en: 'Linked to {sku}' },
} satisfies Record<string, Bilingual>;

export const STATE_TEXT: Record<PublishState, Bilingual> = {
  queued: { id: 'Antre', en: 'Queued' },
  opening: { id: 'Membuka halaman', en: 'Opening the page' },
  filling: { id: 'Mengisi formulir', en: 'Filling the form' },
  filled: { id: 'Terisi — periksa lalu simpan', en: 'Filled — review and save' },
  'needs-login': { id: 'Perlu masuk akun', en: 'Sign-in needed' },
  blocked: { id: 'Terhalang', en: 'Blocked' },
  failed: { id: 'Gagal', en: 'Failed' },
  submitted: { id: 'Tersimpan di marketplace', en: 'Saved on the marketplace' },
};

export const VERDICT_TEXT: Record<ReadinessVerdict, Bilingual> = {
  ready: { id: 'Siap', en: 'Ready' },
  changes: { id: 'Perlu dicek', en: 'Check' },
  blocked: { id: 'Terhalang', en: 'Blocked' },
};

/** The app's language, and a picker for bilingual texts with {placeholders}. */
export function usePublishText(): { lang: Language; tr: (text: Bilingual, vars?: Record<string, string | number>) => string } {
  const { i18n } = useTranslation();
  const lang: Language = i18n.language === 'en' ? 'en' : 'id';
  const tr = (text: Bilingual, vars?: Record<string, string | number>) => pickText(text, lang, vars);
  return { lang, tr };
}
