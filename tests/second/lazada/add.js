// Lazada Seller Center "Add Product" (React + Alibaba Fusion `next-` widgets), laid out as a public
// page-by-page documentation of the same Alibaba seller-centre form (Daraz, Lazada's sister market)
// describes it: Basic Information (name with a 0/255 counter, category with suggestions after the
// name), Product Images (3–8, "+" or drag and drop, a separate white-background promotion image),
// Video link, Product Specification (brand search, mounted per category), a Price/Stock/SellerSKU
// table with Special Price, rich Description, Highlights and "What's in the box", then Shipping &
// Warranty (package weight 0.001–300 with a kg unit menu, L/W/H 0.01–300 cm, dangerous goods).
// Sources: tests/second/SOURCES.md#lazada.
import { createState, h, t, EN, intOf, decimalOf, latency } from '../_lib/app.js';
import { reactRoot, reactInput } from '../_lib/react.js';
import { portalSelect } from '../_lib/portal-select.js';
import { richEditor } from '../_lib/rich-editor.js';
import { dropZone, imageNames } from '../_lib/photos.js';
import { LEAVES, suggest, joinPath } from '../_lib/category-tree.js';

const state = createState();
delete state.model.condition; // no condition on Lazada's form
delete state.model.minOrder;
const m = state.model;
const app = document.getElementById('app');
reactRoot(app);

const item = (label, control, { required = false } = {}) =>
  h('div', { class: 'next-formily-item' },
    h('div', { class: 'next-formily-item-label' }, required ? h('span', { class: 'required', text: '* ' }) : null, label),
    h('div', { class: 'next-formily-item-control' }, control));
const nextInput = ({ commit, placeholder, addonAfter, value = '' }) => {
  const el = reactInput(h('input', { placeholder, value, autocomplete: 'off' }), commit);
  return { el, wrap: h('span', { class: 'next-input' }, el, addonAfter ? h('span', { class: 'next-input-addon', text: addonAfter }) : null) };
};
const nextSelect = (opts) => portalSelect({ ...opts, classes: { trigger: 'next-select', popup: 'next-overlay-inner', option: 'next-menu-item', search: 'next-select-search' } });

// ---- Basic Information ----------------------------------------------------------------------------
const counter = h('span', { class: 'next-input-addon', text: '0/255' });
const suggestions = h('div', { class: 'lzd-category-suggestions', role: 'radiogroup', 'aria-label': t('Saran kategori', 'Category suggestions') });
let suggestTimer;
const name = nextInput({
  placeholder: t('Contoh: Nikon Coolpix A300 Kamera Digital', 'Ex. Nikon Coolpix A300 Digital Camera'),
  commit(v) {
    m.name = v.slice(0, 255);
    counter.textContent = `${m.name.length}/255`;
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(showSuggestions, 500);
  },
});
name.wrap.append(counter);
async function showSuggestions() {
  await latency(400);
  const leaves = suggest(m.name);
  suggestions.replaceChildren(...leaves.map((leaf) => {
    const radio = reactInput(h('input', { type: 'radio', name: 'category-suggestion', value: joinPath(leaf.id) }), () => chooseCategory(leaf));
    return h('label', { class: 'next-radio-wrapper' }, radio, h('span', { text: joinPath(EN ? leaf.en : leaf.id) }));
  }));
}
const category = nextSelect({
  label: t('Kategori', 'Category'), placeholder: t('Pilih kategori atau cari dengan kata kunci', 'Please select category or search with keyword'), searchable: true,
  loadOptions: async (q) => (q ? suggest(q, 8) : LEAVES).map((leaf) => ({ value: joinPath(leaf.id), label: joinPath(EN ? leaf.en : leaf.id), leaf })),
  onPick: (o) => chooseCategory(o.leaf),
});
function chooseCategory(leaf) {
  m.category = joinPath(leaf.id);
  for (const r of suggestions.querySelectorAll('input')) r.checked = r.value === m.category;
  mountSpecification();
}

