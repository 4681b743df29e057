// Held-out replica for judging the Serentak fill engine. Written independently of tests/fixtures and of
// the engine (see tests/unseen/README.md). Its helpers are tests/unseen/_lib/page.js, shared by the held-out pages only.
(() => {
'use strict';
const { LANG, t, model, decoys, sleep, el, digits, decimal, idr, CATS, catLabel, BRANDS, bindReact, bindVue, richEditor, photoNames, popupUnder } = window.UnseenKit;
// Shopee Seller Centre "Tambah Produk Baru": Vue 3 + EDS components, two stages, category modal with
// columns, brand/attributes mounted after the category, Quill description, hidden image input.
const root = document.getElementById('app');
const row = (id, label, required, ...main) =>
  el('div', { class: 'edit-row' },
    el('div', { class: 'edit-label' }, el('div', { class: required ? 'mandatory' : '' }, required ? el('span', { class: 'mandatory-icon', text: '*' }) : null, el('span', { text: label }))),
    el('div', { class: 'edit-main' }, el('div', { class: 'product-edit-form-item', 'data-product-edit-field-unique-id': id }, ...main)));
const edsInput = (attrs, onValue, prefix, suffix) => {
  const input = el('input', Object.assign({ class: 'eds-input__input', type: 'text' }, attrs));
  bindVue(input, onValue);
  return el('div', { class: 'eds-input' }, el('div', { class: 'eds-input__inner eds-input__inner--normal' },
    prefix ? el('div', { class: 'eds-input__prefix', text: prefix }) : null, input,
    suffix ? el('div', { class: 'eds-input__suffix' }, suffix) : null));
};
function edsSelect(placeholder, loadOptions, onPick) {
  const text = el('div', { class: 'eds-selector__inner line-clamp--1 placeholder', text: placeholder });
  const sel = el('div', { class: 'eds-select', tabindex: '0' }, el('div', { class: 'eds-selector eds-selector--normal' }, text, el('i', { class: 'eds-icon eds-selector__suffix-icon', text: '▾' })));
  sel.addEventListener('click', async () => {
    if (document.querySelector('.eds-select__menu[data-owner="' + placeholder + '"]')) return;
    const pop = popupUnder(sel, 'eds-popper eds-select__menu');
    pop.dataset.owner = placeholder;
    pop.append(el('div', { class: 'eds-select__loading', text: t('Memuat…', 'Loading…') }));
    const opts = await loadOptions();
    if (!pop.isConnected) return;
    pop.textContent = '';
    const list = el('ul', { class: 'eds-select__options' });
    for (const o of opts) list.append(el('li', { class: 'eds-option', onclick: () => { text.textContent = o.label; text.classList.remove('placeholder'); onPick(o); pop.close(); } }, o.label));
    pop.append(list);
  });
  return sel;
}
const counter = (max) => el('span', { class: 'eds-input__suffix-count', text: `0/${max}` });

// ---- stage 1: photos + name
const photoCount = el('span', { text: '(0/9)' });
const thumbs = el('div', { class: 'image-list' });
const fileInput = el('input', { type: 'file', name: 'file', multiple: true, accept: 'image/*', style: 'display:none' });
fileInput.addEventListener('change', () => {
  const names = photoNames(fileInput.files).slice(0, 9);
  model.photos = model.photos.concat(names).slice(0, 9);
  photoCount.textContent = `(${model.photos.length}/9)`;
  thumbs.textContent = '';
  for (const n of model.photos) thumbs.append(el('div', { class: 'shopee-image-manager__itembox', title: n, text: '🖼' }));
});
const promoInput = el('input', { type: 'file', name: 'file', accept: 'image/*', style: 'display:none' });
promoInput.addEventListener('change', () => { decoys.promotionImage = photoNames(promoInput.files); });
const nameCount = counter(255);
const stage1 = el('section', { class: 'product-edit-card', id: 'basic-information' },
  el('div', { class: 'product-edit-card-header', text: t('Informasi Produk', 'Basic Information') }),
  row('images', t('Foto Produk', 'Product Images'), true,
    el('div', { class: 'shopee-image-manager' }, thumbs,
      el('div', { class: 'shopee-upload-wrapper', role: 'button', onclick: () => fileInput.click() },
        el('span', { text: t('Tambahkan Foto ', 'Add Image ') }), photoCount), fileInput),
    el('div', { class: 'edit-tip', text: t('Ukuran foto min. 500 x 500 px. Maks. 9 foto.', 'Minimum image size 500 x 500 px. Up to 9 images.') })),
  row('promotionImages', t('Foto Promosi', 'Promotion Image'), false,
    el('div', { class: 'shopee-upload-wrapper', role: 'button', onclick: () => promoInput.click() }, t('Tambahkan Foto (0/1)', 'Add Image (0/1)')), promoInput),
  row('name', t('Nama Produk', 'Product Name'), true,
    edsInput({ placeholder: t('Nama Merek + Tipe Produk + Fitur Produk (Bahan, Warna, Ukuran, Variasi)', 'Brand Name + Product Type + Key Features (Materials, Colors, Size, Model)'), maxlength: '255' },
      (v) => { model.name = v.trim(); nameCount.textContent = `${v.length}/255`; }, null, nameCount)),
  row('gtinCode', 'GTIN', false, edsInput({ placeholder: t('Masukkan GTIN', 'Enter GTIN') }, (v) => { decoys.gtin = v; })),
);
const nextBtn = el('button', { type: 'button', class: 'eds-button eds-button--primary eds-button--normal', text: t('Selanjutnya', 'Next Step') });
const stage1Footer = el('div', { class: 'product-edit-footer' }, nextBtn);

// ---- stage 2
const catText = el('span', { class: 'product-category-text placeholder', text: t('Pilih kategori', 'Please set category') });
const catBox = el('div', { class: 'product-category-box' }, el('div', { class: 'product-category-box-inner', role: 'button', tabindex: '0' }, catText, el('i', { text: '✎' })));
const attrMount = el('div', { class: 'brand-attributes-mount' });
catBox.addEventListener('click', openCategoryModal);
function openCategoryModal() {
  let path = [];
  const cols = el('div', { class: 'category-list' });
  const chosen = el('div', { class: 'category-selected', text: t('Dipilih: ', 'Current selection: ') + '-' });
  const confirm = el('button', { type: 'button', class: 'eds-button eds-button--primary eds-button--disabled', disabled: true, text: t('Konfirmasi', 'Confirm') });
  const search = el('input', { class: 'eds-input__input', placeholder: t('Nama Kategori', 'Category name') });
  const render = () => {
    cols.textContent = '';
    let level = CATS;
    for (let depth = 0; level; depth++) {
      const col = el('ul', { class: 'scroll-item' });
      for (const c of level) {
        const active = path[depth] === c;
        col.append(el('li', { class: 'category-item' + (active ? ' selected' : ''), onclick: () => { path = path.slice(0, depth).concat([c]); render(); } }, catLabel(c), c[2] ? el('i', { text: ' ›' }) : null));
      }
      cols.append(col);
      level = path[depth] && path[depth][2];
      if (!path[depth]) break;
    }
    const leaf = path.length && !path[path.length - 1][2];
    chosen.textContent = t('Dipilih: ', 'Current selection: ') + (path.map(catLabel).join(' > ') || '-');
    confirm.disabled = !leaf;
    confirm.classList.toggle('eds-button--disabled', !leaf);
  };
  search.addEventListener('input', () => {
    const q = search.value.trim().toLowerCase();
    if (!q) return render();
    cols.textContent = '';
    const list = el('ul', { class: 'scroll-item search-result' });
    for (const a of CATS) for (const b of a[2]) for (const c of b[2]) {
      const label = [a, b, c].map(catLabel).join(' > ');
      if (label.toLowerCase().includes(q)) list.append(el('li', { class: 'category-item', onclick: () => { path = [a, b, c]; search.value = ''; render(); } }, label));
    }
    cols.append(list);
  });
  const modal = el('div', { class: 'eds-modal' }, el('div', { class: 'eds-modal__mask' }), el('div', { class: 'eds-modal__container' }, el('div', { class: 'eds-modal__box' },
    el('div', { class: 'eds-modal__header', text: t('Ubah Kategori', 'Edit Category') }),
    el('div', { class: 'eds-modal__body' }, search, cols, chosen),
    el('div', { class: 'eds-modal__footer' },
      el('button', { type: 'button', class: 'eds-button eds-button--normal', text: t('Batal', 'Cancel'), onclick: () => modal.remove() }), confirm))));
  confirm.addEventListener('click', () => {
    if (confirm.disabled) return;
    model.category = path.map((c) => c[0]);
    catText.textContent = path.map(catLabel).join(' > ');
    catText.classList.remove('placeholder');
    modal.remove();
    mountAttributes();
  });
  document.body.append(modal);
  render();
}
async function mountAttributes() {
  // Re-mounting resets what was chosen in the section before (as the real page does).
  attrMount.textContent = '';
  model.brand = null;
  attrMount.append(el('div', { class: 'loading', text: t('Memuat atribut…', 'Loading attributes…') }));
  await sleep(900);
  attrMount.textContent = '';
  attrMount.append(el('span', { class: 'async-component', 'data-product-edit-field-unique-id': 'brandAndAttributes' },
    el('div', { class: 'edit-row' }, el('div', { class: 'edit-label edit-title' }, el('div', { class: 'item-title' }, el('div', { class: 'mandatory' }, el('span', { class: 'mandatory-icon', text: '*' })), t('Merek', 'Brand'))),
      el('div', { class: 'edit-main' }, el('div', { class: 'product-edit-form-item product-brand-item' }, edsSelect(t('Pilih Merek', 'Select brand'), async () => { await sleep(500); return [{ label: t('Tidak Ada Merek', 'No Brand'), value: 'NO_BRAND' }].concat(BRANDS.map((b) => ({ label: b, value: b }))); },
      (o) => { model.brand = o.value === 'NO_BRAND' ? 'NO_BRAND' : o.value; }))))),
  row('attr.shelfLife', t('Masa Penyimpanan', 'Shelf Life'), false,
    edsSelect(t('Pilih', 'Select'), async () => [{ label: t('1 Bulan', '1 Month') }, { label: t('6 Bulan', '6 Months') }], (o) => { decoys.shelfLife = o.label; })));
}
const descCount = el('span', { class: 'text-count', text: '0/3000' });
const desc = richEditor({ class: 'ql-editor ql-blank', 'data-placeholder': t('Masukkan deskripsi produk', 'Input product description') }, (txt) => { model.description = txt; descCount.textContent = `${txt.length}/3000`; desc.classList.toggle('ql-blank', !txt); });
const edsRadio = (name, options, onPick, checked) => el('div', { class: 'eds-radio-group' }, options.map((o) => {
  const r = el('input', { type: 'radio', class: 'eds-radio__input', name, value: o.value, checked: o.value === checked });
  r.addEventListener('change', () => onPick(o.value));
  return el('label', { class: 'eds-radio' }, r, el('span', { class: 'eds-radio__indicator' }), el('span', { class: 'eds-radio__label', text: o.label }));
}));
const minpq = edsInput({ value: '1', placeholder: '1' }, (v) => { model.minOrder = digits(v); });
model.minOrder = 1;
const stage2 = el('div', { id: 'stage-2', hidden: true },
  el('section', { class: 'product-edit-card' },
    el('div', { class: 'product-edit-card-header', text: t('Informasi Produk', 'Basic Information') }),
    row('category', t('Kategori', 'Category'), true, catBox), attrMount,
    row('description', t('Deskripsi Produk', 'Product Description'), true, el('div', { class: 'ql-container ql-snow' }, desc), descCount)),
  el('section', { class: 'product-edit-card', id: 'sales-information' },
    el('div', { class: 'product-edit-card-header', text: t('Informasi Penjualan', 'Sales Information') }),
    row('variation', t('Variasi', 'Variations'), false, el('button', { type: 'button', class: 'eds-button eds-button--dashed', text: t('+ Aktifkan Variasi', '+ Enable Variations') })),
    row('price', t('Harga', 'Price'), true, edsInput({ placeholder: t('Masukkan', 'Input') }, (v) => { model.price = digits(v); return idr(model.price); }, 'Rp')),
    row('stock', t('Stok', 'Stock'), true, edsInput({ placeholder: '0' }, (v) => { model.stock = digits(v); })),
    row('minpq', t('Min. Jumlah Pembelian', 'Minimum Purchase Quantity'), false, minpq),
    row('wholesale', t('Harga Grosir', 'Wholesale'), false, el('div', { class: 'wholesale-row' },
      edsInput({ placeholder: t('Min.', 'Min.') }, (v) => { decoys.wholesaleMin = v; }),
      edsInput({ placeholder: t('Harga Satuan', 'Unit Price') }, (v) => { decoys.wholesalePrice = v; }, 'Rp'))),
    row('parentSku', t('SKU Induk', 'Parent SKU'), false, edsInput({ placeholder: t('Masukkan', 'Input') }, (v) => { model.sku = v.trim(); }))),
  el('section', { class: 'product-edit-card', id: 'shipping-information' },
    el('div', { class: 'product-edit-card-header', text: t('Pengiriman', 'Shipping') }),
    row('weight', t('Berat', 'Weight'), true, edsInput({ placeholder: t('Berat', 'Weight') }, (v) => { model.weightGrams = digits(v); }, null, 'gr')),
    row('dimension', t('Ukuran Paket', 'Parcel Size'), false, el('div', { class: 'dimension-row' },
      el('div', { 'data-product-edit-field-unique-id': 'dimension.width' }, edsInput({ placeholder: t('L (Lebar)', 'W (Width)') }, (v) => { model.dimensions.width = decimal(v); }, null, 'cm')),
      el('div', { 'data-product-edit-field-unique-id': 'dimension.length' }, edsInput({ placeholder: t('P (Panjang)', 'L (Length)') }, (v) => { model.dimensions.length = decimal(v); }, null, 'cm')),
      el('div', { 'data-product-edit-field-unique-id': 'dimension.height' }, edsInput({ placeholder: t('T (Tinggi)', 'H (Height)') }, (v) => { model.dimensions.height = decimal(v); }, null, 'cm'))))),
  el('section', { class: 'product-edit-card', id: 'others' },
    el('div', { class: 'product-edit-card-header', text: t('Lainnya', 'Others') }),
    row('dangersGoods', t('Produk Berbahaya', 'Dangerous Goods'), false, edsRadio('dangerous', [{ label: t('Tidak', 'No'), value: '0' }, { label: t('Ya', 'Yes'), value: '1' }], (v) => { decoys.dangerousGoods = v === '1' ? 'yes' : undefined; }, '0')),
    row('preOrder', t('Dikirim Dalam', 'Pre-Order'), false, edsRadio('preorder', [{ label: t('Tidak', 'No'), value: 'false' }, { label: t('Ya', 'Yes'), value: 'true' }], (v) => { decoys.preorder = v === 'true' ? 'yes' : undefined; }, 'false')),
    row('condition', t('Kondisi', 'Condition'), true, edsSelect(t('Pilih Kondisi', 'Select condition'), async () => [{ label: t('Baru', 'New'), value: 'new' }, { label: t('Bekas Pakai', 'Used'), value: 'used' }], (o) => { model.condition = o.value; }))),
  el('div', { class: 'product-edit-footer' },
    el('button', { type: 'button', class: 'eds-button eds-button--normal', text: t('Kembali', 'Cancel') }),
    el('button', { type: 'button', class: 'eds-button eds-button--normal', text: t('Simpan & Arsipkan', 'Save and Delist'), onclick: () => { window.__unseen.saved = 'delisted'; } }),
    el('button', { type: 'button', class: 'eds-button eds-button--primary', text: t('Simpan & Tampilkan', 'Save and Publish'), onclick: () => { window.__unseen.saved = true; } })));
nextBtn.addEventListener('click', async () => {
  if (!model.name) { nextBtn.after(el('div', { class: 'eds-form-item__error', text: t('Kolom ini wajib diisi', 'This field cannot be empty') })); return; }
  nextBtn.classList.add('eds-button--loading');
  await sleep(600);
  stage1Footer.remove();
  stage2.hidden = false;
});
root.append(el('div', { class: 'product-edit' }, el('h1', { class: 'page-title', text: t('Tambah Produk Baru', 'Add a New Product') }), stage1, stage1Footer, stage2));
})();
