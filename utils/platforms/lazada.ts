/**
 * Lazada Seller Center (React + Alibaba Fusion "next-" components). Weight is entered in kilograms;
 * images go through a Media Center dialog in the real page (a hidden file input where one exists).
 */
import { definePlatform } from './define';
import { PLATFORM_HOSTS } from './hosts';
import { makeToListing } from './listing';

const limits = {
  nameMax: 255,
  photosMin: 3,
  photosMax: 8,
  priceMin: 1_000,
  priceMax: 1_000_000_000,
  stockMax: 999_999,
  descriptionMax: 25_000,
  variantGroupsMax: 2,
  variantItemsMax: 100,
  variantNameMax: 40,
  variantValueMax: 40,
  weightUnit: 'kg',
  weightRequired: true,
  categoryRequired: true,
} as const;

export default definePlatform({
  id: 'lazada',
  label: 'Lazada',
  hosts: PLATFORM_HOSTS.lazada.seller,
  pages: {
    add: ['/apps/product/publish', '/apps/product/publish/*'],
    edit: ['/apps/product/publish?*productId=*'],
    list: ['/apps/product/list*'],
    login: ['/apps/seller/login*'],
  },
  detect: { addTexts: ['Tambah Produk', 'Add Product', 'Basic Information', 'Informasi Dasar'] },
  limits,
  fields: {
    name: { find: [{ css: 'input[name=title]' }, { css: "[data-field='title'] input" }], kind: 'text' },
    description: { find: [{ css: "[data-field='description'] [contenteditable]" }, { css: '.next-formily-item [contenteditable]' }], kind: 'richText' },
    price: { find: [{ css: 'input[name=price]' }], kind: 'number' },
    stock: { find: [{ css: 'input[name=quantity]' }, { placeholder: ['Stok', 'Stock', 'Quantity'] }], kind: 'number' },
    weight: { find: [{ css: 'input[name=package_weight]' }], kind: 'number', unit: 'kg' },
    condition: 'unsupported',
    brand: {
      find: [{ css: "[data-field='brand'] .next-select-trigger-search" }, { css: "[data-field='brand']" }],
      kind: 'searchSelect',
      none: ['No Brand', 'Tidak Ada Merek'],
    },
    category: { find: [{ css: "[data-field='category']" }], kind: 'cascader' },
    photos: { find: [{ css: "[data-field='images'] input[type=file]" }], kind: 'file' },
    sku: { find: [{ css: 'input[name=SellerSku]' }, { css: "input[name='seller_sku']" }], kind: 'text' },
    minOrder: 'unsupported',
    dimensions: {
      find: [{ css: "[data-field='package_size']" }],
      kind: 'number',
      parts: {
        length: [{ css: 'input[name=package_length]' }, { placeholder: ['Panjang', 'Length'] }],
        width: [{ css: 'input[name=package_width]' }, { placeholder: ['Lebar', 'Width'] }],
        height: [{ css: 'input[name=package_height]' }, { placeholder: ['Tinggi', 'Height'] }],
      },
    },
    variants: { find: [{ css: "[data-field='variation']" }], kind: 'variantGrid' },
    preorder: 'unsupported',
    unit: 'unsupported',
    kbki: 'unsupported',
    tkdn: 'unsupported',
    pdn: 'unsupported',
  },
  save: {
    button: [{ label: ['Kirim', 'Submit', 'Simpan', 'Save'] }],
    successTexts: ['Produk berhasil dikirim', 'Product submitted', 'Berhasil'],
    editUrl: /productId=(\d+)/,
  },
  toListing: makeToListing('lazada', 'Lazada', limits),
});