// ---- Product Images (drop zone with its own hidden input) -------------------------------------------
const images = h('div', { class: 'lzd-images' });
const addImages = (names) => {
  m.photos = [...m.photos, ...names].slice(0, 8); // Lazada: 3 to 8 main images
  images.replaceChildren(...m.photos.map((n) => h('div', { class: 'lzd-image', text: n })), upload);
};
const upload = dropZone({ label: t('+ Unggah gambar (atau seret ke sini)', '+ Upload (or drag here)'), className: 'lzd-upload', onFiles: addImages });
const uploadInput = reactInput(h('input', { type: 'file', accept: 'image/*', multiple: true, hidden: true }), (files) => addImages(imageNames(files)));
upload.append(uploadInput);
upload.addEventListener('click', () => uploadInput.click());
upload.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); uploadInput.click(); } });
images.append(upload);
const promo = reactInput(h('input', { type: 'file', accept: 'image/*', hidden: true }), (files) => { state.decoys.promotionImage = imageNames(files); });
const video = nextInput({ placeholder: t('Tempel tautan YouTube', 'Paste a YouTube link'), commit: (v) => { state.decoys.videoUrl = v; } });

// ---- Product Specification: mounted once a category is chosen ---------------------------------------
const specification = h('div', {}, h('p', { class: 'muted', text: t('Pilih kategori terlebih dahulu.', 'Select a category first.') }));
async function mountSpecification() {
  m.brand = null;
  specification.replaceChildren(h('p', { class: 'muted', text: t('Memuat…', 'Loading…') }));
  await latency(1200);
  const brand = nextSelect({
    label: t('Merek', 'Brand'), placeholder: t('Pilih atau cari merek', 'Please select or search brand'), searchable: true,
    loadOptions: async (q) => { await latency(300); return [{ value: 'NO_BRAND', label: 'No Brand' }, { value: 'OEM', label: 'OEM' }, { value: 'Kusuka', label: 'Kusuka' }, { value: 'Qtela', label: 'Qtela' }].filter((o) => o.label.toLowerCase().includes(q.toLowerCase())); },
    onPick(o) { m.brand = o.value; },
  });
  const netWeight = nextInput({ addonAfter: 'g', commit: (v) => { state.decoys.netWeight = v; } });
  const flavour = nextInput({ commit: (v) => { state.decoys.flavour = v; } });
  specification.replaceChildren(
    item(t('Merek', 'Brand'), brand.el, { required: true }),
    item(t('Berat Bersih', 'Net Weight'), netWeight.wrap),
    item(t('Rasa', 'Flavor'), flavour.wrap));
}

// ---- Price, Stock & Variants: one row of a table, labelled only by its column headers -------------
const cell = (commit) => h('td', {}, h('span', { class: 'next-input' }, reactInput(h('input', { autocomplete: 'off' }), commit)));
const priceTable = h('table', { class: 'next-table' },
  h('thead', {}, h('tr', {}, ...[t('Harga', 'Price') + ' *', t('Harga Khusus', 'Special Price'), t('Stok', 'Stock'), 'SellerSKU', t('Ketersediaan', 'Availability')].map((x) => h('th', { scope: 'col', text: x })))),
  h('tbody', {}, h('tr', {},
    cell((v) => { m.price = intOf(v); }),
    cell((v) => { state.decoys.specialPrice = v; }),
    cell((v) => { m.stock = intOf(v); }),
    cell((v) => { m.sku = v.trim(); }),
    h('td', {}, h('button', { type: 'button', class: 'next-switch', role: 'switch', 'aria-checked': 'true', 'aria-label': t('Ketersediaan', 'Availability'), text: 'On' })))));

// ---- Description, Highlights, What's in the box -------------------------------------------------
const description = richEditor({ placeholder: t('Silakan masukkan', 'Please input'), onCommit: (text) => { m.description = text; } });
const highlights = richEditor({ placeholder: t('Silakan masukkan', 'Please input'), onCommit: (text) => { state.decoys.highlights = text; } });
const inTheBox = nextInput({ commit: (v) => { state.decoys.whatsInTheBox = v; } });

