import { SKU_HEADERS, STOCK_HEADERS, defineStockPages } from './define';

/** Shopee "Produk Saya": variations are sub-rows under the product row (which shows their total). */
export default defineStockPages({
  platform: 'shopee',
  skuHeaders: [...SKU_HEADERS, 'SKU Code'],
  stockHeaders: STOCK_HEADERS,
  listingHref: /\/portal\/product\/(?:edit\/)?(\d+)/,
  listingAttributes: ['data-product-id'],
  saveButtons: ['Simpan', 'Save', 'Simpan & Tampilkan', 'Save and Publish', 'Update'],
  successTexts: ['Produk berhasil diperbarui', 'Product updated', 'Produk berhasil ditambahkan', 'Product added'],
  errorTexts: ['Gagal', 'Failed', 'Error'],
});
