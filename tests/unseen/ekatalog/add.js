// Held-out replica for judging the Serentak fill engine. Written independently of tests/fixtures and of
// the engine (see tests/unseen/README.md). Its helpers are tests/unseen/_lib/page.js, shared by the held-out pages only.
(() => {
'use strict';
const { LANG, t, model, decoys, sleep, el, digits, decimal, idr, CATS, catLabel, BRANDS, bindReact, bindVue, richEditor, photoNames, popupUnder } = window.UnseenKit;
// e-Katalog v6 (katalog.inaproc.id) "Tambah Produk" wizard [DOM guessed; steps and fields from public
// provider guides]: React-style controlled inputs, "Selanjutnya" validates the step before moving on.
Object.assign(model, { unit: null, kbki: null, tkdn: null, pdn: null, ppn: null, sni: '' });
const root = document.getElementById('root');
const fld = (key, label, required, ...control) => el('div', { class: 'form-control', 'data-field': key },
  el('label', { class: 'label' }, el('span', { class: 'label-text', text: label }), required ? el('span', { class: 'text-error', text: ' *' }) : null),
  ...control, el('div', { class: 'form-error', hidden: true }));
const input = (attrs, onValue, prefix, suffix) => {
  const i = bindReact(el('input', Object.assign({ class: 'input input-bordered', type: 'text' }, attrs)), onValue);
  return el('div', { class: 'input-group' }, prefix ? el('span', { class: 'input-addon', text: prefix }) : null, i, suffix ? el('span', { class: 'input-addon', text: suffix }) : null);
};
function select(placeholder, load, onPick, searchable) {
  const val = el('span', { class: 'select__value placeholder', text: placeholder });
  const trig = el('button', { type: 'button', class: 'select__trigger', 'aria-haspopup': 'listbox', 'aria-expanded': 'false' }, val, el('span', { text: '▾' }));
  trig.addEventListener('click', async () => {
    if (trig.getAttribute('aria-expanded') === 'true') return;
    trig.setAttribute('aria-expanded', 'true');
    const pop = popupUnder(trig, 'select__content');
    trig.addEventListener('popup-closed', () => trig.setAttribute('aria-expanded', 'false'), { once: true });
    const q = el('input', { class: 'select__search', placeholder: t('Cari…', 'Search…') });
    const list = el('div', { role: 'listbox', class: 'select__list' });
    const fill = async () => {
      list.textContent = t('Memuat…', 'Loading…');
      const opts = await load(q.value.trim());
      if (!pop.isConnected) return;
      list.textContent = '';
      for (const o of opts) list.append(el('div', { role: 'option', class: 'select__item', onclick: () => { val.textContent = o.label; val.classList.remove('placeholder'); onPick(o); pop.close(); } }, o.label));
    };
    if (searchable) { pop.append(q); q.addEventListener('input', fill); }
    pop.append(list);
    fill();
  });
  return trig;
}
const radios = (name, opts, onPick) => el('div', { class: 'radio-group', role: 'radiogroup' }, opts.map(([v, label]) => {
  const r = el('input', { type: 'radio', class: 'radio', name, value: String(v) });
  r.addEventListener('change', () => { if (r.checked) onPick(v); });
  return el('label', { class: 'radio-label' }, r, el('span', { text: label }));
}));

// step 1 — Informasi Produk
const catVal = el('span', { class: 'placeholder', text: t('Pilih kategori produk', 'Choose product category') });
const catBtn = el('button', { type: 'button', class: 'category-trigger' }, catVal);
catBtn.addEventListener('click', () => {
  let path = [];
  const cols = el('div', { class: 'category-cols' });
  const ok = el('button', { type: 'button', class: 'btn btn-primary', disabled: true, text: t('Pilih', 'Choose') });
  const render = () => {
    cols.textContent = '';
    let level = CATS;
    [t('Kategori Level 1', 'Level 1 category'), t('Kategori Level 2', 'Level 2 category'), t('Kategori Level 3', 'Level 3 category')].forEach((title, d) => {
      const col = el('div', { class: 'category-col' }, el('div', { class: 'category-col__title', text: title }));
      if (level) for (const c of level) col.append(el('button', { type: 'button', class: 'category-item' + (path[d] === c ? ' active' : ''), onclick: () => { path = path.slice(0, d).concat([c]); render(); } }, catLabel(c)));
      cols.append(col);
      level = path[d] ? path[d][2] : null;
    });
    ok.disabled = path.length !== 3;
  };
  const dlg = el('div', { class: 'modal modal-open', role: 'dialog' }, el('div', { class: 'modal-box' }, el('h3', { text: t('Pilih Kategori', 'Choose Category') }), cols,
    el('div', { class: 'modal-action' }, el('button', { type: 'button', class: 'btn', text: t('Batal', 'Cancel'), onclick: () => dlg.remove() }), ok)));
  ok.addEventListener('click', () => { model.category = path.map((c) => c[0]); catVal.textContent = path.map(catLabel).join(' > '); catVal.classList.remove('placeholder'); dlg.remove(); });
  document.body.append(dlg);
  render();
});
const photoList = el('div', { class: 'photo-list' });
const photoInput = el('input', { type: 'file', accept: '.jpg,.jpeg,.png', multiple: true, hidden: true });
photoInput.addEventListener('change', () => {
  model.photos = model.photos.concat(photoNames(photoInput.files)).slice(0, 10);
  photoList.textContent = '';
  for (const n of model.photos) photoList.append(el('div', { class: 'photo', title: n, text: '🖼' }));
});
const desc = richEditor({ class: 'editor-content' }, (txt) => { model.description = txt; });
const step1 = el('section', { class: 'wizard-step', 'data-step': '1' },
  el('h2', { text: t('Informasi Produk', 'Product Information') }),
  fld('category', t('Kategori Produk', 'Product Category'), true, catBtn),
  fld('name', t('Nama Produk', 'Product Name'), true, input({ placeholder: t('Masukkan nama produk', 'Enter product name'), maxlength: '255' }, (v) => { model.name = v.trim(); })),
  fld('brand', t('Merek', 'Brand'), true, select(t('Pilih merek', 'Choose brand'), async (q) => { await sleep(500); return [{ label: t('Tidak Bermerek', 'Unbranded'), value: 'NO_BRAND' }].concat(BRANDS.map((b) => ({ label: b, value: b }))).filter((o) => !q || o.label.toLowerCase().includes(q.toLowerCase())); }, (o) => { model.brand = o.value; }, true)),
  fld('sku', t('No. Produk (SKU)', 'Product No. (SKU)'), false, input({ placeholder: t('Nomor SKU / part number', 'SKU / part number') }, (v) => { model.sku = v.trim(); })),
  fld('photos', t('Foto Produk', 'Product Photos'), true, photoList, el('div', { class: 'dropzone', role: 'button', onclick: () => photoInput.click() }, t('Unggah foto (.jpg, .jpeg, .png, min. 500 x 500 px)', 'Upload photos (.jpg, .jpeg, .png, min. 500 x 500 px)')), photoInput),
  fld('description', t('Deskripsi Produk', 'Product Description'), true, el('div', { class: 'editor' }, desc)),
  fld('condition', t('Kondisi Produk', 'Product Condition'), false, radios('condition', [['new', t('Baru', 'New')], ['used', t('Bekas', 'Used')]], (v) => { model.condition = v; })));

// step 2 — Harga & Stok (with unit and shipping data)
const step2 = el('section', { class: 'wizard-step', 'data-step': '2', hidden: true },
  el('h2', { text: t('Harga & Stok', 'Price & Stock') }),
  fld('price', t('Harga Satuan', 'Unit Price'), true, input({ placeholder: '0', inputmode: 'numeric' }, (v) => { model.price = digits(v); return idr(model.price); }, 'Rp')),
  fld('ppn', t('Harga sudah termasuk PPN', 'Price includes VAT (PPN)'), false, (() => { const c = el('input', { type: 'checkbox', class: 'checkbox' }); c.addEventListener('change', () => { model.ppn = c.checked; }); return el('label', { class: 'checkbox-label' }, c, el('span', { text: t('Ya, termasuk PPN', 'Yes, VAT included') })); })()),
  fld('priceValidUntil', t('Masa Berlaku Harga', 'Price Valid Until'), false, input({ type: 'date' }, (v) => { decoys.priceValidUntil = v; })),
  fld('unit', t('Satuan', 'Unit of Measure'), true, select(t('Pilih satuan', 'Choose unit'), async (q) => { await sleep(300); return [['pcs', 'Pcs'], ['unit', 'Unit'], ['box', 'Box'], ['paket', 'Paket'], ['kg', 'Kilogram'], ['pack', 'Pack']].map(([v, l]) => ({ value: v, label: l })).filter((o) => !q || o.label.toLowerCase().includes(q.toLowerCase())); }, (o) => { model.unit = o.value; }, true)),
  fld('stock', t('Stok', 'Stock'), true, input({ placeholder: '0', inputmode: 'numeric' }, (v) => { model.stock = digits(v); })),
  fld('minOrder', t('Minimum Pembelian', 'Minimum Purchase'), false, input({ placeholder: '1', inputmode: 'numeric' }, (v) => { model.minOrder = digits(v); })),
  fld('weight', t('Berat', 'Weight'), true, input({ placeholder: '0', inputmode: 'numeric' }, (v) => { model.weightGrams = digits(v); }, null, 'gram')),
  fld('dimensions', t('Dimensi (P x L x T)', 'Dimensions (L x W x H)'), false, el('div', { class: 'dims' },
    input({ placeholder: t('Panjang', 'Length') }, (v) => { model.dimensions.length = decimal(v); }, null, 'cm'),
    input({ placeholder: t('Lebar', 'Width') }, (v) => { model.dimensions.width = decimal(v); }, null, 'cm'),
    input({ placeholder: t('Tinggi', 'Height') }, (v) => { model.dimensions.height = decimal(v); }, null, 'cm'))));

// step 3 — Spesifikasi, KBKI, PDN, TKDN, SNI
const KBKI = [['21690', 'Produk olahan dan awetan sayuran lainnya', 'Other prepared and preserved vegetables'], ['23410', 'Roti dan kue', 'Bread and cakes'], ['21311', 'Keripik kentang', 'Potato chips'], ['23991', 'Makanan ringan lainnya', 'Other snack foods']];
const step3 = el('section', { class: 'wizard-step', 'data-step': '3', hidden: true },
  el('h2', { text: t('Spesifikasi, KBKI, PDN & TKDN', 'Specifications, KBKI, PDN & TKDN') }),
  fld('kbki', t('Kode KBKI', 'KBKI Code'), true, select(t('Cari kode atau nama KBKI', 'Search KBKI code or name'), async (q) => { await sleep(700); return KBKI.filter((k) => !q || k[0].includes(q) || k[1].toLowerCase().includes(q.toLowerCase()) || k[2].toLowerCase().includes(q.toLowerCase())).map((k) => ({ value: k[0], label: `${k[0]} - ${t(k[1], k[2])}` })); }, (o) => { model.kbki = o.value; }, true)),
  fld('pdn', t('Status Produk Dalam Negeri (PDN)', 'Domestic Product Status (PDN)'), true, radios('pdn', [[true, t('Produk Dalam Negeri', 'Domestic product')], [false, t('Produk Impor', 'Imported product')]], (v) => { model.pdn = v; })),
  fld('tkdn', t('Nilai TKDN (%)', 'TKDN Value (%)'), false, input({ placeholder: '0,00', inputmode: 'decimal' }, (v) => { model.tkdn = decimal(v); }, null, '%')),
  fld('tkdnCert', t('Nomor Sertifikat TKDN', 'TKDN Certificate Number'), false, input({ placeholder: t('Nomor sertifikat', 'Certificate number') }, (v) => { decoys.tkdnCert = v; })),
  fld('bmp', t('Nilai BMP (%)', 'BMP Value (%)'), false, input({ placeholder: '0,00', inputmode: 'decimal' }, (v) => { decoys.bmp = v; }, null, '%')),
  fld('sni', t('Nomor SNI', 'SNI Number'), false, input({ placeholder: t('Jika ada', 'If any') }, (v) => { model.sni = v.trim(); })),
  fld('spec-komposisi', t('Komposisi', 'Ingredients'), false, input({ placeholder: t('Masukkan', 'Enter') }, (v) => { decoys.composition = v; })));

const step4 = el('section', { class: 'wizard-step', 'data-step': '4', hidden: true }, el('h2', { text: t('Tinjau & Ajukan', 'Review & Submit') }), el('p', { text: t('Periksa kembali data produk sebelum diajukan.', 'Check the product data before submitting.') }));
const steps = [step1, step2, step3, step4];
const stepTitles = [t('Informasi Produk', 'Product Information'), t('Harga & Stok', 'Price & Stock'), t('Spesifikasi & TKDN', 'Specifications & TKDN'), t('Tinjau', 'Review')];
let cur = 0;
const stepper = el('ol', { class: 'steps' }, stepTitles.map((s, i) => el('li', { class: 'step' + (i === 0 ? ' step-primary' : ''), text: s })));
const required = [() => [['name', model.name], ['category', model.category.length]], () => [['price', model.price]], () => [['kbki', model.kbki]], () => []];
const back = el('button', { type: 'button', class: 'btn btn-outline', text: t('Sebelumnya', 'Previous'), hidden: true });
const next = el('button', { type: 'button', class: 'btn btn-primary', text: t('Selanjutnya', 'Next') });
const submit = el('button', { type: 'button', class: 'btn btn-primary', text: t('Ajukan Produk', 'Submit Product'), hidden: true, onclick: () => { window.__unseen.saved = true; } });
const show = () => {
  steps.forEach((s, i) => { s.hidden = i !== cur; });
  [...stepper.children].forEach((li, i) => li.classList.toggle('step-primary', i <= cur));
  back.hidden = cur === 0; next.hidden = cur === steps.length - 1; submit.hidden = cur !== steps.length - 1;
  window.__unseen.step = cur + 1;
};
next.addEventListener('click', async () => {
  let ok = true;
  for (const [key, v] of required[cur]()) {
    const err = steps[cur].querySelector(`[data-field="${key}"] .form-error`);
    const bad = !v;
    if (err) { err.hidden = !bad; err.textContent = t('Wajib diisi', 'Required'); }
    if (bad) ok = false;
  }
  if (!ok) return;
  next.disabled = true;
  await sleep(500);
  next.disabled = false;
  cur = Math.min(cur + 1, steps.length - 1);
  show();
});
back.addEventListener('click', () => { cur = Math.max(cur - 1, 0); show(); });
root.append(el('div', { class: 'product-wizard' }, el('nav', { class: 'breadcrumbs', text: t('Daftar Produk / Tambah Produk', 'Product List / Add Product') }),
  el('h1', { text: t('Tambah Produk', 'Add Product') }), stepper, ...steps, el('div', { class: 'wizard-actions' }, back, next, submit)));
show();
})();
