/**
 * The words of "Simpan ke katalog" in the panel, Bahasa Indonesia first, English beside it. Kept apart
 * from the dashboard's publish words (text.ts), which bring react-i18next: the panel has no i18next.
 */
export type { Language } from '@/utils/bilingual';

export const SAVE_TEXT = {
  heading: { id: 'Produk di halaman ini', en: 'The product on this page' },
  explain: {
    id: 'Simpan produk yang sudah ada di toko Anda ke katalog Serentak: sebagai produk baru, atau hubungkan ke SKU yang sama.',
    en: 'Keep a product your shop already sells in the Serentak catalogue: as a new product, or linked to the same SKU.',
  },
  button: { id: 'Simpan ke katalog', en: 'Save to catalogue' },
  readAgain: { id: 'Baca ulang halaman', en: 'Read the page again' },
  reading: { id: 'Membaca produk di halaman…', en: 'Reading the product on the page…' },
  readTitle: { id: 'Yang terbaca dari halaman', en: 'Read from the page' },
  notRead: { id: 'tidak terbaca', en: 'not read' },
  photos: { id: '{count} foto', en: '{count} photos' },
  unread: {
    id: 'Tidak terbaca dari halaman: {fields}. Lengkapi di katalog bila perlu.',
    en: 'Not read from the page: {fields}. Complete them in the catalogue if needed.',
  },
  skuLabel: { id: 'SKU di katalog', en: 'Catalogue SKU' },
  willCreate: { id: 'SKU {sku} belum ada di katalog: disimpan sebagai produk baru.', en: 'SKU {sku} is not in the catalogue yet: saved as a new product.' },
  willLink: {
    id: 'SKU {sku} sudah ada ({name}, {price}, stok {stock}): produk ini dihubungkan ke sana.',
    en: 'SKU {sku} is already there ({name}, {price}, {stock} in stock): this listing is linked to it.',
  },
  replaces: {
    id: 'SKU ini sudah terhubung ke produk lain di marketplace ini ({id}); tautan itu diganti.',
    en: 'This SKU is already linked to another listing on this marketplace ({id}); that link is replaced.',
  },
  updateFromPage: {
    id: 'Perbarui juga nama, deskripsi, harga, stok, berat dan foto di katalog dari halaman ini',
    en: 'Also update name, description, price, stock, weight and photos in the catalogue from this page',
  },
  confirmCreate: { id: 'Simpan sebagai produk baru', en: 'Save as a new product' },
  confirmLink: { id: 'Hubungkan ke SKU ini', en: 'Link to this SKU' },
} as const;
