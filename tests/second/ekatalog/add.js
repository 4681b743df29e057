// Katalog Elektronik v6 (katalog.inaproc.id) "Tambah Produk" for a provider (penyedia), React. The
// provider guide lists category (3 levels) → basic information (name, photos) → tax & KBKI → PDN
// status → TKDN certificate → SNI → brand (HAKI) → specification → variants → stock; the v5 guide
// adds No. Produk (SKU/part number), product type local/import and unit of measurement. This page
// groups those into four steps (its own grouping, as LKPP regroups its wizard between versions), and
// "Selanjutnya" refuses a step with a required field empty. Sources: tests/second/SOURCES.md#ekatalog.
import { createState, h, t, EN, intOf, decimalOf, latency } from '../_lib/app.js';
import { reactRoot, reactInput } from '../_lib/react.js';
import { portalSelect } from '../_lib/portal-select.js';
import { richEditor } from '../_lib/rich-editor.js';
import { hiddenFileInput } from '../_lib/photos.js';
import { childrenOf, joinPath } from '../_lib/category-tree.js';

const state = createState({ minOrder: 1, unit: null, kbki: null, tkdn: null, pdn: null, ppn: null, sni: '' });
state.errors = [];
const m = state.model;
const app = document.getElementById('app');
reactRoot(app);

const STEPS = [
  { id: t('Informasi Produk', 'Product Information'), render: stepProduct, required: () => [!m.category && 'category', !m.name && 'name', !m.photos.length && 'photos', !m.brand && 'brand'] },
  { id: t('Pajak & Sertifikasi', 'Tax & Certification'), render: stepCompliance, required: () => [m.ppn == null && 'ppn', !m.kbki && 'kbki', m.pdn == null && 'pdn', m.pdn && m.tkdn == null && 'tkdn'] },
  { id: t('Spesifikasi', 'Specification'), render: stepSpecification, required: () => [!m.description && 'description', !m.condition && 'condition', m.weightGrams == null && 'weight'] },
  { id: t('Harga & Stok', 'Price & Stock'), render: stepPrice, required: () => [!m.unit && 'unit', m.price == null && 'price', m.stock == null && 'stock'] },
];

let uid = 0;
const group = (label, control, { required, help, id } = {}) => h('div', { class: 'ek-group' },
  h(id ? 'label' : 'span', { for: id, class: id ? null : 'ek-label' }, label, required ? h('span', { class: 'req', text: ' *' }) : null),
  control, help ? h('div', { class: 'ek-help', text: help }) : null);
const text = ({ commit, placeholder, value = '', addon }) => {
  const id = `ek-${++uid}`;
  const el = reactInput(h('input', { id, placeholder, value: value ?? '', autocomplete: 'off', class: addon ? null : 'ek-control' }), commit);
  return { id, el, wrap: addon ? h('div', { class: 'ek-addon' }, el, h('span', { text: addon })) : el };
};
const choice = (name, options, current, commit) => h('div', { role: 'radiogroup' }, ...options.map(([value, label]) => {
  const r = reactInput(h('input', { type: 'radio', name, value: String(value), checked: current === value }), () => commit(value));
  return h('label', { class: 'ek-choice' }, r, ` ${label}`);
}));
const combobox = (opts) => portalSelect({ ...opts, classes: { trigger: 'ek-combobox', popup: 'ek-listbox', option: 'ek-option', search: 'ek-search' } });

