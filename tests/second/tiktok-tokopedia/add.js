// TikTok Shop / Tokopedia seller centre "Tambah produk" (React), laid out as TikTok Seller University
// describes the single-product form: Basic information (images, name, category, attributes incl. brand),
// Product details (rich description), Sales information (price, stock, seller SKU), Shipping (package
// weight with a unit, dimensions), plus the Tokopedia fields condition and minimum order.
// Sources: tests/second/SOURCES.md#tiktok-tokopedia.
import { createState, h, t, EN, intOf, decimalOf, idr, latency } from '../_lib/app.js';
import { reactRoot, reactInput } from '../_lib/react.js';
import { portalSelect } from '../_lib/portal-select.js';
import { richEditor } from '../_lib/rich-editor.js';
import { hiddenFileInput, dropZone, imageNames } from '../_lib/photos.js';
import { childrenOf, suggest, joinPath } from '../_lib/category-tree.js';

const state = createState({ minOrder: 1 });
const m = state.model;
const app = document.getElementById('app');
reactRoot(app);

const field = (label, control, { required = false, help, id } = {}) =>
  h('div', { class: 'tts-field' },
    h('label', { class: 'tts-field__label', for: id }, label, required ? h('span', { class: 'req', text: ' *' }) : null),
    control, help ? h('div', { class: 'tts-field__help', text: help }) : null);
let uid = 0;
const textInput = ({ commit, placeholder, prefix, suffix, value = '', inputmode }) => {
  const id = `tts-${++uid}`;
  const el = reactInput(h('input', { id, placeholder, value, inputmode, autocomplete: 'off' }), commit);
  return { id, el, wrap: h('div', { class: 'tts-input' }, prefix ? h('span', { class: 'affix', text: prefix }) : null, el, suffix ? h('span', { class: 'affix', text: suffix }) : null) };
};

// ---- Basic information ---------------------------------------------------------------------------
const pictures = h('div', { class: 'tts-pictures' });
const addPhotos = (names) => {
  m.photos = [...m.photos, ...names].slice(0, 9); // at most 9 images, 1:1, min 600 × 600 px
  pictures.replaceChildren(...m.photos.map((n) => h('div', { class: 'tts-picture', text: n })), picker.el);
};
const picker = hiddenFileInput({
  name: 'product-images', label: t('Unggah gambar', 'Upload image'),
  bind: (input, handler) => reactInput(input, (files) => { handler(files); }),
  onFiles: addPhotos,
});
pictures.append(picker.el);
const imageDrop = dropZone({ label: t('atau seret gambar ke sini', 'or drag images here'), className: 'tts-drop', onFiles: addPhotos });

const nameCount = h('span', { class: 'affix', text: '0/255' });
const suggestBox = h('div', { class: 'tts-suggest', 'aria-live': 'polite' });
let suggestTimer;
const name = textInput({
  placeholder: t('Masukkan nama produk', 'Enter product name'),
  commit(v) {
    m.name = v.slice(0, 255);
    nameCount.textContent = `${m.name.length}/255`;
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(showSuggestions, 600);
  },
});
name.wrap.append(nameCount);

async function showSuggestions() {
  await latency(300);
  const leaves = suggest(m.name);
  suggestBox.replaceChildren(...(leaves.length ? [h('span', { class: 'muted', text: t('Kategori yang disarankan:', 'Suggested categories:') }),
    ...leaves.map((leaf) => h('button', { type: 'button', onclick: () => chooseCategory(leaf.id) }, joinPath(EN ? leaf.en : leaf.id)))] : []));
}

