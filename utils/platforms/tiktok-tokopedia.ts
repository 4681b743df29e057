/**
 * TikTok Shop and the current Tokopedia seller centre: one React + Arco ("core-") form on
 * seller-id.tiktok.com and seller-id.tokopedia.com. Stable hooks are `data-id="product.publish.*"` and
 * `data-tid`; popups (`core-select-popup`, `core-cascader-popup`) are portals at the end of <body>.
 * TikTok drops the first keystroke into an empty price field: the engine's verify-and-re-set covers it.
 */
import { definePlatform, defineSite } from './define';
import { PLATFORM_HOSTS } from './hosts';

// [seen] "Nama produk minimal 25 karakter" (25–255), price 100–100.000.000, stock ≤999.999, photos ≤9,
// min 300×300 px (marketplaces.md); [guess] the rest
const limits = {
  nameMin: 25, // [seen]
  nameMax: 255, // [seen]
  photosMin: 1,
  photosMax: 9, // [seen]
  priceMin: 100, // [seen]
  priceMax: 100_000_000, // [seen]
  stockMax: 999_999, // [seen]
  descriptionMax: 10_000,
  variantGroupsMax: 3,
  variantItemsMax: 100,
  variantNameMax: 20,
  variantValueMax: 50,
  weightUnit: 'g',
  weightRequired: true,
  categoryRequired: true,
  photoMinSide: 300, // [seen] "ukuran min. 300 x 300 px"
  photoMaxBytes: 10 * 1024 * 1024, // [guess]
  squarePhotos: false,
  seen: ['nameMin', 'priceMin', 'priceMax'],
} as const;

/** Where this seller centre lives and how its pages look: all its light content script carries. */
export const site = defineSite({
  id: 'tiktok-tokopedia',
  label: 'TikTok Shop / Tokopedia',
  hosts: PLATFORM_HOSTS['tiktok-tokopedia'].seller,
  loginHosts: PLATFORM_HOSTS['tiktok-tokopedia'].login,
  pages: {
    add: ['/product/create*'],
    edit: ['/product/edit/*'],
    list: ['/product/manage*'],
    login: ['/account/login*', '/login*'],
  },
  detect: { addTexts: ['Tambah produk baru', 'Tambah Produk', 'Add new product'], editTexts: ['Edit produk', 'Edit product'] },
});

export default definePlatform({
  ...site,
  limits,
  fields: {
    name: { find: [{ css: "input[data-id='product.publish.product_name']" }, { css: '#preview-product-title input' }], kind: 'text' },
    description: { find: [{ css: '#preview-product-description [contenteditable]' }, { css: "[data-id='product.publish.description'] [contenteditable]" }], kind: 'richText' },
    price: { find: [{ css: 'input[data-tid="m4b_input_number"][currency]' }, { css: "[data-id='product.publish.price'] input" }], kind: 'number' },
    stock: { find: [{ css: "[data-id='product.publish.stock'] input" }], kind: 'number' },
    weight: {
      find: [{ css: "div[data-id='product.publish.package_weight'] input" }],
      kind: 'number',
      unit: 'g',
      unitSelect: [{ css: "div[data-id='product.publish.package_weight'] [role=combobox]" }],
    },
    condition: { find: [{ css: "[data-id='product.publish.condition']" }], kind: 'radio', options: { new: ['Baru', 'New'], used: ['Bekas', 'Used', 'Pernah dipakai'] } },
    brand: {
      find: [{ css: "[data-id='product.publish.brand'] [role=combobox]" }],
      kind: 'searchSelect',
      none: ['No brand', 'Tidak ada merek', 'Tanpa merek'],
      picker: { popup: '.core-select-popup' },
    },
    category: {
      find: [{ css: '#product-cascader-select-view' }],
      kind: 'cascader',
      picker: { popup: '.core-cascader-popup' },
    },
    photos: { find: [{ css: '#main_image_item_0 input[type=file]' }, { css: "[data-id='product.publish.main_images'] input[type=file]" }], kind: 'file' },
    sku: { find: [{ css: "[data-id='product.publish.seller_sku'] input" }], kind: 'text' },
    // not on the current replica (nor in the public TikTok notes); Tokopedia's own form called it
    // "Minimum Pesanan": reported "not on this form" until the page shows it
    minOrder: {
      find: [{ css: "[data-id='product.publish.minimum_order'] input" }, { label: ['Minimum Pesanan', 'Min. Pesanan', 'Minimum order quantity', 'Min. order quantity'] }],
      kind: 'number',
    },
    dimensions: {
      find: [{ css: "[data-id='product.publish.package_size']" }],
      kind: 'number',
      parts: {
        length: [{ css: "[data-id='product.publish.package_length'] input" }, { placeholder: ['Panjang', 'Length'] }],
        width: [{ css: "[data-id='product.publish.package_width'] input" }, { placeholder: ['Lebar', 'Width'] }],
        height: [{ css: "[data-id='product.publish.package_height'] input" }, { placeholder: ['Tinggi', 'Height'] }],
      },
    },
    variants: {
      find: [{ css: '#preview-sale-information' }],
      kind: 'variantGrid',
      // the switch mounts the variation editor; its own button then opens the first group
      toggle: [{ css: '#publish_enable_variation button[role=switch]' }],
      grid: {
        enable: [{ label: ['Tambah variasi', 'Add variation'] }],
        addGroup: [{ label: ['Tambah variasi 2', 'Add variation 2'] }],
        groupName: [{ placeholder: ['Ketik atau pilih', 'Masukkan nama variasi', 'Type or select', 'Enter variation name'] }],
        option: [{ placeholder: ['Masukkan pilihan', 'Enter an option', 'Enter option'] }],
        columns: { price: ['Harga', 'Price'], stock: ['Stok', 'Stock', 'Quantity', 'Jumlah'], sku: ['SKU penjual', 'Seller SKU', 'SKU'] },
      },
    },
    preorder: {
      find: [{ css: "[data-id='product.publish.pre_order'] input" }],
      kind: 'number',
      toggle: [{ css: "[data-id='product.publish.pre_order'] [role=switch]" }],
    },
    unit: 'unsupported',
    kbki: 'unsupported',
    tkdn: 'unsupported',
    pdn: 'unsupported',
  },
  save: {
    button: [{ label: ['Kirim', 'Terbitkan', 'Simpan', 'Perbarui', 'Submit', 'Publish', 'Save'] }],
    successTexts: ['Produk diajukan', 'Product submitted'],
    editUrl: /\/product\/edit\/(\d+)/,
  },
});
