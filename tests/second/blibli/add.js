// Blibli Seller Center "Tambah Produk" (Vue). No public UI automation exists; the fields are the ones
// Blibli's own seller API documents for creating a product (productName, categoryCode, brand,
// description, uniqueSellingPoint, price, salePrice, merchantSku, stock, minimumStock,
// pickupPointCode, weight, length/width/height, images) and the MTA user guide's "Add Single Product"
// flow: first the category, column by column (C1 → C2 → C3), then the product form. Layout and
// wording are [guess]. Sources: tests/second/SOURCES.md#blibli.
import { createState, h, t, EN, intOf, latency, decoy } from '../_lib/app.js';
import { vueInput } from '../_lib/vue.js';
import { portalSelect } from '../_lib/portal-select.js';
import { richEditor } from '../_lib/rich-editor.js';
import { hiddenFileInput } from '../_lib/photos.js';
import { childrenOf, joinPath } from '../_lib/category-tree.js';

const state = createState();
delete state.model.condition; // Blibli's form asks no condition
delete state.model.minOrder;
const m = state.model;
const app = document.getElementById('app');
const steps = h('ol', { class: 'bl-steps' }, h('li', { 'aria-current': 'step', text: t('1. Pilih kategori', '1. Choose category') }), h('li', { text: t('2. Informasi produk', '2. Product information') }));
const page = h('div', { class: 'bl-page' }, h('h1', { text: t('Tambah Produk', 'Add Product') }), steps);
app.append(page);

// ---- step 1: category columns -----------------------------------------------------------------
let path = [];
const columns = h('div', { class: 'bl-columns', role: 'group', 'aria-label': t('Kategori', 'Category') });
const next = h('button', { type: 'button', class: 'bl-btn bl-btn--primary', disabled: true, text: t('Lanjut', 'Next'), onclick: toForm });
const chosen = h('p', { class: 'bl-help', 'aria-live': 'polite' });
async function renderColumns() {
  const cols = [];
  for (let level = 0; level < 3; level++) {
    const kids = level <= path.length ? childrenOf(path.slice(0, level)) : [];
    cols.push(h('ul', { class: 'bl-column', 'aria-label': `C${level + 1}` }, ...kids.map((k) => h('li', {}, h('button', {
      type: 'button', 'aria-pressed': String(path[level] === k.id),
      onclick: async () => {
        path = [...path.slice(0, level), k.id];
        next.disabled = !k.leaf;
        m.category = k.leaf ? joinPath(path) : null;
        chosen.textContent = k.leaf ? `${t('Kategori terpilih', 'Selected category')}: ${joinPath(path)}` : '';
        await latency(250); // the next column is fetched per click
        renderColumns();
      },
    }, h('span', { text: EN ? k.en : k.id }), k.leaf ? null : h('span', { text: '›', 'aria-hidden': 'true' }))))));
  }
  columns.replaceChildren(...cols);
}
const step1 = h('section', { class: 'bl-panel' }, h('h2', { text: t('Pilih kategori produk', 'Choose the product category') }), columns, chosen, h('div', { class: 'bl-actions' }, next));
page.append(step1);
renderColumns();

// ---- step 2: the product form -----------------------------------------------------------------
let uid = 0;
const row = (label, control, { required, help, id } = {}) => h('div', { class: 'bl-row' },
  h(id ? 'label' : 'span', { for: id, class: id ? null : 'bl-label' }, label, required ? h('span', { class: 'req', text: ' *' }) : null),
  h('div', {}, control, help ? h('div', { class: 'bl-help', text: help }) : null));
const field = ({ commit, placeholder, unit, value = '' }) => {
  const id = `bl-${++uid}`;
  const el = h('input', { id, placeholder, value, autocomplete: 'off' });
  if (commit) vueInput(el, commit);
  return { id, el, wrap: h('div', { class: 'bl-field' }, el, unit ? h('span', { class: 'unit', text: unit }) : null) };
};

async function toForm() {
  if (!m.category) return;
  step1.remove();
  steps.children[0].removeAttribute('aria-current');
  steps.children[1].setAttribute('aria-current', 'step');
  state.step = 2;
  const loading = h('p', { text: t('Memuat formulir…', 'Loading the form…') });
  page.append(loading);
  await latency(600); // the form for this category is loaded from the server
  loading.remove();
  page.append(...form());
}

