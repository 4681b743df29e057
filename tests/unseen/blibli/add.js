// Held-out replica for judging the Serentak fill engine. Written independently of tests/fixtures and of
// the engine (see tests/unseen/README.md). Self-contained: no shared library with any other page.
(() => {
'use strict';
const LANG = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'id';
const t = (id, en) => (LANG === 'en' ? en : id);
document.documentElement.lang = LANG;
const model = {
  name: '', description: '', price: null, stock: null, weightGrams: null, condition: null, brand: null,
  category: [], sku: '', minOrder: null, dimensions: { length: null, width: null, height: null }, photos: [],
};
/** Values typed into look-alike fields the catalogue has no business filling (promo price, min stock…). */
const decoys = {};
window.__unseen = { model, decoys, saved: false };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const k of kids.flat()) if (k != null && k !== false) e.append(k.nodeType ? k : document.createTextNode(String(k)));
  return e;
}
const digits = (s) => { const d = String(s ?? '').replace(/[^\d]/g, ''); return d ? Number(d) : null; };
const decimal = (s) => { const v = parseFloat(String(s ?? '').trim().replace(/\s/g, '').replace(',', '.')); return Number.isFinite(v) ? v : null; };
const idr = (n) => (n == null ? '' : n.toLocaleString('id-ID'));
const CATS = [
  ['Makanan & Minuman', 'Food & Beverages', [
    ['Makanan Ringan', 'Snacks', [['Keripik', 'Chips'], ['Kerupuk', 'Crackers'], ['Biskuit & Wafer', 'Biscuits & Wafers'], ['Kacang', 'Nuts']]],
    ['Bahan Pokok', 'Staples', [['Beras', 'Rice'], ['Minyak Goreng', 'Cooking Oil']]],
    ['Minuman', 'Drinks', [['Kopi', 'Coffee'], ['Teh', 'Tea']]],
  ]],
  ['Fashion Muslim', 'Muslim Fashion', [['Hijab', 'Hijab', [['Pashmina', 'Pashmina'], ['Bergo', 'Bergo']]]]],
  ['Rumah Tangga', 'Home & Living', [['Dapur', 'Kitchen', [['Alat Masak', 'Cookware'], ['Wadah Makanan', 'Food Containers']]]]],
];
const catLabel = (c) => (LANG === 'en' ? c[1] : c[0]);
const BRANDS = ['Maicih', 'Qtela', 'Kusuka', 'Chitato', 'Karuhun'];

/** React 16+ semantics: the element's own value setter feeds a tracker; an input event whose value equals
 *  the tracked one is ignored, so `el.value = x` + input event is not committed. */
function bindReact(input, onValue) {
  const desc = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value');
  let tracked = desc.get.call(input);
  Object.defineProperty(input, 'value', {
    configurable: true,
    get() { return desc.get.call(this); },
    set(v) { tracked = String(v); desc.set.call(this, v); },
  });
  const seen = () => {
    const v = desc.get.call(input);
    if (v === tracked) return;
    tracked = v;
    const shown = onValue(v);
    if (typeof shown === 'string' && shown !== v) input.value = shown; // controlled re-render (formatting)
  };
  input.addEventListener('input', seen);
  input.addEventListener('change', seen);
  return input;
}
/** Vue 3 v-model semantics: commits on input, ignores composition, `.lazy` commits on change. */
function bindVue(input, onValue, lazy) {
  let composing = false;
  input.addEventListener('compositionstart', () => { composing = true; });
  input.addEventListener('compositionend', () => { composing = false; input.dispatchEvent(new Event('input', { bubbles: true })); });
  input.addEventListener(lazy ? 'change' : 'input', () => {
    if (composing) return;
    const shown = onValue(input.value);
    if (typeof shown === 'string' && shown !== input.value) input.value = shown;
  });
  return input;
}
/** A contenteditable editor (Quill / ProseMirror-like): text reaches the model only through input events;
 *  DOM changes made without one are reverted on the next microtask, as the editors' observers do. */