// The category cascader: a combobox whose popup (at the end of body) holds one column per level;
// a search box on top lists matching leaves as full paths.
const catValue = h('span', { class: 'is-placeholder', text: t('Pilih kategori', 'Select category') });
const catTrigger = h('div', { class: 'tts-select', role: 'combobox', tabindex: '0', 'aria-expanded': 'false', 'aria-label': t('Kategori', 'Category') }, catValue, h('span', { text: '▾', 'aria-hidden': 'true' }));
let cascader = null;
const closeCascader = () => { cascader?.remove(); cascader = null; catTrigger.setAttribute('aria-expanded', 'false'); };
function openCascader() {
  if (cascader) return closeCascader();
  const columns = h('div', { class: 'tts-cascader' });
  const search = h('input', { class: 'tts-cascader__search', placeholder: t('Cari kategori', 'Search category') });
  const renderColumns = (path) => {
    const cols = [];
    for (let level = 0; level <= path.length; level++) {
      const kids = childrenOf(path.slice(0, level));
      if (!kids.length) break;
      cols.push(h('ul', { class: 'tts-cascader__column', role: 'menu' }, ...kids.map((k) => h('li', {
        class: `tts-cascader__item${path[level] === k.id ? ' is-active' : ''}`, role: 'menuitem', tabindex: '-1',
        onclick: () => (k.leaf ? chooseCategory([...path.slice(0, level), k.id]) : renderColumns([...path.slice(0, level), k.id])),
        onkeydown: (e) => { if (e.key === 'Enter') e.currentTarget.click(); },
      }, h('span', { text: EN ? k.en : k.id }), k.leaf ? null : h('span', { text: '›', 'aria-hidden': 'true' })))));
    }
    columns.replaceChildren(...cols);
  };
  search.addEventListener('input', () => {
    const q = search.value.trim().toLowerCase();
    if (!q) return renderColumns([]);
    const hits = suggest(q, 8);
    columns.replaceChildren(h('ul', { class: 'tts-cascader__column', role: 'menu' }, ...hits.map((leaf) => h('li', { class: 'tts-cascader__item', role: 'menuitem', tabindex: '-1', onclick: () => chooseCategory(leaf.id) }, joinPath(EN ? leaf.en : leaf.id)))));
  });
  cascader = h('div', { class: 'tts-popup tts-cascader-popup' }, search, columns);
  const r = catTrigger.getBoundingClientRect();
  Object.assign(cascader.style, { position: 'absolute', left: `${r.left + scrollX}px`, top: `${r.bottom + scrollY + 4}px` });
  document.body.append(cascader);
  catTrigger.setAttribute('aria-expanded', 'true');
  renderColumns([]);
  search.focus();
}
catTrigger.addEventListener('click', openCascader);
catTrigger.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); openCascader(); } });
document.addEventListener('mousedown', (e) => { if (cascader && !cascader.contains(e.target) && !catTrigger.contains(e.target) && !suggestBox.contains(e.target)) closeCascader(); });

const attributes = h('div', { class: 'tts-attributes' }, h('p', { class: 'muted', text: t('Pilih kategori untuk melihat atribut produk.', 'Select a category to see product attributes.') }));
function chooseCategory(path) {
  closeCascader();
  const leaf = childrenOf(path.slice(0, -1)).find((k) => k.id === path[path.length - 1]);
  const en = [];
  for (let i = 0; i < path.length; i++) en.push(childrenOf(path.slice(0, i)).find((k) => k.id === path[i])?.en ?? path[i]);
  if (!leaf) return;
  catValue.textContent = joinPath(EN ? en : path);
  catValue.classList.remove('is-placeholder');
  m.category = joinPath(path);
  mountAttributes();
}
async function mountAttributes() {
  m.brand = null; // a new category means a new attribute set: brand is asked again
  attributes.replaceChildren(h('p', { class: 'muted', text: t('Memuat atribut…', 'Loading attributes…') }));
  await latency(1000);
  const brand = portalSelect({
    label: t('Merek', 'Brand'), placeholder: t('Pilih merek', 'Select brand'), searchable: true,
    classes: { trigger: 'tts-select', popup: 'tts-popup', option: 'tts-option', search: 'tts-popup__search' },
    loadOptions: async (q) => { await latency(200); return [{ value: 'NO_BRAND', label: t('Tanpa merek', 'No brand') }, { value: 'Kusuka', label: 'Kusuka' }, { value: 'Qtela', label: 'Qtela' }, { value: 'Chitato', label: 'Chitato' }].filter((o) => o.label.toLowerCase().includes(q.toLowerCase())); },
    onPick(o) { m.brand = o.value; },
  });
  const flavour = textInput({ placeholder: t('Contoh: Balado', 'e.g. Spicy'), commit: (v) => { state.decoys.attributeFlavour = v; } });
  attributes.replaceChildren(
    field(t('Merek', 'Brand'), brand.el, { help: t('Pilih "Tanpa merek" jika produk tidak bermerek.', 'Choose "No brand" if the product has none.') }),
    field(t('Rasa', 'Flavour'), flavour.wrap, { id: flavour.id }),
  );
}

// ---- Product details ----------------------------------------------------------------------------
const description = richEditor({ placeholder: t('Tulis deskripsi produk', 'Write a product description'), onCommit: (text) => { m.description = text; } });
const sizeChart = h('input', { type: 'file', accept: 'image/*', hidden: true });
reactInput(sizeChart, (files) => { state.decoys.sizeChart = imageNames(files); });