function form() {
  const name = field({ placeholder: t('Masukkan nama produk', 'Enter product name'), commit: (v) => { m.name = v; } });
  const brand = portalSelect({
    label: t('Merek', 'Brand'), placeholder: t('Cari merek', 'Search brand'), searchable: true,
    classes: { trigger: 'bl-dropdown', popup: 'bl-dropdown-menu', option: 'bl-dropdown-item', search: 'bl-dropdown-search' },
    loadOptions: async (q) => { await latency(300); return [{ value: 'NO_BRAND', label: 'No Brand' }, { value: 'Kusuka', label: 'Kusuka' }, { value: 'Maicih', label: 'Maicih' }].filter((o) => o.label.toLowerCase().includes(q.toLowerCase())); },
    onPick(o) { m.brand = o.value; },
  });
  const description = richEditor({ placeholder: t('Tulis deskripsi produk', 'Write the product description'), onCommit: (text) => { m.description = text; } });
  const usp = richEditor({ placeholder: t('Tulis keunggulan produk', 'Write the unique selling points'), onCommit: (text) => { state.decoys.uniqueSellingPoint = text; } });
  const photoList = h('div', { class: 'bl-photos' });
  const picker = hiddenFileInput({
    name: 'images', label: t('Tambah foto', 'Add photo'),
    onFiles(names) {
      m.photos = [...m.photos, ...names].slice(0, 8);
      photoList.replaceChildren(...m.photos.map((n) => h('div', { class: 'bl-photo', text: n })), picker.el);
    },
  });
  photoList.append(picker.el);
  const price = field({ unit: 'Rp', commit: (v) => { m.price = intOf(v); } });
  const salePrice = field({ unit: 'Rp' });
  vueInput(salePrice.el, (v) => { state.decoys.salePrice = intOf(v); });
  const sku = field({ placeholder: t('Contoh: KRP-001', 'e.g. KRP-001'), commit: (v) => { m.sku = v.trim(); } });
  const stock = field({ commit: (v) => { m.stock = intOf(v); } });
  const minStock = field({});
  decoy(state, 'minimumStock', minStock.el);
  const pickup = h('select', { id: `bl-${++uid}` }, h('option', { value: 'PP-01', text: 'Gudang Utama – Bandung' }), h('option', { value: 'PP-02', text: 'Toko – Cimahi' }));
  const weight = field({ commit: (v) => { m.weightGrams = intOf(v); } });
  const dim = (key) => field({ unit: 'cm', commit: (v) => { m.dimensions = { ...m.dimensions, [key]: intOf(v) }; } });
  const [len, wid, hei] = [dim('length'), dim('width'), dim('height')];
  const error = h('div', { class: 'bl-error', role: 'alert', hidden: true });
  const save = () => {
    const missing = ['name', 'price', 'stock', 'weightGrams'].filter((k) => m[k] == null || m[k] === '');
    if (!m.photos.length) missing.push('photos');
    error.hidden = !missing.length;
    error.textContent = missing.length ? `${t('Lengkapi data wajib', 'Complete the required fields')}: ${missing.join(', ')}` : '';
    state.saved = true;
  };
  return [
    h('section', { class: 'bl-panel' },
      h('h2', { text: t('Informasi produk', 'Product information') }),
      h('p', { class: 'bl-help', text: `${t('Kategori', 'Category')}: ${m.category}` }),
      row(t('Nama produk', 'Product name'), name.wrap, { required: true, id: name.id, help: t('Maksimal 150 karakter', 'Up to 150 characters') }),
      row(t('Merek', 'Brand'), brand.el, { required: true }),
      row(t('Foto produk', 'Product photos'), photoList, { required: true, help: t('Format .jpg/.png, minimal 600 x 600 px', '.jpg/.png, at least 600 x 600 px') }),
      row(t('Deskripsi', 'Description'), description, { required: true }),
      row(t('Keunggulan produk', 'Unique selling points'), usp)),
    h('section', { class: 'bl-panel' },
      h('h2', { text: t('Harga & stok', 'Price & stock') }),
      row(t('Harga normal', 'Normal price'), price.wrap, { required: true, id: price.id }),
      row(t('Harga jual', 'Selling price'), salePrice.wrap, { id: salePrice.id, help: t('Kosongkan jika sama dengan harga normal', 'Leave empty when equal to the normal price') }),
      row(t('SKU seller', 'Seller SKU'), sku.wrap, { id: sku.id }),
      row(t('Stok', 'Stock'), stock.wrap, { required: true, id: stock.id }),
      row(t('Stok minimum', 'Minimum stock'), minStock.wrap, { id: minStock.id, help: t('Kami beri tahu saat stok di bawah angka ini', 'We alert you when stock falls below this') }),
      row(t('Pickup point', 'Pickup point'), h('div', { class: 'bl-field' }, pickup), { id: pickup.id })),
    h('section', { class: 'bl-panel' },
      h('h2', { text: t('Pengiriman', 'Shipping') }),
      row(t('Berat (gram)', 'Weight (gram)'), weight.wrap, { required: true, id: weight.id }),
      row(t('Dimensi paket', 'Package dimensions'), h('div', { class: 'bl-grid3' },
        h('label', {}, t('Panjang', 'Length'), len.wrap), h('label', {}, t('Lebar', 'Width'), wid.wrap), h('label', {}, t('Tinggi', 'Height'), hei.wrap)), { required: true })),
    h('div', { class: 'bl-actions' }, error,
      h('button', { type: 'button', class: 'bl-btn', text: t('Batal', 'Cancel') }),
      h('button', { type: 'button', class: 'bl-btn bl-btn--primary', text: t('Simpan', 'Save'), onclick: save })),
  ];
}
