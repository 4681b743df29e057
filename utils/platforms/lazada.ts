/**
 * Lazada Seller Center (React + Alibaba Fusion "next-" components), English by default. Weight is in
 * kilograms. Photos go through the "Media Center" dialog, the category through the suggestions the page
 * makes from the name (flows). Brand mounts with the specification ~0.7 s after a category is chosen.
 */
import { definePlatform, defineSite } from './define';
import { PLATFORM_HOSTS } from './hosts';
import { mediaCenterUpload } from './flows/media-center';
import { suggestedCategory } from './flows/suggested-category';

// [seen] name ≤255, 3–8 images through the Media Center (marketplaces.md); [guess] the rest
const limits = {
  nameMax: 255, // [seen]
  photosMin: 3, // [seen]
  photosMax: 8, // [seen]
  priceMin: 1_000, // [guess]
  priceMax: 1_000_000_000, // [guess]
  stockMax: 999_999,
  descriptionMax: 25_000,
  variantGroupsMax: 2,
  variantItemsMax: 100,
  variantNameMax: 40,
  variantValueMax: 40,
  weightUnit: 'kg',
  weightRequired: true,
  categoryRequired: true,
  photoMinSide: 330, // [guess]
  photoMaxBytes: 3 * 1024 * 1024, // [guess]
  squarePhotos: false,
  seen: [],
} as const;

/** Where this seller centre lives and how its pages look: all its light content script carries. */
export const site = defineSite({
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
});

export default definePlatform({
  ...site,
  limits,
  fields: {
    name: { find: [{ css: 'input[name=title]' }, { css: "[data-field='title'] input" }], kind: 'text' },
    // the editor sits over a hidden textarea that only mirrors it: the editor is the field
    description: { find: [{ css: "[data-field='description'] [contenteditable]" }, { css: '.next-formily-item [contenteditable]' }, { label: ['Main Description', 'Deskripsi Utama'] }], kind: 'richText' },
    price: { find: [{ css: 'input[name=price]' }], kind: 'number' },
    stock: { find: [{ css: 'input[name=quantity]' }, { placeholder: ['Stok', 'Stock', 'Quantity'] }], kind: 'number' },
    weight: {
      find: [{ css: 'input[name=package_weight]' }, { label: ['Package Weight', 'Berat Paket'] }],
      kind: 'number',
      unit: 'kg',
      // the kg/g menu beside the number: kept on kg so 0.25 means 250 g
      unitSelect: [{ label: ['Package Weight', 'Berat Paket'] }],
    },
    condition: 'unsupported',
    // mounts with the product specification once a category is chosen
    brand: {
      // the search input itself: Fusion's search select opens from a click on it, not on its frame
      find: [{ css: "[data-field='brand'] .next-select-trigger-search input" }, { css: '#product-specification [role=combobox] input' }, { label: ['Brand', 'Merek'] }],
      kind: 'searchSelect',
      none: ['No Brand', 'Tidak Ada Merek'],
    },
    category: {
      find: [{ css: "[data-field='category'] [role=combobox]" }, { placeholder: ['Please select or search category keywords', 'Pilih atau cari kata kunci kategori'] }, { label: ['Category', 'Kategori'] }],
      kind: 'searchSelect',
      flow: suggestedCategory,
    },
    // the gallery's "Media Center" tile opens a dialog holding the only file input
    photos: { find: [{ label: ['Product Images', 'Gambar Produk'] }], kind: 'opener', flow: mediaCenterUpload },
    sku: { find: [{ css: 'input[name=SellerSku]' }, { css: "input[name='seller_sku']" }, { label: ['Seller SKU', 'SKU Penjual'] }], kind: 'text' },
    minOrder: 'unsupported',
    dimensions: {
      find: [{ css: "[data-field='package_size']" }, { label: ['Package Dimensions (cm)', 'Dimensi Paket (cm)', 'Package Dimensions', 'Dimensi Paket'] }],
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
});
