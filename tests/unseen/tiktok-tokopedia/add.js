// Held-out replica for judging the Serentak fill engine. Written independently of tests/fixtures and of
// the engine (see tests/unseen/README.md). Its helpers are tests/unseen/_lib/page.js, shared by the held-out pages only.
(() => {
'use strict';
const { LANG, t, model, decoys, sleep, el, digits, decimal, idr, CATS, catLabel, BRANDS, bindReact, bindVue, richEditor, photoNames, popupUnder } = window.UnseenKit;
// TikTok Shop / Tokopedia seller centre "Tambah produk": React + Arco (`core-` prefix), cascader popup with
// lazily loaded columns, attributes mounted after the category, ProseMirror description, price formatted
// id-ID, package weight with a unit select.
const root = document.getElementById('root');
const field = (id, label, required, ...control) => el('div', { class: 'core-form-item pulse-form-item', id },
  el('div', { class: 'core-form-label-item' }, el('label', null, required ? el('strong', { class: 'core-form-item-symbol', text: '*' }) : null, label)),
  el('div', { class: 'core-form-item-wrapper' }, ...control));
const coreInput = (attrs, onValue, prefix, suffix) => {
  const input = bindReact(el('input', Object.assign({ class: 'core-input core-input-size-default', 'data-tid': 'm4b_input', autocomplete: 'off' }, attrs)), onValue);
  return el('span', { class: 'core-input-inner-wrapper core-input-inner-wrapper-default' },
    prefix ? el('span', { class: 'core-input-group-prefix', text: prefix }) : null, input,
    suffix ? el('span', { class: 'core-input-group-suffix' }, suffix) : null);
};
function coreSelect(placeholder, loadOptions, onPick, initial) {
  const view = el('span', { class: 'core-select-view-value' + (initial ? '' : ' core-select-view-value-placeholder'), text: initial || placeholder });
  const sel = el('div', { class: 'core-select core-select-single core-select-size-default', role: 'combobox', 'aria-haspopup': 'listbox', 'aria-expanded': 'false', tabindex: '0' },
    el('div', { class: 'core-select-view' }, view, el('span', { class: 'core-select-suffix', text: '⌄' })));
  sel.addEventListener('click', async () => {
    if (sel.getAttribute('aria-expanded') === 'true') return;
    sel.setAttribute('aria-expanded', 'true');
    const pop = popupUnder(sel, 'core-trigger core-select-popup pulse-select-popup');
    pop.setAttribute('trigger-placement', 'bottom');
    sel.addEventListener('popup-closed', () => sel.setAttribute('aria-expanded', 'false'), { once: true });
    pop.append(el('div', { class: 'core-spin', text: '…' }));
    const opts = await loadOptions();
    if (!pop.isConnected) return;
    pop.textContent = '';
    const ul = el('ul', { class: 'core-select-popup-inner', role: 'listbox' });
    for (const o of opts) ul.append(el('li', { class: 'core-select-option pulse-select-option', role: 'option', 'aria-selected': 'false', onclick: () => { view.textContent = o.label; view.classList.remove('core-select-view-value-placeholder'); onPick(o); pop.close(); } }, o.label));
    pop.append(ul);
  });
  return sel;
}

// photos
const picCards = el('div', { class: 'core-upload-list core-upload-list-type-picture-card' });
const fileInput = el('input', { type: 'file', accept: 'image/png,image/jpeg,image/jpg,image/webp', multiple: true, style: 'display:none' });
fileInput.addEventListener('change', () => {
  model.photos = model.photos.concat(photoNames(fileInput.files)).slice(0, 9);
  picCards.textContent = '';
  model.photos.forEach((n, i) => picCards.append(el('div', { class: 'core-upload-list-item', id: `main_image_item_${i + 1}`, title: n, text: '🖼' })));
});
const upload = el('div', { id: 'main_image_item_0', class: 'pulse-upload' }, el('div', { class: 'core-upload core-upload-type-picture-card' },
  el('div', { class: 'core-upload-trigger-picture', role: 'button', onclick: () => fileInput.click() }, t('Unggah', 'Upload')), fileInput));

// name
const nameCount = el('span', { class: 'core-input-word-limit', text: '0/255' });
const nameError = el('div', { class: 'core-form-message', hidden: true, text: t('Nama produk minimal 25 karakter', 'Product name must be at least 25 characters') });
const nameInput = coreInput({ 'data-id': 'product.publish.product_name', placeholder: t('[Merek] + [Konten] + [Lingkup] + [Nama produk] + [Jenis]', '[Brand] + [Content] + [Scope] + [Product type]'), maxlength: '255' },
  (v) => { model.name = v.trim(); nameCount.textContent = `${v.length}/255`; nameError.hidden = v.trim().length >= 25 || !v; }, null, nameCount);

// category cascader
const catView = el('span', { class: 'core-select-view-value core-select-view-value-placeholder', text: t('Pilih kategori', 'Select category') });
const cascader = el('div', { id: 'product-cascader-select-view', class: 'core-cascader core-select-single', role: 'combobox', 'aria-expanded': 'false', tabindex: '0' }, el('div', { class: 'core-select-view' }, catView));
let attrsGen = 0;
cascader.addEventListener('click', () => {
  if (cascader.getAttribute('aria-expanded') === 'true') return;
  cascader.setAttribute('aria-expanded', 'true');
  const pop = popupUnder(cascader, 'core-trigger core-cascader-popup');
  cascader.addEventListener('popup-closed', () => cascader.setAttribute('aria-expanded', 'false'), { once: true });
  const panel = el('div', { class: 'core-cascader-panel' });
  pop.append(panel);
  let path = [];
  const render = async (depth) => {
    [...panel.children].slice(depth).forEach((c) => c.remove());
    const level = depth === 0 ? CATS : path[depth - 1][2];
    const col = el('div', { class: 'core-cascader-list-column' });
    panel.append(col);
    if (depth > 0) { col.append(el('div', { class: 'core-cascader-list-empty', text: '…' })); await sleep(400); if (!pop.isConnected) return; col.textContent = ''; }
    const ul = el('ul', { class: 'core-cascader-list', role: 'menu' });
    const items = level.slice();
    if (depth === 2) items.push(['Camilan Impor', 'Imported Snacks', null, true]);
    for (const c of items) {
      const li = el('li', { class: 'core-cascader-list-item' + (c[3] ? ' disabled-node core-cascader-list-item-disabled' : ''), role: 'menuitem', 'aria-disabled': c[3] ? 'true' : 'false' }, el('div', { class: 'core-cascader-list-item-label', text: catLabel(c) }), c[2] ? el('span', { text: '›' }) : null);
      li.addEventListener('click', () => {
        if (c[3]) return;
        path = path.slice(0, depth).concat([c]);
        ul.querySelectorAll('.core-cascader-list-item-active').forEach((x) => x.classList.remove('core-cascader-list-item-active'));
        li.classList.add('core-cascader-list-item-active');
        if (c[2]) render(depth + 1);
        else { choose(path); pop.close(); }
      });
      ul.append(li);
    }
    col.append(ul);
  };
  render(0);
});
const attrMount = el('div', { id: 'product-attributes' });
function choose(path) {
  const changed = model.category.length && model.category.join('/') !== path.map((c) => c[0]).join('/');
  if (changed && !window.confirm(t('Mengubah kategori akan mengatur ulang atribut. Lanjutkan?', 'Changing the category resets the attributes. Continue?'))) return;
  model.category = path.map((c) => c[0]);
  catView.textContent = path.map(catLabel).join(' / ');
  catView.classList.remove('core-select-view-value-placeholder');
  mountAttributes();
}
async function mountAttributes() {
  const gen = ++attrsGen;
  attrMount.textContent = '';
  model.brand = null; model.condition = null;
  attrMount.append(el('div', { class: 'core-skeleton', text: t('Memuat…', 'Loading…') }));
  await sleep(1000);
  if (gen !== attrsGen) return;
  attrMount.textContent = '';
  const cond = el('div', { class: 'core-radio-group', role: 'radiogroup' }, [['new', t('Baru', 'New')], ['used', t('Bekas', 'Used')]].map(([v, label]) => {
    const r = el('input', { type: 'radio', name: 'product-condition', value: v, class: 'core-radio-target' });
    r.addEventListener('click', () => { model.condition = v; });
    return el('label', { class: 'core-radio' }, r, el('span', { class: 'core-radio-mask' }), el('span', { class: 'core-radio-text', text: label }));
  }));
  attrMount.append(el('div', { class: 'pulse-title', text: t('Atribut produk', 'Product attributes') }),
    field('product-brand', t('Merek', 'Brand'), true, coreSelect(t('Pilih merek', 'Select brand'), async () => { await sleep(600); return [{ label: t('Tanpa merek', 'No brand'), value: 'NO_BRAND' }].concat(BRANDS.map((b) => ({ label: b, value: b }))); }, (o) => { model.brand = o.value; })),
    field('product-condition', t('Kondisi', 'Condition'), true, cond),
    field('product-origin', t('Negara asal', 'Country of origin'), false, coreSelect(t('Pilih', 'Select'), async () => [{ label: 'Indonesia' }, { label: 'Malaysia' }], (o) => { decoys.origin = o.label; })));
}

// description
const desc = richEditor({ class: 'ProseMirror', translate: 'no' }, (txt) => { model.description = txt; });

// sales
const price = coreInput({ 'data-tid': 'm4b_input_number', role: 'spinbutton', currency: 'IDR', placeholder: t('Masukkan harga', 'Enter price'), inputmode: 'decimal' }, (v) => { model.price = digits(v); return idr(model.price); }, 'Rp');
price.querySelector('input').setAttribute('data-tid', 'm4b_input_number');
const stock = coreInput({ 'data-tid': 'm4b_input_number', role: 'spinbutton', placeholder: '0', inputmode: 'numeric' }, (v) => { const n = digits(v); model.stock = n == null ? null : Math.min(n, 999999); return model.stock == null ? '' : String(model.stock); });
stock.querySelector('input').setAttribute('data-tid', 'm4b_input_number');
const minOrder = coreInput({ 'data-tid': 'm4b_input_number', placeholder: '1' }, (v) => { model.minOrder = digits(v); });
minOrder.querySelector('input').setAttribute('data-tid', 'm4b_input_number');

// shipping: the weight's unit defaults to kilograms [guess]; the page normalises to grams
let unit = 'kg';
let weightRaw = '';
const applyWeight = () => { const v = decimal(weightRaw); model.weightGrams = v == null ? null : Math.round(unit === 'kg' ? v * 1000 : v); };
const weight = el('div', { 'data-id': 'product.publish.package_weight', class: 'package-weight' },
  coreInput({ 'data-tid': 'm4b_input_number', placeholder: t('Masukkan berat', 'Enter weight') }, (v) => { weightRaw = v; applyWeight(); }),
  coreSelect('', async () => [{ label: t('Kilogram (kg)', 'Kilogram (kg)'), value: 'kg' }, { label: t('Gram (g)', 'Gram (g)'), value: 'g' }], (o) => { unit = o.value; applyWeight(); }, t('Kilogram (kg)', 'Kilogram (kg)')));
const dim = (key, label) => coreInput({ 'data-tid': 'm4b_input_number', placeholder: label }, (v) => { model.dimensions[key] = decimal(v); }, null, 'cm');

const variationSwitch = el('button', { type: 'button', role: 'switch', 'aria-checked': 'false', class: 'core-switch', onclick: () => { decoys.variations = 'on'; variationSwitch.setAttribute('aria-checked', 'true'); } });
root.append(el('div', { class: 'product-create-page' },
  el('h1', { text: t('Tambah produk', 'Add new product') }),
  el('section', { class: 'pulse-card', id: 'product-basic-info' }, el('div', { class: 'pulse-title', text: t('Informasi dasar', 'Basic information') }),
    field('preview-product-image', t('Gambar produk', 'Product images'), true, upload, picCards, el('div', { class: 'core-form-extra', text: t('Format: JPG, JPEG, PNG, WEBP; maks. 9 gambar', 'Format: JPG, JPEG, PNG, WEBP; up to 9 images') })),
    field('preview-product-title', t('Nama produk', 'Product name'), true, nameInput, nameError),
    field('preview-product-category', t('Kategori', 'Category'), true, cascader),
    attrMount),
  el('section', { class: 'pulse-card', id: 'preview-product-description' }, el('div', { class: 'pulse-title', text: t('Detail produk', 'Product details') }),
    field('product-description', t('Deskripsi produk', 'Product description'), true, el('div', { class: 'rich-text-editor' }, desc))),
  el('section', { class: 'pulse-card', id: 'preview-sale-information' }, el('div', { id: 'skus' }, el('div', { class: 'pulse-title', text: t('Informasi penjualan', 'Sales information') }),
    el('div', { id: 'publish_enable_variation', 'data-id': 'product.publish.variation.switch', class: 'pulse-switch-container' }, el('span', { text: t('Aktifkan varian', 'Enable variations') }), variationSwitch),
    field('product-price', t('Harga', 'Price'), true, price),
    field('product-stock', t('Kuantitas', 'Quantity'), true, stock),
    field('product-min-order', t('Jumlah pembelian minimum', 'Minimum order quantity'), false, minOrder),
    field('product-seller-sku', t('SKU penjual', 'Seller SKU'), false, coreInput({ placeholder: t('Masukkan SKU penjual', 'Enter seller SKU') }, (v) => { model.sku = v.trim(); })))),
  el('section', { class: 'pulse-card', id: 'preview-shipping' }, el('div', { class: 'pulse-title', text: t('Pengiriman', 'Shipping') }),
    field('product-weight', t('Berat paket', 'Package weight'), true, weight),
    field('product-dimensions', t('Dimensi paket', 'Package dimensions'), false, el('div', { class: 'dims' }, dim('length', t('Panjang', 'Length')), dim('width', t('Lebar', 'Width')), dim('height', t('Tinggi', 'Height'))))),
  el('div', { class: 'publish-footer' },
    el('button', { type: 'button', class: 'core-btn core-btn-secondary', text: t('Simpan draf', 'Save draft'), onclick: () => { window.__unseen.saved = 'draft'; } }),
    el('button', { type: 'button', class: 'core-btn core-btn-primary', text: t('Kirim', 'Submit for review'), onclick: () => { window.__unseen.saved = true; } }))));
})();
