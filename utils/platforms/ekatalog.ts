/**
 * e-Katalog (LKPP / INAPROC): the v6 "Tambah Produk" wizard at katalog.inaproc.id, and v5 at
 * e-katalog.lkpp.go.id. No public automation exists: fields are found by their Bahasa labels (and
 * English synonyms) and the wizard is recognised from the page on any path.
 */
import { definePlatform } from './define';
import { PLATFORM_HOSTS } from './hosts';
import { makeToListing } from './listing';

const NEXT = [{ label: ['Selanjutnya', 'Lanjut', 'Berikutnya', 'Next'] }];

const limits = {
  nameMax: 255,
  photosMin: 1,
  photosMax: 9,
  priceMin: 1,
  priceMax: 10_000_000_000,
  stockMax: 9_999_999,
  descriptionMax: 10_000,
  variantGroupsMax: 2,
  variantItemsMax: 100,
  variantNameMax: 40,
  variantValueMax: 40,
  weightUnit: 'g',
  weightRequired: false,
  categoryRequired: true,
} as const;

export default definePlatform({
  id: 'ekatalog',
  label: 'e-Katalog',
  hosts: PLATFORM_HOSTS.ekatalog.seller,
  pages: {
    add: ['/penyedia/produk/tambah*', '/produk/tambah*'],
    edit: ['/penyedia/produk/ubah/*', '/penyedia/produk/*/ubah*', '/penyedia/produk/edit/*'],
    list: ['/penyedia/produk', '/penyedia/produk?*', '/penyedia/produk/daftar*'],
    login: ['/login*', '/masuk*'],
  },
  detect: { addTexts: ['Tambah Produk', 'Add Product'] },
  limits,
  steps: [
    { fields: ['category'], next: NEXT },
    { fields: ['name', 'photos', 'description', 'sku'], next: NEXT },
    { fields: ['kbki', 'pdn', 'tkdn', 'brand', 'condition'], next: NEXT },
    { fields: ['variants', 'price', 'stock', 'unit', 'weight', 'dimensions', 'minOrder', 'preorder'] },
  ],
  fields: {
    name: { find: [{ css: 'input[name=nama_produk]' }, { css: 'input[name=name]' }], kind: 'text' },
    description: { find: [{ css: 'textarea[name=deskripsi]' }, { css: '[contenteditable][data-field=deskripsi]' }], kind: 'textarea' },
    price: { find: [{ css: 'input[name=harga]' }], kind: 'number' },
    stock: { find: [{ css: 'input[name=stok]' }], kind: 'number' },
    weight: { find: [{ css: 'input[name=berat]' }], kind: 'number', unit: 'g' },
    condition: { find: [{ css: '[data-field=kondisi]' }], kind: 'radio' },
    brand: { find: [{ css: 'input[name=merek]' }], kind: 'text' },
    category: { find: [{ css: '[data-field=kategori]' }], kind: 'cascader' },
    photos: { find: [{ css: '[data-field=foto] input[type=file]' }], kind: 'file' },
    sku: { find: [{ css: 'input[name=no_produk]' }, { css: 'input[name=sku]' }], kind: 'text' },
    minOrder: { find: [{ css: 'input[name=min_pembelian]' }], kind: 'number' },
    dimensions: {
      find: [{ css: '[data-field=dimensi]' }],
      kind: 'number',
      parts: {
        length: [{ css: 'input[name=panjang]' }, { placeholder: ['Panjang', 'Length'] }],
        width: [{ css: 'input[name=lebar]' }, { placeholder: ['Lebar', 'Width'] }],
        height: [{ css: 'input[name=tinggi]' }, { placeholder: ['Tinggi', 'Height'] }],
      },
    },
    variants: { find: [{ css: '[data-field=varian]' }], kind: 'variantGrid' },
    preorder: 'unsupported',
    unit: { find: [{ css: '[data-field=satuan]' }], kind: 'select' },
    kbki: { find: [{ css: '[data-field=kbki]' }], kind: 'searchSelect' },
    tkdn: { find: [{ css: 'input[name=tkdn]' }], kind: 'number' },
    pdn: { find: [{ css: '[data-field=pdn]' }], kind: 'radio', options: { true: ['Ya', 'Produk Dalam Negeri', 'Yes'], false: ['Tidak', 'Impor', 'No'] } },
  },
  save: {
    button: [{ label: ['Simpan', 'Kirim', 'Ajukan', 'Submit', 'Save'] }],
    successTexts: ['Produk berhasil disimpan', 'Produk berhasil diajukan', 'Product saved'],
    editUrl: /\/penyedia\/produk\/(?:ubah\/|edit\/)?(\d+)/,
  },
  toListing: makeToListing('ekatalog', 'e-Katalog', limits),
});
