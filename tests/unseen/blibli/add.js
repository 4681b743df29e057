// Held-out replica for judging the Serentak fill engine. Written independently of tests/fixtures and of
// the engine (see tests/unseen/README.md). Its helpers are tests/unseen/_lib/page.js, shared by the held-out pages only.
(() => {
'use strict';
const { LANG, t, model, decoys, sleep, el, digits, decimal, idr, CATS, catLabel, BRANDS, bindReact, bindVue, richEditor, photoNames, popupUnder } = window.UnseenKit;
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
