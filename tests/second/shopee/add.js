// Shopee Seller Centre "Tambah Produk Baru", the older `shopee-` build (Vue), as public automation
// scripts drive it: the name input found by its placeholder "Nama Merek + Tipe Produk…", category
// recommendation cards that appear after the name is typed, "Selanjutnya" to reach the detail form,
// price/stock/weight found by placeholder, brand as a `.shopee-select` with "Tidak Ada Merek", and the
// "Simpan & Tampilkan" / "Simpan & Arsipkan" buttons. Sources: tests/second/SOURCES.md#shopee.
import { createState, h, t, EN, intOf, latency, decoy } from '../_lib/app.js';
import { vueInput } from '../_lib/vue.js';
import { portalSelect } from '../_lib/portal-select.js';
import { hiddenFileInput } from '../_lib/photos.js';
import { suggest, joinPath } from '../_lib/category-tree.js';

const state = createState({ minOrder: 1 });
const m = state.model;
const app = document.getElementById('app');

const item = (label, control, { required = false, hint } = {}) =>
  h('div', { class: 'shopee-form-item' },
    h('div', { class: 'shopee-form-item__label' }, required ? h('span', { class: 'mandatory', text: '*' }) : null, h('span', { text: label })),
    h('div', { class: 'shopee-form-item__control' }, control, hint ? h('div', { class: 'shopee-form-item__hint', text: hint }) : null));
const input = ({ placeholder, prefix, suffix, commit, type = 'text', value = '' }) => {
  const el = h('input', { class: 'shopee-input__input', type, placeholder, value });
  if (commit) vueInput(el, commit);
  return { wrap: h('div', { class: 'shopee-input' }, prefix ? h('span', { class: 'shopee-input__prefix', text: prefix }) : null, el, suffix ? h('span', { class: 'shopee-input__suffix', text: suffix }) : null), el };
};
const select = (opts) => portalSelect({ ...opts, classes: { trigger: 'shopee-select', popup: 'shopee-select__menu', option: 'shopee-select__menu-item', search: 'shopee-select__search' } });

// ---- stage 1: photos, name, category recommendations -------------------------------------------
const photoList = h('div', { class: 'shopee-image-manager' });
const photos = hiddenFileInput({
  label: t('Tambahkan Foto', 'Add Photo'),
  onFiles(names) {
    m.photos = [...m.photos, ...names].slice(0, 9); // Shopee: at most 9 product photos
    photoList.replaceChildren(...m.photos.map((n) => h('div', { class: 'shopee-image-manager__item', text: n })), photos.el);
  },
});
photoList.append(photos.el);

const counter = h('span', { class: 'shopee-input__suffix', text: '0/255' });
const recBox = h('div', { class: 'category-recommendation', role: 'radiogroup', 'aria-label': t('Rekomendasi kategori', 'Recommended categories') },
  h('span', { class: 'async-loading', text: t('Isi nama produk untuk melihat rekomendasi kategori', 'Type the product name to see recommended categories') }));
let recTimer;
const name = input({
  placeholder: t('Nama Merek + Tipe Produk + Fitur Produk (Bahan, Warna, Ukuran, Variasi)', 'Brand Name + Product Type + Key Features (Material, Colour, Size, Variation)'),
  commit(v) {
    m.name = v.slice(0, 255);
    counter.textContent = `${m.name.length}/255`;
    clearTimeout(recTimer);
    recTimer = setTimeout(loadRecommendations, 500); // recommendations follow the name, debounced
  },
});
name.wrap.append(counter);

async function loadRecommendations() {
  recBox.replaceChildren(h('span', { class: 'async-loading', text: t('Memuat rekomendasi…', 'Loading recommendations…') }));
  await latency(500);
  const leaves = suggest(m.name);
  recBox.replaceChildren(...(leaves.length ? leaves.map((leaf) => {
    const radio = h('input', { type: 'radio', name: 'category-recommendation', value: joinPath(leaf.id) });
    vueInput(radio, () => { chooseCategory(leaf); }, { lazy: true });
    return h('label', { class: 'category-recommendation-item' }, radio, h('span', { text: joinPath(EN ? leaf.en : leaf.id) }));
  }) : [h('span', { class: 'async-loading', text: t('Tidak ada rekomendasi', 'No recommendation') })]));
}
function chooseCategory(leaf) {
  const changed = m.category && m.category !== joinPath(leaf.id);
  m.category = joinPath(leaf.id);
  for (const el of recBox.querySelectorAll('.category-recommendation-item')) el.classList.toggle('is-active', el.querySelector('input').checked);
  if (changed && brandSlot.isConnected) mountBrand(); // a new category re-mounts brand & attributes
}

