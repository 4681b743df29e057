// What every second replica shares: the committed model the measuring script reads
// (window.__unseen = { model, decoys, saved }), the page language (?lang=en) and a tiny DOM builder.
// The pages are plain scripts standing in for the sellers' React/Vue apps: what counts is what the
// "app" committed, never what an input merely shows.

export const EN = new URLSearchParams(location.search).get('lang') === 'en';

/** Bahasa Indonesia first; English when the page was opened with ?lang=en. */
export const t = (id, en) => (EN ? en : id);

export function createState(extra = {}) {
  const state = {
    model: {
      name: '', description: '', price: null, stock: null, weightGrams: null, condition: null, brand: null,
      category: null, sku: '', minOrder: null, dimensions: { length: null, width: null, height: null }, photos: [],
      ...extra,
    },
    decoys: {},
    /** Values the form starts with (e.g. minimum order 1): left as they are, they are not the filler's. */
    defaults: Object.fromEntries(Object.entries(extra).filter(([, v]) => v != null && v !== '')),
    saved: false,
    step: 1,
  };
  window.__unseen = state;
  return state;
}

/** h('div', { class: 'x', onclick }, child, 'text') */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v == null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = v;
    else if (k === 'style' && typeof v === 'object') Object.assign(el.style, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) if (c != null && c !== false) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

/** Digits only: "Rp 15.000" → 15000. Empty → null. */
export const intOf = (s) => {
  const d = String(s ?? '').replace(/[^\d]/g, '');
  return d ? Number(d) : null;
};
/** A decimal typed the Indonesian or the English way: "0,25" and "0.25" → 0.25. */
export const decimalOf = (s) => {
  const v = String(s ?? '').trim().replace(',', '.');
  return v === '' || Number.isNaN(Number(v)) ? null : Number(v);
};
export const idr = (n) => (n == null ? '' : n.toLocaleString('id-ID'));

/** Server-side wait of the practice server (GET /__serentak/latency?ms=), so the page has a request
 *  in flight like a real seller centre fetching brands or attributes; falls back to a timer. */
export function latency(ms) {
  return fetch(`/__serentak/latency?ms=${ms}`, { cache: 'no-store' }).then(() => undefined, () => new Promise((r) => setTimeout(r, ms)));
}

/** A look-alike field: anything typed into it is recorded as a decoy hit, never as the product. */
export function decoy(state, key, el, event = 'input') {
  el.addEventListener(event, () => { state.decoys[key] = el.type === 'checkbox' ? el.checked : el.value; });
  return el;
}
