// Shared by the held-out replicas: the page's model (window.__unseen), a Vue-like and a React-like input
// binding, a rich-text editor, a body-level popup. Written with them, independently of tests/fixtures.
window.UnseenKit = (() => {
'use strict';
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
return { LANG, t, model, decoys, sleep, el, digits, decimal, idr, CATS, catLabel, BRANDS, bindReact, bindVue, richEditor, photoNames, popupUnder };
})();