const stage1Error = h('div', { class: 'shopee-form-item__error', role: 'alert', hidden: true });
const nextButton = h('button', { type: 'button', class: 'shopee-button shopee-button--primary', text: t('Selanjutnya', 'Next'), onclick: goNext });
const stage1 = h('section', { class: 'shopee-card', 'data-stage': '1' },
  h('h2', { class: 'shopee-card__title', text: t('Informasi Produk', 'Basic Information') }),
  item(t('Foto Produk', 'Product Images'), photoList, { required: true }),
  item(t('Nama Produk', 'Product Name'), name.wrap, { required: true }),
  item(t('Kategori', 'Category'), recBox, { required: true }),
  h('div', { class: 'shopee-footer' }, stage1Error, nextButton));

// ---- stage 2: the detail form, mounted only after "Selanjutnya" ---------------------------------
const brandSlot = h('div', {});
async function mountBrand() {
  m.brand = null;
  brandSlot.replaceChildren(h('span', { class: 'async-loading', text: t('Memuat atribut…', 'Loading attributes…') }));
  await latency(900); // attributes come from the server once the category is known
  const brand = select({
    label: t('Merek', 'Brand'), placeholder: t('Pilih merek', 'Select brand'), searchable: true,
    loadOptions: async (q) => [
      { value: 'NO_BRAND', label: t('Tidak Ada Merek', 'No Brand') },
      { value: 'Kusuka', label: 'Kusuka' }, { value: 'Maicih', label: 'Maicih' }, { value: 'Qtela', label: 'Qtela' },
    ].filter((o) => o.label.toLowerCase().includes(q.toLowerCase())),
    onPick(o) { m.brand = o.value; },
  });
  const origin = h('input', { class: 'shopee-input__input', placeholder: t('Contoh: Bandung', 'e.g. Bandung') });
  decoy(state, 'attributeOrigin', origin);
  brandSlot.replaceChildren(
    item(t('Merek', 'Brand'), brand.el, { required: true }),
    item(t('Asal Daerah', 'Region of Origin'), h('div', { class: 'shopee-input' }, origin)),
  );
}

