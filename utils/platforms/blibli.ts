/**
 * Blibli Seller Center (Vue). No public UI automation is known and the add path is a guess: the form
 * is recognised from the page on any path, fields by Bahasa/English labels and the API's field names.
 */
import { definePlatform, defineSite } from './define';
import { PLATFORM_HOSTS } from './hosts';

// [seen] API variants Warna × Ukuran (marketplaces.md); [guess] the rest
const limits = {
  nameMax: 150, // [guess]
  photosMin: 1,
  photosMax: 8,
  priceMin: 1,
  priceMax: 1_000_000_000,
  stockMax: 999_999,
  descriptionMax: 10_000,
  variantGroupsMax: 2, // [seen] Warna × Ukuran
  variantItemsMax: 100,
  variantNameMax: 40,
  variantValueMax: 40,
  weightUnit: 'g',
  weightRequired: true,
  categoryRequired: true,
  photoMaxBytes: 4 * 1024 * 1024, // [guess]
  squarePhotos: false,
  seen: [],
} as const;

/** Where this seller centre lives and how its pages look: all its light content script carries. */
export const site = defineSite({
  id: 'blibli',
  label: 'Blibli',
  hosts: PLATFORM_HOSTS.blibli.seller,
  pages: {
    add: ['/product/create*', '/product/add*', '/external/product/create*'],
    edit: ['/product/edit/*', '/external/product/edit/*'],
    list: ['/external/product/active*', '/product/list*'],
    login: ['/sign-in*', '/login*'],
  },
  detect: { addTexts: ['Tambah Produk', 'Tambah Produk Baru', 'Add Product', 'Create Product'] },
});

export default definePlatform({
  ...site,
  limits,
  fields: {
    name: { find: [{ css: 'input[name=productName]' }], kind: 'text' },
    description: { find: [{ css: "[data-field='description'] [contenteditable]" }, { css: 'textarea[name=description]' }], kind: 'richText' },
    // "Harga Normal" is the price; "Harga Jual" beside it is an optional sale price (a synonym of price
    // elsewhere), so the page's own label comes before the shared synonyms
    price: { find: [{ css: 'input[name=price]' }, { label: ['Harga Normal', 'Regular Price', 'Normal Price'] }], kind: 'number' },
    stock: { find: [{ css: 'input[name=stock]' }], kind: 'number' },
    weight: { find: [{ css: 'input[name=weight]' }], kind: 'number', unit: 'g' },
    condition: {
      find: [{ css: "[data-field='condition'] [role=button]" }],
      kind: 'select',
      options: { new: ['Baru', 'New'], used: ['Bekas', 'Used'] },
    },
    brand: { find: [{ css: "[data-field='brand'] [role=button]" }], kind: 'searchSelect', none: ['No Brand', 'Tidak Ada Merek', 'NoBrand'] },
    category: { find: [{ css: "[data-field='categoryCode'] [role=button]" }], kind: 'cascader' },
    photos: { find: [{ css: "[data-field='images'] input[type=file]" }, { css: 'input[type=file][name=images]' }], kind: 'file' },
    sku: { find: [{ css: 'input[name=merchantSku]' }, { label: ['SKU Merchant', 'Merchant SKU'] }], kind: 'text' },
    // the API's minimumStock ("Stok Minimum") is a low-stock alert, not a minimum order: never fill it
    minOrder: 'unsupported',
    dimensions: {
      find: [{ css: "[data-field='dimensions']" }],
      kind: 'number',
      parts: {
        length: [{ css: 'input[name=length]' }, { placeholder: ['Panjang', 'Length'] }],
        width: [{ css: 'input[name=width]' }, { placeholder: ['Lebar', 'Width'] }],
        height: [{ css: 'input[name=height]' }, { placeholder: ['Tinggi', 'Height'] }],
      },
    },
    variants: { find: [{ css: "[data-field='variants']" }], kind: 'variantGrid' },
    preorder: { find: [{ css: 'input[name=preOrderDays]' }], kind: 'number', toggle: [{ css: "[data-field='preOrder'] [role=switch]" }] },
    unit: 'unsupported',
    kbki: 'unsupported',
    tkdn: 'unsupported',
    pdn: 'unsupported',
  },
  save: {
    button: [{ label: ['Simpan', 'Kirim', 'Submit', 'Save'] }],
    successTexts: ['Produk berhasil disimpan', 'Produk berhasil ditambahkan', 'Product saved'],
    editUrl: /\/product\/edit\/([\w-]+)/,
  },
});
