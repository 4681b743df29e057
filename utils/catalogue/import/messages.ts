/** Whole-file problems (DESIGN.md: an unreadable file changes nothing and says why). */
import type { Bilingual } from '../../bilingual';

export const FILE_ERRORS = {
  empty: { id: 'File kosong.', en: 'The file is empty.' },
  binary: {
    id: 'File ini bukan teks CSV atau JSON (mungkin gambar, PDF, atau file Excel .xlsx). Di Excel pilih Simpan Sebagai › CSV UTF-8.',
    en: 'This file is not CSV or JSON text (perhaps an image, a PDF or an Excel .xlsx file). In Excel choose Save As › CSV UTF-8.',
  },
  headerOnly: {
    id: 'File hanya berisi baris judul, tanpa produk.',
    en: 'The file has only a header row, no products.',
  },
  brokenJson: (detail: string): Bilingual => ({
    id: `File JSON rusak dan tidak bisa dibaca (${detail}).`,
    en: `The JSON file is broken and cannot be read (${detail}).`,
  }),
  otherJson: {
    id: 'File JSON ini bukan cadangan katalog Serentak (tidak ada "format": "serentak-catalogue").',
    en: 'This JSON file is not a Serentak catalogue backup (no "format": "serentak-catalogue").',
  },
  newerVersion: (version: number): Bilingual => ({
    id: `File ini dibuat oleh Serentak versi yang lebih baru (format versi ${version}); perbarui ekstensi lalu coba lagi.`,
    en: `This file was made by a newer Serentak (format version ${version}); update the extension and try again.`,
  }),
  unknownVersion: (shown: string): Bilingual => ({
    id: `Versi format ${shown} tidak dikenal; cadangan Serentak memakai "version": 1.`,
    en: `Format version ${shown} is not known; Serentak backups use "version": 1.`,
  }),
  noProductList: {
    id: 'Cadangan ini tidak berisi daftar produk ("products").',
    en: 'This backup has no product list ("products").',
  },
  noProducts: { id: 'Cadangan ini tidak berisi produk.', en: 'This backup contains no products.' },
  noSkuColumn: (found: string): Bilingual => ({
    id: `Tidak ada kolom SKU (sku atau kode_sku) di baris judul. Judul yang ditemukan: ${found}.`,
    en: `No SKU column (sku or kode_sku) in the header row. Headers found: ${found}.`,
  }),
} satisfies Record<string, Bilingual | ((...args: never[]) => Bilingual)>;