// ---- step 1: category (three dependent native selects), name, SKU, brand, photos ----------------
function stepProduct() {
  const path = m.category ? m.category.split(' > ') : [];
  const selects = [0, 1, 2].map((level) => {
    const id = `ek-${++uid}`;
    const el = reactInput(h('select', { id, class: 'ek-control', disabled: level > path.length }), (v) => pickLevel(level, v));
    return { id, el, level };
  });
  const fill = async (s) => {
    s.el.replaceChildren(h('option', { value: '', text: t('Memuat…', 'Loading…') }));
    await latency(300); // each level is fetched after the one above is chosen
    const kids = childrenOf(path.slice(0, s.level));
    s.el.replaceChildren(h('option', { value: '', text: t('— Pilih —', '— Select —') }), ...kids.map((k) => h('option', { value: k.id, text: EN ? k.en : k.id, selected: path[s.level] === k.id })));
    s.el.disabled = false;
  };
  function pickLevel(level, v) {
    path.length = level;
    if (v) path.push(v);
    m.category = path.length === 3 ? joinPath(path) : null;
    for (const s of selects.slice(level + 1)) { s.el.replaceChildren(); s.el.disabled = true; }
    if (v && level < 2) fill(selects[level + 1]);
  }
  for (const s of selects) if (s.level <= path.length) fill(s);
  const name = text({ value: m.name, placeholder: t('Nama produk sesuai kemasan', 'Product name as on the package'), commit: (v) => { m.name = v; } });
  const sku = text({ value: m.sku, placeholder: t('Nomor SKU / Part Number', 'SKU / part number'), commit: (v) => { m.sku = v.trim(); } });
  const brand = combobox({
    label: t('Merek', 'Brand'), placeholder: m.brand ?? t('Pilih merek terdaftar', 'Choose a registered brand'), searchable: true,
    loadOptions: async (q) => { await latency(250); return [{ value: 'NO_BRAND', label: t('Tidak Bermerek', 'Unbranded') }, { value: 'Kusuka', label: 'Kusuka' }, { value: 'Maicih', label: 'Maicih' }].filter((o) => o.label.toLowerCase().includes(q.toLowerCase())); },
    onPick: (o) => { m.brand = o.value; },
  });
  const photoList = h('div', { class: 'ek-photos' });
  const picker = hiddenFileInput({
    name: 'foto', label: t('Unggah foto', 'Upload photo'),
    bind: (input, handler) => reactInput(input, (files) => { handler(files); }),
    onFiles(names) {
      m.photos = [...m.photos, ...names].slice(0, 10);
      photoList.replaceChildren(...m.photos.map((n) => h('div', { class: 'ek-photo', text: n })), picker.el);
    },
  });
  photoList.append(...m.photos.map((n) => h('div', { class: 'ek-photo', text: n })), picker.el);
  return [
    h('h3', { text: t('Kategori', 'Category') }),
    h('div', { class: 'ek-row3' }, ...selects.map((s) => group(t(`Kategori Level ${s.level + 1}`, `Category level ${s.level + 1}`), s.el, { required: true, id: s.id }))),
    h('h3', { text: t('Informasi Dasar', 'Basic Information') }),
    group(t('Nama Produk', 'Product Name'), name.wrap, { required: true, id: name.id, help: t('Nama produk tidak dapat diubah setelah diajukan.', 'The name cannot be changed after submission.') }),
    group(t('No. Produk', 'Product No.'), sku.wrap, { id: sku.id }),
    group(t('Merek (HAKI)', 'Brand (IP-registered)'), brand.el, { required: true }),
    group(t('Foto Produk', 'Product Photos'), photoList, { required: true, help: t('Format .jpg, .jpeg, .png; minimal 500 x 500 px.', '.jpg, .jpeg, .png; at least 500 x 500 px.') }),
  ];
}

// ---- step 2: PPN, KBKI, PDN, TKDN, SNI --------------------------------------------------------------
function stepCompliance() {
  const kbki = combobox({
    label: 'KBKI', placeholder: m.kbki ?? t('Cari kode atau nama KBKI', 'Search a KBKI code or name'), searchable: true,
    loadOptions: async (q) => {
      await latency(300);
      return [['21690', 'Keripik dan makanan ringan olahan lainnya', 'Chips and other processed snacks'], ['23490', 'Produk roti dan kue kering', 'Bread and biscuits'], ['23999', 'Produk makanan lainnya', 'Other food products']]
        .map(([code, id, en]) => ({ value: code, label: `${code} – ${EN ? en : id}` })).filter((o) => o.label.toLowerCase().includes(q.toLowerCase()));
    },
    onPick: (o) => { m.kbki = o.value; },
  });
  const tkdn = text({ value: m.tkdn ?? '', addon: '%', commit: (v) => { m.tkdn = decimalOf(v); } });
  const cert = text({ placeholder: t('Nomor sertifikat TKDN', 'TKDN certificate number'), commit: (v) => { state.decoys.tkdnCertificate = v; } });
  const sni = text({ value: m.sni, placeholder: t('Opsional', 'Optional'), commit: (v) => { m.sni = v.trim(); } });
  return [
    group(t('Barang Kena Pajak (PPN)', 'Taxable goods (VAT)'), choice('ppn', [[true, t('Ya', 'Yes')], [false, t('Tidak', 'No')]], m.ppn, (v) => { m.ppn = v; }), { required: true }),
    group(t('Kode KBKI', 'KBKI code'), kbki.el, { required: true, help: t('Klasifikasi Baku Komoditas Indonesia', 'Indonesian standard commodity classification') }),
    group(t('Status Produk', 'Product origin'), choice('pdn', [[true, t('Produk Dalam Negeri (PDN)', 'Domestic product (PDN)')], [false, t('Produk Impor', 'Imported product')]], m.pdn, (v) => { m.pdn = v; }), { required: true }),
    group(t('Nilai TKDN', 'Local content (TKDN)'), tkdn.wrap, { id: tkdn.id, help: t('Wajib untuk Produk Dalam Negeri', 'Required for domestic products') }),
    group(t('Nomor Sertifikat TKDN', 'TKDN certificate number'), cert.wrap, { id: cert.id }),
    group(t('Nomor SNI', 'SNI number'), sni.wrap, { id: sni.id }),
  ];
}