// ---- Shipping & Warranty --------------------------------------------------------------------------
let weightRaw = '';
let weightUnit = 'kg';
const computeWeight = () => { const v = decimalOf(weightRaw); m.weightGrams = v == null ? null : Math.round(weightUnit === 'kg' ? v * 1000 : v); };
const weight = nextInput({ placeholder: '0.001~300', commit: (v) => { weightRaw = v; computeWeight(); } });
const unit = nextSelect({ label: t('Satuan berat', 'Weight unit'), placeholder: 'kg', delayMs: 50, loadOptions: async () => [{ value: 'kg', label: 'kg' }, { value: 'g', label: 'g' }], onPick: (o) => { weightUnit = o.value; computeWeight(); } });
const dim = (key, id, en) => nextInput({ placeholder: t(id, en), addonAfter: 'cm', commit: (v) => { m.dimensions = { ...m.dimensions, [key]: decimalOf(v) }; } }).wrap;
const dgNone = reactInput(h('input', { type: 'radio', name: 'dangerous', checked: true }), () => {});
const dgYes = reactInput(h('input', { type: 'radio', name: 'dangerous' }), () => { state.decoys.dangerousGoods = true; });

app.append(h('div', { class: 'lzd-page' },
  h('h1', { text: t('Tambah Produk', 'Add Product') }),
  h('section', { class: 'next-card', id: 'basic-information' },
    h('h2', { class: 'next-card__title', text: t('Informasi Dasar', 'Basic Information') }),
    item(t('Nama Produk', 'Product Name'), h('div', {}, name.wrap), { required: true }),
    item(t('Kategori', 'Category'), h('div', {}, category.el, suggestions), { required: true }),
    item(t('Gambar Produk', 'Product Images'), images, { required: true }),
    item(t('Gambar Promosi (Latar Putih)', 'White Background Image'), h('label', { class: 'lzd-upload' }, '+', promo)),
    item(t('Video (tautan YouTube)', 'Video (YouTube link)'), video.wrap)),
  h('section', { class: 'next-card', id: 'product-specification' },
    h('h2', { class: 'next-card__title', text: t('Spesifikasi Produk', 'Product Specification') }),
    specification),
  h('section', { class: 'next-card', id: 'price-stock' },
    h('h2', { class: 'next-card__title', text: t('Harga, Stok & Varian', 'Price, Stock & Variants') }),
    h('p', { class: 'muted', text: t('Anda dapat menambahkan varian untuk produk dengan lebih dari satu pilihan, seperti ukuran atau warna.', 'You can add variants to a product that has more than one option, such as size or color.') }),
    priceTable),
  h('section', { class: 'next-card', id: 'description' },
    h('h2', { class: 'next-card__title', text: t('Deskripsi Produk', 'Product Description') }),
    item(t('Deskripsi', 'Main Description'), description, { required: true }),
    item('Highlights', highlights),
    item(t('Isi Kotak', "What's in the box"), inTheBox.wrap)),
  h('section', { class: 'next-card', id: 'shipping-warranty' },
    h('h2', { class: 'next-card__title', text: t('Pengiriman & Garansi', 'Shipping & Warranty') }),
    item(t('Berat Paket', 'Package Weight'), h('div', { class: 'dim-row' }, weight.wrap, unit.el), { required: true }),
    item(t('Dimensi Paket (cm)', 'Package Dimensions (cm)'), h('div', { class: 'dim-row' }, dim('length', 'Panjang', 'Length'), dim('width', 'Lebar', 'Width'), dim('height', 'Tinggi', 'Height')), { required: true }),
    item(t('Barang Berbahaya', 'Dangerous Goods'), h('div', {}, h('label', { class: 'next-radio-wrapper' }, dgNone, t('Tidak ada', 'None')), h('label', { class: 'next-radio-wrapper' }, dgYes, t('Mengandung baterai / mudah terbakar / cairan', 'Contains battery / flammables / liquid'))))),
  h('div', { class: 'lzd-footer' },
    h('button', { type: 'button', class: 'next-btn', text: t('Simpan Draf', 'Save Draft'), onclick: () => { state.saved = true; } }),
    h('button', { type: 'button', class: 'next-btn next-btn-primary', text: t('Kirim', 'Submit'), onclick: () => { state.saved = true; } }))));
