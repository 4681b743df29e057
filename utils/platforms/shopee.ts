/**
 * Shopee Seller Centre (Vue 3 + EDS). Every field wrapper carries `data-product-edit-field-unique-id`
 * (the stable hook); labels are <span>s in `.edit-label`. Two stages: photos + name, then "Berikutnya"
 * mounts the rest. The brand block mounts ~1 s after a category is confirmed and is reset when the
 * category changes, hence the engine's fill order (category before brand).
 */
import { definePlatform, defineSite } from './define';
import { PLATFORM_HOSTS } from './hosts';

const hook = (id: string, inner = '') => ({ css: `[data-product-edit-field-unique-id="${id}"]${inner ? ` ${inner}` : ''}` });

// [seen] name ≤255, photos ≤9, variation name ≤14, option ≤20 (marketplaces.md); 1:1 photos;
// [guess] the rest (no name minimum known, price bounds, 2 MB, 500 px)
const limits = {
  nameMax: 255, // [seen]
  photosMin: 1,
  photosMax: 9, // [seen]
  priceMin: 100, // [guess]
  priceMax: 150_000_000, // [guess]
  stockMax: 999_999,
  descriptionMin: 20,
  descriptionMax: 3000,
  variantGroupsMax: 2,
  variantItemsMax: 50,
  variantNameMax: 14, // [seen]
  variantValueMax: 20, // [seen]
  weightUnit: 'g',
  weightRequired: true,
  categoryRequired: true,
  photoMinSide: 500, // [guess]
  photoMaxBytes: 2 * 1024 * 1024, // [guess]
  squarePhotos: true, // [seen] Shopee crops anything not 1:1
  seen: [],
} as const;

/** Where this seller centre lives and how its pages look: all its light content script carries. */
export const site = defineSite({
  id: 'shopee',
  label: 'Shopee',
  hosts: PLATFORM_HOSTS.shopee.seller,
  loginHosts: PLATFORM_HOSTS.shopee.login,
  pages: {
    add: ['/portal/product/new*'],
    edit: ['/portal/product/edit/*', '/portal/product/[0-9]*'],
    list: ['/portal/product/list*'],
    login: ['/account/signin*', '/seller/login*'],
  },
  detect: { addTexts: ['Tambah Produk Baru', 'Add a New Product'], editTexts: ['Edit Produk', 'Edit Product'], formSelector: '[data-product-edit-field-unique-id]' },
});

export default definePlatform({
  ...site,
  limits,
  steps: [
    { fields: ['photos', 'name'], next: [{ label: ['Berikutnya', 'Next Step', 'Selanjutnya', 'Next'] }] },
    { fields: ['category', 'brand', 'description', 'variants', 'price', 'stock', 'minOrder', 'weight', 'dimensions', 'preorder', 'condition', 'sku'] },
  ],
  fields: {
    name: { find: [hook('name', 'input'), { placeholder: ['Nama Merek + Tipe Produk', 'Brand Name + Product Type'] }], kind: 'text' },
    description: { find: [hook('description', '[contenteditable]'), hook('description', 'textarea')], kind: 'richText' },
    price: { find: [hook('price', 'input')], kind: 'number' },
    stock: { find: [hook('stock', 'input')], kind: 'number' },
    weight: { find: [hook('weight', 'input')], kind: 'number', unit: 'g' },
    condition: { find: [hook('condition')], kind: 'select', options: { new: ['Baru', 'New'], used: ['Bekas', 'Used'] } },
    brand: {
      find: [{ label: ['Merek', 'Brand'] }],
      kind: 'searchSelect',
      none: ['Tidak Ada Merek', 'No Brand'],
    },
    category: {
      find: [{ css: '.product-category-box' }, hook('category', '.product-category-box')],
      kind: 'categoryModal',
      picker: { confirm: [{ label: ['Konfirmasi', 'Confirm'] }] },
    },
    photos: { find: [hook('images', 'input[type=file]')], kind: 'file' },
    sku: { find: [hook('parentSku', 'input')], kind: 'text' },
    minOrder: { find: [hook('minpq', 'input')], kind: 'number' },
    dimensions: {
      find: [{ label: ['Ukuran Paket', 'Parcel Size'] }],
      kind: 'number',
      parts: {
        length: [hook('dimension.length', 'input'), { placeholder: ['P (Panjang)', 'L (Length)'] }],
        width: [hook('dimension.width', 'input'), { placeholder: ['L (Lebar)', 'W (Width)'] }],
        height: [hook('dimension.height', 'input'), { placeholder: ['T (Tinggi)', 'H (Height)'] }],
      },
    },
    variants: {
      find: [hook('variation')],
      kind: 'variantGrid',
      // "Aktifkan Variasi" opens Variasi 1; the table's rows name their options, its header the columns
      grid: {
        enable: [{ label: ['Aktifkan Variasi', 'Enable Variations'] }],
        addGroup: [{ label: ['Tambah Variasi 2', 'Tambahkan Variasi 2', 'Add Variation 2'] }],
        group: '[data-product-edit-field-unique-id^="tierVariation_"]',
        groupName: [{ placeholder: ['Ketik atau pilih', 'Masukkan nama variasi', 'Type or select', 'Enter variation name'] }],
        option: [{ placeholder: ['Masukkan pilihan', 'Enter an option', 'Enter option'] }],
        columns: { price: ['Harga', 'Price'], stock: ['Stok', 'Stock'], sku: ['Kode Variasi', 'SKU Variasi', 'SKU', 'Variation SKU'] },
      },
    },
    preorder: {
      find: [{ label: ['Waktu Proses', 'Days to Ship'] }, { placeholder: ['7 - 90'] }],
      kind: 'number',
      toggle: [hook('preOrder', '[role=switch]'), hook('preOrder', '.eds-switch')],
    },
    unit: 'unsupported',
    kbki: 'unsupported',
    tkdn: 'unsupported',
    pdn: 'unsupported',
  },
  save: {
    button: [{ label: ['Simpan & Tampilkan', 'Save and Publish', 'Simpan', 'Save'] }],
    successTexts: ['Produk berhasil ditambahkan', 'Product added', 'Berhasil disimpan'],
    editUrl: /\/portal\/product\/(?:edit\/)?(\d+)/,
  },
});