function richEditor(attrs, onText) {
  const ed = el('div', Object.assign({ contenteditable: 'true', role: 'textbox', 'aria-multiline': 'true' }, attrs));
  ed.innerHTML = '<p><br></p>';
  let committed = ed.innerHTML;
  let inputSeen = false;
  let reverting = false;
  ed.addEventListener('input', () => {
    inputSeen = true;
    committed = ed.innerHTML;
    onText(ed.innerText.replace(/\u00a0/g, ' ').replace(/\n{3,}/g, '\n\n').trim());
  });
  new MutationObserver(() => {
    if (reverting) { reverting = false; return; }
    queueMicrotask(() => {
      if (inputSeen) { inputSeen = false; return; }
      if (ed.innerHTML !== committed) { reverting = true; ed.innerHTML = committed; }
    });
  }).observe(ed, { childList: true, subtree: true, characterData: true });
  return ed;
}
function photoNames(files) { return [...(files || [])].map((f) => f.name); }
/** A body-level popup under `anchor`, removed when the user clicks elsewhere. */
function popupUnder(anchor, cls) {
  const pop = el('div', { class: cls });
  const r = anchor.getBoundingClientRect();
  Object.assign(pop.style, { position: 'absolute', left: `${r.left + scrollX}px`, top: `${r.bottom + scrollY + 4}px`, minWidth: `${Math.max(r.width, 180)}px`, zIndex: 1000 });
  document.body.append(pop);
  const away = (e) => { if (!pop.contains(e.target) && !anchor.contains(e.target)) close(); };
  const close = () => { pop.remove(); document.removeEventListener('mousedown', away, true); anchor.dispatchEvent(new CustomEvent('popup-closed')); };
  setTimeout(() => document.addEventListener('mousedown', away, true), 0);
  pop.close = close;
  return pop;
}
// Blibli Seller Center "Tambah produk" [layout guessed; fields from Blibli's public product API]: Vue,
// category modal with three columns, attributes mounted after the category, brand autocomplete in a
// body-level list, rich-text description and a second rich-text "keunggulan produk" (USP).
const root = document.getElementById('app');
const fld = (key, label, required, ...control) => el('div', { class: 'blu-field', 'data-field': key },
  el('label', { class: 'blu-field__label' }, label, required ? el('span', { class: 'blu-field__required', text: ' *' }) : null),
  el('div', { class: 'blu-field__body' }, ...control));
const bluInput = (attrs, onValue, prefix, suffix) => {
  const input = bindVue(el('input', Object.assign({ class: 'blu-textfield__input', type: 'text' }, attrs)), onValue);
  return el('div', { class: 'blu-textfield' }, prefix ? el('span', { class: 'blu-textfield__prefix', text: prefix }) : null, input, suffix ? el('span', { class: 'blu-textfield__suffix', text: suffix }) : null);
};

// category modal
const catText = el('span', { text: t('Pilih kategori', 'Choose category') });
const catBtn = el('button', { type: 'button', class: 'blu-button blu-button--outline category-picker' }, catText);
const attrMount = el('div', { class: 'attributes' });
catBtn.addEventListener('click', () => {
  let path = [];
  const cols = el('div', { class: 'category-columns' });
  const save = el('button', { type: 'button', class: 'blu-button blu-button--primary', disabled: true, text: t('Simpan', 'Save') });
  const render = () => {
    cols.textContent = '';
    let level = CATS;
    ['C1', 'C2', 'C3'].forEach((tag, d) => {
      const col = el('div', { class: 'category-column' }, el('div', { class: 'category-column__title', text: tag }));
      if (level) for (const c of level) col.append(el('div', { class: 'category-option' + (path[d] === c ? ' is-active' : ''), role: 'option', onclick: () => { path = path.slice(0, d).concat([c]); render(); } }, catLabel(c)));
      cols.append(col);
      level = path[d] ? path[d][2] : null;
    });
    save.disabled = path.length !== 3;
  };
  const modal = el('div', { class: 'blu-modal is-open', role: 'dialog' }, el('div', { class: 'blu-modal__overlay' }), el('div', { class: 'blu-modal__content' },
    el('div', { class: 'blu-modal__header', text: t('Pilih kategori', 'Choose category') }), el('div', { class: 'blu-modal__body' }, cols),
    el('div', { class: 'blu-modal__footer' }, el('button', { type: 'button', class: 'blu-button', text: t('Batal', 'Cancel'), onclick: () => modal.remove() }), save)));
  save.addEventListener('click', async () => {
    model.category = path.map((c) => c[0]);
    catText.textContent = path.map(catLabel).join(' / ');
    modal.remove();
    attrMount.textContent = '';
    model.brand = null;
    attrMount.append(el('div', { class: 'blu-loader', text: t('Memuat atribut…', 'Loading attributes…') }));
    await sleep(800);
    attrMount.textContent = '';
    attrMount.append(fld('brand', t('Merek', 'Brand'), true, brandBox()),
      fld('attr-berat-bersih', t('Berat bersih', 'Net weight'), false, bluInput({ placeholder: t('Contoh: 250 g', 'E.g. 250 g') }, (v) => { decoys.netWeight = v; })));
  });
  document.body.append(modal);
  render();
});
function brandBox() {
  const input = el('input', { class: 'blu-textfield__input', placeholder: t('Cari merek', 'Search brand'), autocomplete: 'off' });
  let pop = null;
  const show = async () => {
    if (!pop || !pop.isConnected) pop = popupUnder(input, 'blu-dropdown__list');
    const q = input.value.trim().toLowerCase();
    await sleep(400);
    if (!pop.isConnected) return;
    pop.textContent = '';
    const all = [{ label: t('Tanpa merek', 'No brand'), value: 'NO_BRAND' }].concat(BRANDS.map((b) => ({ label: b, value: b })));
    for (const o of all.filter((x) => !q || x.label.toLowerCase().includes(q) || (x.value === 'NO_BRAND' && /no brand|tanpa|tidak/.test(q)))) {
      pop.append(el('div', { class: 'blu-dropdown__item', role: 'option', onclick: () => { input.value = o.label; model.brand = o.value; pop.close(); } }, o.label));
    }
  };
  input.addEventListener('focus', show);
  input.addEventListener('input', () => { model.brand = null; show(); });
  return el('div', { class: 'blu-autocomplete' }, input);
}

