import { SKU_HEADERS, STOCK_HEADERS, defineStockPages } from './define';

/** Lazada "Manage Products": one row per SKU, each with its product's Edit link (?productId=). */
export default defineStockPages({
  platform: 'lazada',
  skuHeaders: SKU_HEADERS,
  stockHeaders: [...STOCK_HEADERS, 'Sellable Stock', 'Stok Tersedia'],
  listingHref: /[?&]productId=(\d+)/,
  listingAttributes: ['data-product-id'],
  saveButtons: ['Submit', 'Kirim', 'Update', 'Perbarui'],
  successTexts: ['Product updated successfully', 'Produk berhasil diperbarui', 'Submitted successfully', 'Berhasil dikirim'],
  errorTexts: ['Gagal', 'Failed', 'Error'],
});
