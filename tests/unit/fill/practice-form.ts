/**
 * A small two-stage add-product form in happy-dom, shaped like Shopee's: stage 1 holds the name and
 * "Berikutnya"; pressing it mounts stage 2 a moment later (price, stock, weight, SKU, description, and a
 * variants row without a table). Values are committed only on `input` events, like Vue's v-model, into
 * `model`; every press of Next and Save is recorded. Its adapter is plain data, like the real ones.
 */
import { definePlatform, type Platform } from '../../../utils/platforms/define';
import type { Listing } from '../../../utils/fill/types';

export interface PracticeForm {
  model: Record<string, string>;
  pressed: string[];
  /** commits per field, to tell "left alone" from "written again with the same value" */
  commits: string[];
}

const row = (label: string, control: string) => `<div class="edit-row"><div class="edit-label"><span>*</span><span>${label}</span></div><div class="edit-main">${control}</div></div>`;

export function practiceForm({ nextOpens = true, saveWorks = true, rejectPrice = false } = {}): PracticeForm {
  const form: PracticeForm = { model: {}, pressed: [], commits: [] };
  document.body.innerHTML = `<h1>Tambah Produk Baru</h1>
    <section id="stage1">${row('Nama Produk', '<input data-field="name" placeholder="Nama Merek + Tipe Produk">')}</section>
    <section id="stage2"></section>
    <footer><button type="button" id="next">Berikutnya</button><button type="button" id="save">Simpan &amp; Tampilkan</button></footer>`;
  document.body.addEventListener('input', (e) => {
    const el = e.target as HTMLInputElement;
    const key = el.dataset.field;
    if (!key) return;
    // the page's own rule: a price field that only takes whole thousands (to make a value not stick)
    if (key === 'price' && rejectPrice) {
      queueMicrotask(() => (el.value = ''));
      return;
    }
    form.model[key] = el.value;
    form.commits.push(key);
  });
  document.getElementById('next')!.addEventListener('click', () => {
    form.pressed.push('next');
    if (!nextOpens) return;
    // stage 2 mounts after the page's own round trip, not at once
    setTimeout(() => {
      document.getElementById('stage2')!.innerHTML =
        row('Deskripsi Produk', '<textarea data-field="description"></textarea>') +
        row('Variasi', '<div data-field-row="variants"><button type="button">Aktifkan Variasi</button></div>') +
        row('Harga', '<input data-field="price">') +
        row('Stok', '<input data-field="stock">') +
        row('Berat', '<input data-field="weight"> gr') +
        row('SKU Induk', '<input data-field="sku">');
    }, 30);
  });
  document.getElementById('save')!.addEventListener('click', () => {
    form.pressed.push('save');
    if (!saveWorks) {
      document.body.insertAdjacentHTML('beforeend', '<div role="alert">Kolom ini wajib diisi</div>');
      return;
    }
    history.pushState({}, '', '/portal/product/778899');
    document.body.insertAdjacentHTML('beforeend', '<div role="status">Produk berhasil ditambahkan</div>');
  });
  return form;
}

export const practicePlatform: Platform = definePlatform({
  id: 'shopee',
  label: 'Toko Latihan',
  hosts: ['seller.shopee.co.id'],
  pages: { add: ['/'], edit: ['/portal/product/*'], list: [] },
  detect: { addTexts: ['Tambah Produk Baru'] },
  limits: {
    nameMax: 255, photosMin: 0, photosMax: 9, priceMin: 100, priceMax: 1e9, stockMax: 999_999, descriptionMax: 3000,
    variantGroupsMax: 2, variantItemsMax: 50, weightUnit: 'g', weightRequired: true,
  },
  steps: [
    { fields: ['name'], next: [{ label: ['Berikutnya'] }] },
    { fields: ['description', 'variants', 'price', 'stock', 'weight', 'sku'] },
  ],
  fields: {
    name: { find: [{ css: '[data-field=name]' }], kind: 'text' },
    description: { find: [{ label: ['Deskripsi Produk'] }], kind: 'textarea' },
    price: { find: [{ css: '[data-field=price]' }], kind: 'number' },
    stock: { find: [{ css: '[data-field=stock]' }], kind: 'number' },
    weight: { find: [{ css: '[data-field=weight]' }], kind: 'number', unit: 'g' },
    sku: { find: [{ label: ['SKU Induk'] }], kind: 'text' },
    // a variants row the adapter has no table description for
    variants: { find: [{ css: '[data-field-row=variants]' }], kind: 'variantGrid' },
    condition: 'unsupported',
    brand: 'unsupported',
    category: 'unsupported',
    photos: 'unsupported',
    minOrder: 'unsupported',
    dimensions: 'unsupported',
    preorder: 'unsupported',
    unit: 'unsupported',
    kbki: 'unsupported',
    tkdn: 'unsupported',
    pdn: 'unsupported',
  },
  save: {
    button: [{ label: ['Simpan & Tampilkan'] }],
    successTexts: ['Produk berhasil ditambahkan'],
    editUrl: /\/portal\/product\/(\d+)/,
  },
});

export const keripik: Listing = {
  platform: 'shopee',
  sku: 'KRP-BLD-250',
  name: 'Keripik Singkong Balado Pedas 250 gr',
  description: 'Keripik singkong renyah.\nTanpa pengawet.',
  price: 15000,
  stock: 40,
  weightGrams: 250,
  condition: 'new',
  category: 'Keripik',
  photos: [],
  minOrder: 1,
};