const photoList = el('div', { class: 'image-uploader__list' });
const photoInput = el('input', { type: 'file', accept: '.jpg,.jpeg,.png', multiple: true, class: 'image-uploader__input', style: 'display:none' });
const addPhotos = (files) => {
  model.photos = model.photos.concat(photoNames(files)).slice(0, 8);
  photoList.textContent = '';
  for (const n of model.photos) photoList.append(el('div', { class: 'image-uploader__item', title: n, text: '🖼' }));
};
photoInput.addEventListener('change', () => addPhotos(photoInput.files));
const drop = el('div', { class: 'image-uploader__drop', role: 'button', onclick: () => photoInput.click() }, t('Tarik & lepas foto di sini atau pilih file', 'Drag & drop photos here or browse'));
drop.addEventListener('dragover', (e) => e.preventDefault());
drop.addEventListener('drop', (e) => { e.preventDefault(); if (e.dataTransfer && e.dataTransfer.files.length) addPhotos(e.dataTransfer.files); });

const desc = richEditor({ class: 'blu-editor__content ql-editor' }, (txt) => { model.description = txt; });
const usp = richEditor({ class: 'blu-editor__content ql-editor' }, (txt) => { decoys.usp = txt; });
let salePrice = null;
root.append(el('div', { class: 'product-form' },
  el('h1', { text: t('Tambah produk', 'Add product') }),
  el('section', { class: 'blu-card' }, el('h2', { text: t('Informasi produk', 'Product information') }),
    fld('productName', t('Nama produk', 'Product name'), true, bluInput({ placeholder: t('Masukkan nama produk', 'Enter product name'), maxlength: '150' }, (v) => { model.name = v.trim(); })),
    fld('category', t('Kategori', 'Category'), true, catBtn), attrMount,
    fld('images', t('Foto produk', 'Product photos'), true, el('div', { class: 'image-uploader' }, photoList, drop, photoInput)),
    fld('description', t('Deskripsi produk', 'Product description'), true, el('div', { class: 'blu-editor' }, desc)),
    fld('uniqueSellingPoint', t('Keunggulan produk', 'Unique selling point'), false, el('div', { class: 'blu-editor' }, usp))),
  el('section', { class: 'blu-card' }, el('h2', { text: t('Harga & stok', 'Price & stock') }),
    fld('merchantSku', t('SKU seller', 'Seller SKU'), false, bluInput({ placeholder: t('Masukkan SKU', 'Enter SKU') }, (v) => { model.sku = v.trim(); })),
    fld('price', t('Harga normal', 'Normal price'), true, bluInput({ placeholder: '0', inputmode: 'numeric' }, (v) => { model.price = digits(v); return idr(model.price); }, 'Rp')),
    fld('salePrice', t('Harga jual', 'Selling price'), true, bluInput({ placeholder: '0', inputmode: 'numeric' }, (v) => { salePrice = digits(v); decoys.salePrice = salePrice; return idr(salePrice); }, 'Rp'),
      el('div', { class: 'blu-field__hint', text: t('Harga jual tidak boleh lebih tinggi dari harga normal', 'Selling price cannot exceed the normal price') })),
    fld('stock', t('Stok', 'Stock'), true, bluInput({ placeholder: '0', inputmode: 'numeric' }, (v) => { model.stock = digits(v); })),
    fld('minimumStock', t('Stok minimum', 'Minimum stock'), false, bluInput({ placeholder: '0', inputmode: 'numeric' }, (v) => { decoys.minimumStock = v; }),
      el('div', { class: 'blu-field__hint', text: t('Kami akan mengingatkan saat stok di bawah angka ini', 'We will remind you when stock falls below this') }))),
  el('section', { class: 'blu-card' }, el('h2', { text: t('Pengiriman', 'Shipping') }),
    fld('weight', t('Berat', 'Weight'), true, bluInput({ placeholder: '0', inputmode: 'numeric' }, (v) => { model.weightGrams = digits(v); }, null, 'gram')),
    fld('dimension', t('Dimensi (P x L x T)', 'Dimensions (L x W x H)'), true, el('div', { class: 'dims' },
      bluInput({ placeholder: t('Panjang', 'Length'), name: 'length' }, (v) => { model.dimensions.length = decimal(v); }, null, 'cm'),
      bluInput({ placeholder: t('Lebar', 'Width'), name: 'width' }, (v) => { model.dimensions.width = decimal(v); }, null, 'cm'),
      bluInput({ placeholder: t('Tinggi', 'Height'), name: 'height' }, (v) => { model.dimensions.height = decimal(v); }, null, 'cm')))),
  el('div', { class: 'form-footer' }, el('button', { type: 'button', class: 'blu-button blu-button--primary', text: t('Simpan', 'Save'), onclick: () => { window.__unseen.saved = true; } }))));
})();
