// Held-out replica for judging the Serentak fill engine. Written independently of tests/fixtures and of
// the engine (see tests/unseen/README.md). Its helpers are tests/unseen/_lib/page.js, shared by the held-out pages only.
(() => {
'use strict';
const { LANG, t, model, decoys, sleep, el, digits, decimal, idr, CATS, catLabel, BRANDS, bindReact, bindVue, richEditor, photoNames, popupUnder } = window.UnseenKit;
// Lazada Seller Center "Tambah Produk": React + Alibaba Fusion (`next-`), category suggestions as radios
// after the name is typed plus a category dialog, specification section mounted after the category,
// brand search select in an overlay, rich editors over hidden textareas, package weight in kg.
const root = document.getElementById('root');
const item = (name, label, required, ...control) => el('div', { class: 'next-formily-item next-form-item', 'data-name': name },
  el('div', { class: 'next-formily-item-label' }, el('label', { class: required ? 'required' : '' }, label)),
  el('div', { class: 'next-formily-item-control' }, ...control));
const nextInput = (attrs, onValue, addonBefore, addonAfter) => {
  const input = bindReact(el('input', Object.assign({ type: 'text', autocomplete: 'off' }, attrs)), onValue);
  return el('span', { class: 'next-input next-medium' }, addonBefore ? el('span', { class: 'next-input-inner next-before', text: addonBefore }) : null, input, addonAfter ? el('span', { class: 'next-input-inner next-after', text: addonAfter }) : null);
};
function nextSelect(placeholder, loadOptions, onPick, opts = {}) {
  const val = el('span', { class: 'next-select-values', text: opts.initial || '' });
  const search = el('input', { class: 'next-select-trigger-search-input', placeholder: opts.initial ? '' : placeholder, readonly: opts.search ? null : true });
  const trig = el('div', { class: 'next-select next-select-trigger' + (opts.search ? ' next-select-trigger-search' : ''), role: 'combobox', tabindex: '0' }, el('span', { class: 'next-select-inner' }, val, search, el('i', { class: 'next-icon-arrow-down', text: '▾' })));
  let pop = null;
  const show = async (q) => {
    if (!pop || !pop.isConnected) pop = popupUnder(trig, 'next-overlay-wrapper opened');
    pop.textContent = '';
    pop.append(el('div', { class: 'next-select-spade-loading', text: '…' }));
    const list = await loadOptions(q || '');
    if (!pop.isConnected) return;
    pop.textContent = '';
    const menu = el('ul', { class: 'next-menu next-select-menu', role: 'listbox' });
    for (const o of list) menu.append(el('li', { class: 'next-menu-item', role: 'option', title: o.label, onclick: () => { val.textContent = o.label; search.value = ''; search.placeholder = ''; onPick(o); pop.close(); } }, el('span', { class: 'next-menu-item-text', text: o.label })));
    if (!list.length) menu.append(el('li', { class: 'next-menu-item next-disabled', text: t('Tidak ada data', 'No data') }));
    pop.append(menu);
  };
  trig.addEventListener('click', () => show(search.value));
  if (opts.search) search.addEventListener('input', () => show(search.value));
  return trig;
}

// name + suggestions
const sugg = el('div', { class: 'category-suggestions next-radio-group' });
let suggTimer = 0;
const nameInput = nextInput({ name: 'name', placeholder: t('Contoh: Nike Sepatu Lari Pria Air Zoom', 'Ex. Nike Air Zoom Running Shoes for Men'), maxlength: '255' }, (v) => {
  model.name = v.trim();
  clearTimeout(suggTimer);
  suggTimer = setTimeout(() => suggest(v), 600);
});
const leafPaths = [];
for (const a of CATS) for (const b of a[2]) for (const c of b[2]) leafPaths.push([a, b, c]);
async function suggest(v) {
  sugg.textContent = '';
  if (v.trim().length < 3) return;
  await sleep(300);
  const words = v.toLowerCase().split(/\s+/);
  const scored = leafPaths.map((p) => [p, p.reduce((s, c) => s + (words.some((w) => w.length > 3 && (c[0] + ' ' + c[1]).toLowerCase().includes(w.slice(0, 5))) ? 1 : 0), 0)]);
  scored.sort((x, y) => y[1] - x[1]);
  for (const [p] of scored.slice(0, 3)) {
    const r = el('input', { type: 'radio', class: 'next-radio-input', name: 'category-suggestion' });
    r.addEventListener('change', () => setCategory(p));
    sugg.append(el('label', { class: 'next-radio-wrapper' }, el('span', { class: 'next-radio' }, r), el('span', { class: 'next-radio-label', text: p.map(catLabel).join(' > ') })));
  }
}
const catText = el('span', { class: 'category-path', text: t('Pilih kategori', 'Select category') });
const catBtn = el('div', { class: 'next-select next-select-trigger category-selector', role: 'button', tabindex: '0' }, catText);
catBtn.addEventListener('click', () => {
  let path = [];
  const cols = el('div', { class: 'cascade-columns' });
  const ok = el('button', { type: 'button', class: 'next-btn next-btn-primary', disabled: true, text: t('Konfirmasi', 'Confirm') });
  const render = () => {
    cols.textContent = '';
    let level = CATS;
    for (let d = 0; level; d++) {
      const ul = el('ul', { class: 'next-menu next-cascader-menu' });
      for (const c of level) ul.append(el('li', { class: 'next-menu-item next-cascader-menu-item' + (path[d] === c ? ' next-expanded' : ''), onclick: () => { path = path.slice(0, d).concat([c]); render(); } }, catLabel(c)));
      cols.append(ul);
      if (!path[d]) break;
      level = path[d][2];
    }
    ok.disabled = !(path.length && !path[path.length - 1][2]);
  };
  const dlg = el('div', { class: 'next-overlay-wrapper opened' }, el('div', { class: 'next-overlay-backdrop' }), el('div', { class: 'next-dialog', role: 'dialog' },
    el('div', { class: 'next-dialog-header', text: t('Kategori', 'Category') }), el('div', { class: 'next-dialog-body' }, cols),
    el('div', { class: 'next-dialog-footer' }, el('button', { type: 'button', class: 'next-btn next-btn-normal', text: t('Batal', 'Cancel'), onclick: () => dlg.remove() }), ok)));
  ok.addEventListener('click', () => { setCategory(path); dlg.remove(); });
  document.body.append(dlg);
  render();
});
const specMount = el('div', { id: 'product-specification' });
let gen = 0;
async function setCategory(path) {
  model.category = path.map((c) => c[0]);
  catText.textContent = path.map(catLabel).join(' > ');
  const g = ++gen;
  specMount.textContent = '';
  model.brand = null;
  specMount.append(el('div', { class: 'next-loading', text: t('Memuat…', 'Loading…') }));
  await sleep(1200);
  if (g !== gen) return;
  specMount.textContent = '';
  specMount.append(el('h3', { class: 'section-title', text: t('Spesifikasi Produk', 'Product Specification') }),
    item('brand', t('Merek', 'Brand'), true, nextSelect(t('Cari merek', 'Search brand'), async (q) => { await sleep(500); const all = [{ label: 'No Brand', value: 'NO_BRAND' }].concat(BRANDS.map((b) => ({ label: b, value: b }))); return all.filter((o) => o.label.toLowerCase().includes(q.toLowerCase())); }, (o) => { model.brand = o.value; }, { search: true })),
    item('net_weight', t('Berat Bersih', 'Net Weight'), false, nextInput({ name: 'net_weight', placeholder: t('Masukkan', 'Please enter') }, (v) => { decoys.netWeight = v; })),
    item('flavor', t('Rasa', 'Flavor'), false, nextInput({ name: 'flavor', placeholder: t('Masukkan', 'Please enter') }, (v) => { decoys.flavor = v; })));
}

// images: the upload box opens the Media Center; files chosen there are added to the product
const imgList = el('div', { class: 'next-upload-list next-upload-list-card' });
const imgInput = el('input', { type: 'file', accept: 'image/*', multiple: true, style: 'display:none' });
imgInput.addEventListener('change', () => {
  model.photos = model.photos.concat(photoNames(imgInput.files)).slice(0, 8);
  imgList.textContent = '';
  for (const n of model.photos) imgList.append(el('div', { class: 'next-upload-list-item', title: n, text: '🖼' }));
});
const upload = el('div', { class: 'next-upload next-upload-card' }, imgList, el('div', { class: 'next-upload-inner', role: 'button', onclick: () => imgInput.click() }, t('Media Center', 'Media Center')), imgInput);

// descriptions (a rich editor over a hidden textarea each): highlights first, then the long description
const hiddenDesc = el('textarea', { name: 'description', hidden: true });
const desc = richEditor({ class: 'lzd-editor-content', 'data-placeholder': t('Deskripsi produk', 'Product description') }, (txt) => { model.description = txt; hiddenDesc.value = txt; });
const hiddenShort = el('textarea', { name: 'short_description', hidden: true });
const short = richEditor({ class: 'lzd-editor-content' }, (txt) => { decoys.highlights = txt; hiddenShort.value = txt; });

// weight in kg (unit menu); the page keeps grams
let wUnit = 'kg'; let wRaw = '';
const applyW = () => { const v = decimal(wRaw); model.weightGrams = v == null ? null : Math.round(wUnit === 'kg' ? v * 1000 : v); };
const dim = (k, name, label) => nextInput({ name, placeholder: label }, (v) => { model.dimensions[k] = decimal(v); }, null, 'cm');

root.append(el('div', { class: 'product-publish' },
  el('h1', { text: t('Tambah Produk', 'Add Product') }),
  el('div', { class: 'next-card', id: 'basic-info' }, el('h3', { class: 'section-title', text: t('Informasi Dasar', 'Basic Information') }),
    item('name', t('Nama Produk', 'Product Name'), true, nameInput, sugg),
    item('category', t('Kategori', 'Category'), true, catBtn),
    item('images', t('Gambar Produk', 'Product Images'), true, upload, el('div', { class: 'tip', text: t('3–8 gambar, min. 330 x 330 px', '3–8 images, min. 330 x 330 px') }))),
  el('div', { class: 'next-card', id: 'spec-wrap' }, specMount),
  el('div', { class: 'next-card', id: 'price-stock' }, el('h3', { class: 'section-title', text: t('Harga, Stok & Varian', 'Price, Stock & Variants') }),
    item('price', t('Harga', 'Price'), true, nextInput({ name: 'price', placeholder: t('Harga', 'Price') }, (v) => { model.price = digits(v); return idr(model.price); }, 'Rp')),
    item('special_price', t('Harga Promo', 'Special Price'), false, nextInput({ name: 'special_price', placeholder: t('Harga Promo', 'Special Price') }, (v) => { decoys.specialPrice = v; }, 'Rp')),
    item('quantity', t('Stok', 'Stock'), true, nextInput({ name: 'quantity', placeholder: t('Stok', 'Stock') }, (v) => { model.stock = digits(v); })),
    item('SellerSku', 'SellerSKU', false, nextInput({ name: 'SellerSku', placeholder: 'SellerSKU' }, (v) => { model.sku = v.trim(); }))),
  el('div', { class: 'next-card', id: 'description' }, el('h3', { class: 'section-title', text: t('Deskripsi', 'Description') }),
    item('short_description', t('Highlight Produk', 'Highlights'), false, el('div', { class: 'lzd-editor' }, short), hiddenShort),
    item('description', t('Deskripsi Produk', 'Product Description'), true, el('div', { class: 'lzd-editor' }, desc), hiddenDesc)),
  el('div', { class: 'next-card', id: 'shipping' }, el('h3', { class: 'section-title', text: t('Pengiriman & Garansi', 'Shipping & Warranty') }),
    item('package_weight', t('Berat Paket', 'Package Weight'), true, el('div', { class: 'weight-row' },
      nextInput({ name: 'package_weight', placeholder: '0.01 - 300' }, (v) => { wRaw = v; applyW(); }),
      nextSelect('', async () => [{ label: 'kg', value: 'kg' }, { label: 'g', value: 'g' }], (o) => { wUnit = o.value; applyW(); }, { initial: 'kg' }))),
    item('package_dimensions', t('Dimensi Paket (P x L x T)', 'Package Dimensions (L x W x H)'), true, el('div', { class: 'dims' },
      dim('length', 'package_length', t('Panjang', 'Length')), dim('width', 'package_width', t('Lebar', 'Width')), dim('height', 'package_height', t('Tinggi', 'Height')))),
    item('warranty_type', t('Jenis Garansi', 'Warranty Type'), false, nextSelect(t('Pilih', 'Select'), async () => [{ label: t('Tidak Ada Garansi', 'No Warranty') }, { label: t('Garansi Toko', 'Seller Warranty') }], (o) => { decoys.warranty = o.label; }))),
  el('div', { class: 'publish-footer' },
    el('button', { type: 'button', class: 'next-btn next-btn-normal', text: t('Simpan Draf', 'Save Draft'), onclick: () => { window.__unseen.saved = 'draft'; } }),
    el('button', { type: 'button', class: 'next-btn next-btn-primary', text: t('Kirim', 'Submit'), onclick: () => { window.__unseen.saved = true; } }))));
})();