// ---- step 3: description, condition, weight (kg), dimensions ---------------------------------------
function stepSpecification() {
  const description = richEditor({ placeholder: t('Spesifikasi teknis dan deskripsi produk', 'Technical specification and description'), onCommit: (v) => { m.description = v; } });
  const weight = text({ addon: 'kg', placeholder: '0,00', commit: (v) => { const kg = decimalOf(v); m.weightGrams = kg == null ? null : Math.round(kg * 1000); } });
  const dim = (key, id, en) => { const d = text({ addon: 'cm', commit: (v) => { m.dimensions = { ...m.dimensions, [key]: decimalOf(v) }; } }); return group(t(id, en), d.wrap, { id: d.id }); };
  return [
    group(t('Deskripsi Produk', 'Product Description'), description, { required: true }),
    group(t('Kondisi Barang', 'Condition'), choice('kondisi', [['new', t('Baru', 'New')], ['used', t('Bekas', 'Used')]], m.condition, (v) => { m.condition = v; }), { required: true }),
    group(t('Berat', 'Weight'), weight.wrap, { required: true, id: weight.id }),
    h('div', { class: 'ek-row3' }, dim('length', 'Panjang', 'Length'), dim('width', 'Lebar', 'Width'), dim('height', 'Tinggi', 'Height')),
  ];
}

// ---- step 4: unit, price, stock, minimum purchase ---------------------------------------------------
function stepPrice() {
  const unitId = `ek-${++uid}`;
  const unit = reactInput(h('select', { id: unitId, class: 'ek-control' }, h('option', { value: '', text: t('— Pilih satuan —', '— Select unit —') }),
    ...[['pcs', 'Pcs'], ['pak', 'Pak'], ['kotak', 'Kotak'], ['lusin', 'Lusin'], ['kg', 'Kilogram']].map(([v, l]) => h('option', { value: v, text: l, selected: m.unit === v }))), (v) => { m.unit = v || null; });
  const price = text({ addon: 'Rp', commit: (v) => { m.price = intOf(v); } });
  const shipping = text({ addon: 'Rp', commit: (v) => { state.decoys.shippingCost = v; } });
  const stock = text({ commit: (v) => { m.stock = intOf(v); } });
  const minOrder = text({ value: String(m.minOrder ?? ''), commit: (v) => { m.minOrder = intOf(v); } });
  return [
    group(t('Satuan (Unit Pengukuran)', 'Unit of measurement'), unit, { required: true, id: unitId }),
    group(t('Harga Satuan', 'Unit price'), price.wrap, { required: true, id: price.id, help: t('Harga sudah termasuk PPN', 'Price includes VAT') }),
    group(t('Ongkos Kirim per Satuan', 'Shipping cost per unit'), shipping.wrap, { id: shipping.id }),
    group(t('Stok', 'Stock'), stock.wrap, { required: true, id: stock.id }),
    group(t('Minimal Pembelian', 'Minimum purchase'), minOrder.wrap, { id: minOrder.id }),
  ];
}

// ---- the wizard shell -------------------------------------------------------------------------------
const stepper = h('ol', { class: 'ek-stepper' }, ...STEPS.map((s) => h('li', { text: s.id })));
const card = h('section', { class: 'ek-card' });
const errors = h('div', { class: 'ek-errors', role: 'alert' });
const back = h('button', { type: 'button', class: 'ek-btn', text: t('Kembali', 'Back'), onclick: () => go(state.step - 1) });
const next = h('button', { type: 'button', class: 'ek-btn ek-btn--primary', onclick: onNext });
function go(step) {
  if (step < 1 || step > STEPS.length) return;
  state.step = step;
  state.errors = [];
  errors.textContent = '';
  [...stepper.children].forEach((li, i) => { li.classList.toggle('is-done', i < step - 1); if (i === step - 1) li.setAttribute('aria-current', 'step'); else li.removeAttribute('aria-current'); });
  card.replaceChildren(h('h2', { text: `${step}. ${STEPS[step - 1].id}` }), ...STEPS[step - 1].render());
  back.hidden = step === 1;
  next.textContent = step === STEPS.length ? t('Ajukan Produk', 'Submit Product') : t('Selanjutnya', 'Next');
}
function onNext() {
  const missing = STEPS[state.step - 1].required().filter(Boolean);
  state.errors = missing;
  if (missing.length) {
    errors.textContent = `${t('Lengkapi isian wajib', 'Complete the required fields')}: ${missing.join(', ')}`;
    return;
  }
  if (state.step === STEPS.length) { state.saved = true; errors.textContent = t('Produk diajukan untuk ditinjau.', 'Product submitted for review.'); return; }
  go(state.step + 1);
}
app.append(h('div', { class: 'ek-page' }, h('h1', { text: t('Tambah Produk', 'Add Product') }), stepper, card, errors, h('div', { class: 'ek-actions' }, back, next)));
go(1);