// ---- Sales information --------------------------------------------------------------------------
const price = textInput({ prefix: 'Rp', placeholder: t('Masukkan harga', 'Enter price'), inputmode: 'numeric', commit: (v) => { m.price = intOf(v); return m.price == null ? '' : idr(m.price); } });
const stock = textInput({ placeholder: '0', inputmode: 'numeric', commit: (v) => { m.stock = Math.min(intOf(v) ?? 0, 999999); return v === '' ? '' : String(m.stock); } });
const sku = textInput({ placeholder: t('Masukkan SKU penjual', 'Enter seller SKU'), commit: (v) => { m.sku = v.trim(); } });
const minOrder = textInput({ value: '1', inputmode: 'numeric', commit: (v) => { m.minOrder = intOf(v); } });
const limit = textInput({ placeholder: t('Tanpa batas', 'No limit'), inputmode: 'numeric', commit: (v) => { state.decoys.purchaseLimit = v; } });
const condNew = reactInput(h('input', { type: 'radio', name: 'condition', value: 'new' }), () => { m.condition = 'new'; });
const condUsed = reactInput(h('input', { type: 'radio', name: 'condition', value: 'used' }), () => { m.condition = 'used'; });

// ---- Shipping -----------------------------------------------------------------------------------
// Weight is a number with a unit select; the seller centre opens on kilogram [guess].
let weightRaw = '';
const unit = reactInput(h('select', { 'aria-label': t('Satuan berat', 'Weight unit') }, h('option', { value: 'kg', text: 'Kilogram (kg)' }), h('option', { value: 'g', text: 'Gram (g)' })), () => computeWeight());
const weight = textInput({ placeholder: t('Masukkan berat', 'Enter weight'), commit: (v) => { weightRaw = v; computeWeight(); } });
function computeWeight() {
  const v = decimalOf(weightRaw);
  m.weightGrams = v == null ? null : Math.round(unit.value === 'kg' ? v * 1000 : v);
}
weight.wrap.append(unit);
const dim = (key, id, en) => {
  const d = textInput({ placeholder: t(id, en), suffix: 'cm', inputmode: 'numeric', commit: (v) => { m.dimensions = { ...m.dimensions, [key]: intOf(v) }; } });
  return field(t(id, en), d.wrap, { id: d.id });
};

app.append(h('main', { class: 'tts-layout' },
  h('h1', { text: t('Tambah produk baru', 'Add new product') }),
  h('section', { class: 'tts-card', id: 'basic-information' },
    h('h2', { text: t('Informasi dasar', 'Basic information') }),
    h('p', { text: t('Gambar, nama, kategori dan atribut produk.', 'Product images, name, category and attributes.') }),
    field(t('Gambar produk', 'Product images'), h('div', {}, pictures, imageDrop), { required: true, help: t('Maksimal 9 gambar, rasio 1:1, minimal 600 x 600 px.', 'Up to 9 images, 1:1, at least 600 x 600 px.') }),
    field(t('Nama produk', 'Product name'), h('div', {}, name.wrap, suggestBox), { required: true, id: name.id }),
    field(t('Kategori', 'Category'), catTrigger, { required: true }),
    h('h3', { text: t('Atribut produk', 'Product attributes') }),
    attributes),
  h('section', { class: 'tts-card', id: 'product-details' },
    h('h2', { text: t('Detail produk', 'Product details') }),
    field(t('Deskripsi produk', 'Product description'), description, { required: true }),
    field(t('Tabel ukuran', 'Size chart'), h('label', { class: 'photo-add' }, t('+ Gambar', '+ Image'), sizeChart))),
  h('section', { class: 'tts-card', id: 'sales-information' },
    h('h2', { text: t('Informasi penjualan', 'Sales information') }),
    field(t('Harga', 'Price'), price.wrap, { required: true, id: price.id }),
    field(t('Jumlah stok', 'Quantity'), stock.wrap, { required: true, id: stock.id }),
    field(t('SKU penjual', 'Seller SKU'), sku.wrap, { id: sku.id }),
    field(t('Kondisi', 'Condition'), h('div', { role: 'radiogroup' }, h('label', { class: 'tts-radio' }, condNew, t(' Baru', ' New')), h('label', { class: 'tts-radio' }, condUsed, t(' Bekas', ' Used')))),
    field(t('Minimal pembelian', 'Minimum order'), minOrder.wrap, { id: minOrder.id }),
    field(t('Batas pembelian per pembeli', 'Purchase limit per buyer'), limit.wrap, { id: limit.id })),
  h('section', { class: 'tts-card', id: 'shipping' },
    h('h2', { text: t('Pengiriman', 'Shipping') }),
    field(t('Berat paket', 'Package weight'), weight.wrap, { required: true, id: weight.id }),
    h('div', { class: 'tts-grid' }, dim('length', 'Panjang', 'Length'), dim('width', 'Lebar', 'Width'), dim('height', 'Tinggi', 'Height'))),
  h('div', { class: 'tts-footer' },
    h('button', { type: 'button', class: 'tts-btn', text: t('Simpan sebagai draf', 'Save as draft'), onclick: () => { state.saved = true; } }),
    h('button', { type: 'button', class: 'tts-btn tts-btn--primary', text: t('Kirim untuk ditinjau', 'Submit for review'), onclick: () => { state.saved = true; } }))));