function stage2() {
  const description = h('textarea', { class: 'shopee-textarea', placeholder: t('Jelaskan produkmu secara detail', 'Describe your product in detail') });
  const descCount = h('div', { class: 'shopee-form-item__hint', text: '0/3000' });
  vueInput(description, (v) => { m.description = v; descCount.textContent = `${v.length}/3000`; });

  const condition = select({
    label: t('Kondisi', 'Condition'), placeholder: t('Pilih kondisi', 'Select condition'), delayMs: 100,
    loadOptions: async () => [{ value: 'new', label: t('Baru', 'New') }, { value: 'used', label: t('Bekas', 'Used') }],
    onPick(o) { m.condition = o.value; },
  });
  const price = input({ placeholder: t('Harga', 'Price'), prefix: 'Rp', commit: (v) => { m.price = intOf(v); } });
  const stock = input({ placeholder: t('Stok', 'Stock'), commit: (v) => { m.stock = intOf(v); } });
  const minOrder = input({ value: '1', commit: (v) => { m.minOrder = intOf(v); } });
  const sku = input({ placeholder: t('Masukkan SKU Induk', 'Enter Parent SKU'), commit: (v) => { m.sku = v.trim(); } });
  // Wholesale ("Grosir") sits right under price and stock and has its own price and quantity inputs.
  const wMin = decoy(state, 'wholesaleMinQty', h('input', { class: 'shopee-input__input', placeholder: t('Min.', 'Min.') }));
  const wMax = decoy(state, 'wholesaleMaxQty', h('input', { class: 'shopee-input__input', placeholder: t('Maks.', 'Max.') }));
  const wPrice = decoy(state, 'wholesalePrice', h('input', { class: 'shopee-input__input', placeholder: t('Harga Satuan', 'Unit Price') }));
  const weight = input({ placeholder: t('Berat', 'Weight'), suffix: 'gr', commit: (v) => { m.weightGrams = intOf(v); } });
  // Shopee asks for the parcel as W × L × H (in that order) [guess from the label "Ukuran Paket"].
  const dim = (key, id, en) => input({ placeholder: t(id, en), suffix: 'cm', commit: (v) => { m.dimensions = { ...m.dimensions, [key]: intOf(v) }; } }).wrap;
  const preorderNo = h('input', { type: 'radio', name: 'preorder', checked: true });
  const preorderYes = h('input', { type: 'radio', name: 'preorder' });
  decoy(state, 'preOrder', preorderYes, 'change');

  return [
    h('section', { class: 'shopee-card', 'data-stage': '2' },
      h('h2', { class: 'shopee-card__title', text: t('Spesifikasi', 'Specification') }),
      brandSlot,
      item(t('Kondisi', 'Condition'), condition.el, { required: true }),
      item(t('Deskripsi Produk', 'Product Description'), h('div', {}, description, descCount), { required: true })),
    h('section', { class: 'shopee-card' },
      h('h2', { class: 'shopee-card__title', text: t('Informasi Penjualan', 'Sales Information') }),
      item(t('Harga', 'Price'), price.wrap, { required: true }),
      item(t('Stok', 'Stock'), stock.wrap, { required: true }),
      item(t('Grosir', 'Wholesale'), h('div', { class: 'wholesale-row' }, h('div', { class: 'shopee-input' }, wMin), h('div', { class: 'shopee-input' }, wMax), h('div', { class: 'shopee-input' }, h('span', { class: 'shopee-input__prefix', text: 'Rp' }), wPrice))),
      item(t('Min. Jumlah Pembelian', 'Min. Purchase Quantity'), minOrder.wrap),
      item(t('SKU Induk', 'Parent SKU'), sku.wrap)),
    h('section', { class: 'shopee-card' },
      h('h2', { class: 'shopee-card__title', text: t('Pengiriman', 'Shipping') }),
      item(t('Berat', 'Weight'), weight.wrap, { required: true }),
      item(t('Ukuran Paket', 'Parcel Size'), h('div', { class: 'dim-row' }, dim('width', 'L (Lebar)', 'W (Width)'), dim('length', 'P (Panjang)', 'L (Length)'), dim('height', 'T (Tinggi)', 'H (Height)')))),
    h('section', { class: 'shopee-card' },
      h('h2', { class: 'shopee-card__title', text: t('Lainnya', 'Others') }),
      item(t('Pre-Order', 'Pre-Order'), h('div', {}, h('label', {}, preorderNo, t(' Tidak', ' No')), ' ', h('label', {}, preorderYes, t(' Ya', ' Yes'))))),
    h('div', { class: 'shopee-footer' },
      h('button', { type: 'button', class: 'shopee-button', text: t('Kembali', 'Cancel') }),
      h('button', { type: 'button', class: 'shopee-button', text: t('Simpan & Arsipkan', 'Save & Delist'), onclick: () => { state.saved = true; } }),
      h('button', { type: 'button', class: 'shopee-button shopee-button--primary', text: t('Simpan & Tampilkan', 'Save & Publish'), onclick: () => { state.saved = true; } })),
  ];
}

function goNext() {
  const missing = [!m.name && t('Nama Produk', 'Product Name'), !m.category && t('Kategori', 'Category')].filter(Boolean);
  if (missing.length) {
    stage1Error.hidden = false;
    stage1Error.textContent = `${t('Kolom ini wajib diisi', 'This field is required')}: ${missing.join(', ')}`;
    return;
  }
  stage1Error.hidden = true;
  nextButton.remove();
  state.step = 2;
  app.querySelector('.shopee-page').append(...stage2());
  mountBrand();
}

app.append(h('div', { class: 'shopee-page' }, h('h1', { text: t('Tambah Produk Baru', 'Add a New Product') }), stage1));
