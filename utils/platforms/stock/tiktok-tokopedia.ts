import { SKU_HEADERS, STOCK_HEADERS, defineStockPages } from './define';

/** TikTok Shop / Tokopedia "Kelola produk": an antd-like grid, product rows keyed by data-row-key. */
export default defineStockPages({
  platform: 'tiktok-tokopedia',
  skuHeaders: [...SKU_HEADERS, 'SKU ID'],
  stockHeaders: STOCK_HEADERS,
  listingHref: /\/product\/edit\/(\d+)/,
  listingAttributes: ['data-row-key', 'data-product-id'],
  saveButtons: ['Perbarui', 'Update', 'Kirim', 'Submit'],
  successTexts: ['Produk berhasil diperbarui', 'Product updated', 'Produk diajukan', 'Product submitted'],
  errorTexts: ['Gagal', 'Failed', 'Error'],
});
