/** Report reasons the seller reads, Bahasa Indonesia first. One place so wording stays consistent. */
import type { Bilingual } from '../bilingual';

export const reason = {
  filled: (shown: string): Bilingual => ({ id: `Diisi: ${shown}`, en: `Filled: ${shown}` }),
  alreadyRight: (): Bilingual => ({ id: 'Sudah berisi nilai yang benar', en: 'Already holds the right value' }),
  unsupported: (): Bilingual => ({ id: 'Marketplace ini tidak punya kolom ini', en: 'This marketplace has no such field' }),
  notOnForm: (): Bilingual => ({ id: 'Kolom ini tidak ada di formulir ini', en: 'This form does not have this field' }),
  notFound: (): Bilingual => ({
    id: 'Kolom tidak ditemukan di halaman; isi manual',
    en: 'Field not found on the page; fill it by hand',
  }),
  lookalike: (label: string): Bilingual => ({
    id: `Kolom tidak dikenali pasti; yang paling mirip: "${label}". Periksa dan isi manual`,
    en: `Field not recognised for sure; the closest control is "${label}". Check it and fill it by hand`,
  }),
  notKept: (): Bilingual => ({
    id: 'Halaman tidak menyimpan nilai ini setelah pengisian selesai; periksa dan isi manual',
    en: 'The page did not keep this value once the fill was over; check it and fill it by hand',
  }),
  ambiguous: (how: string): Bilingual => ({
    id: `Lebih dari satu kolom cocok (${how}); tidak diisi agar tidak salah kolom`,
    en: `More than one field matched (${how}); left empty rather than risk the wrong field`,
  }),
  noValue: (): Bilingual => ({ id: 'Produk tidak punya nilai untuk kolom ini', en: 'The product has no value for this field' }),
  readOnly: (): Bilingual => ({ id: 'Kolom terkunci (hanya baca) di halaman', en: 'The field is locked (read-only) on the page' }),
  disabled: (): Bilingual => ({ id: 'Kolom nonaktif di halaman', en: 'The field is disabled on the page' }),
  didNotStick: (): Bilingual => ({
    id: 'Halaman menolak nilai ini; kolom dikosongkan kembali, isi manual',
    en: 'The page rejected the value; the field was cleared, fill it by hand',
  }),
  optionMissing: (wanted: string): Bilingual => ({
    id: `Pilihan "${wanted}" tidak ada di daftar; pilih manual`,
    en: `Option "${wanted}" is not in the list; choose it by hand`,
  }),
  categoryMissing: (words: string): Bilingual => ({
    id: `Kategori untuk "${words}" tidak ditemukan lewat pencarian halaman; pilih manual`,
    en: `No category found for "${words}" through the page's search; choose it by hand`,
  }),
  /** detail: "the path chosen|what the trigger shows" */
  categoryNotKept: (detail: string): Bilingual => {
    const [chosen = '', seen = ''] = detail.split('|');
    return {
      id: `Kategori "${chosen}" dipilih, tetapi halaman menampilkan "${seen || 'kosong'}"; pilih manual`,
      en: `Category "${chosen}" was chosen, but the page shows "${seen || 'nothing'}"; choose it by hand`,
    };
  },
  unitUnknown: (): Bilingual => ({
    id: 'Pilihan satuan berat (g/kg) di samping kolom tidak ditemukan; berat tidak diisi agar satuannya tidak salah. Isi manual',
    en: 'The weight unit menu (g/kg) beside the field was not found; the weight was left empty rather than in the wrong unit. Fill it by hand',
  }),
  photosRejected: (): Bilingual => ({ id: 'Halaman tidak menerima foto; unggah manual', en: 'The page did not take the photos; upload them by hand' }),
  variantsByHand: (where: string): Bilingual => ({
    id: `Isi varian secara manual di ${where}; harga dasar dan total stok masuk ke kolom utama`,
    en: `Fill the variants by hand on ${where}; the base price and total stock go in the main fields`,
  }),
  variantsIncomplete: (detail: string): Bilingual => ({
    id: `Tabel variasi belum lengkap (${detail}); lengkapi manual`,
    en: `The variation table is incomplete (${detail}); complete it by hand`,
  }),
  perVariant: (): Bilingual => ({ id: 'Diisi per varian di tabel variasi', en: 'Filled per variant in the variation table' }),
  readyStock: (): Bilingual => ({ id: 'Stok siap (bukan pre-order)', en: 'Ready stock (not pre-order)' }),
  stageUnreached: (button: string): Bilingual => ({
    id: `Tahap berikutnya belum terbuka; klik "${button}" lalu isi lagi`,
    en: `The next step did not open; click "${button}" and fill again`,
  }),
  failedFlow: (detail: string): Bilingual => ({ id: `Gagal mengisi: ${detail}`, en: `Could not fill: ${detail}` }),
  cancelled: (): Bilingual => ({ id: 'Pengisian dibatalkan', en: 'Filling was cancelled' }),
  stepPassed: (): Bilingual => ({
    id: 'Langkah ini sudah dilewati; kembali dengan "Sebelumnya" untuk memeriksanya',
    en: 'This step was already passed; go back with "Previous" to check it',
  }),
};
