/**
 * Variation sections built from the replicas' own widgets (tests/fixtures): Shopee's EDS row with the
 * shared variation editor (Vue-like v-model), and TikTok's sales card where a switch mounts the editor
 * (React-like controlled inputs). `drift` = English labels and hashed class names, as on the drift pages.
 */
import { loadReplicaScripts, type ReplicaLib, type ReplicaStore } from './replica-scripts';

export interface VariantPage {
  store: () => ReplicaStore;
  R: ReplicaLib;
}

export function shopeeVariations({ drift = false } = {}): VariantPage {
  const { R, store } = loadReplicaScripts(['_lib/dom.js', '_lib/vue-model.js', 'shopee/eds.js', '_lib/variations.js'], { drift });
  const E = (window as unknown as { EDS: ReplicaLib }).EDS;
  store().model.variants = [];
  const editor = R.variationEditor({
    field: E.input,
    button: (text: string, onClick: () => void) => E.button(text, { onClick }),
    hook: (i: number) => ({ 'data-product-edit-field-unique-id': `tierVariation_${i}` }),
    onChange: ({ variants }: { variants: unknown[] }) => R.commit('variants', variants, 'variation input'),
  });
  document.body.append(E.row({ hook: 'variation', label: R.t('Variasi', 'Variations'), control: editor }));
  return { R, store };
}

export function tiktokVariations({ drift = false } = {}): VariantPage {
  const { R, store } = loadReplicaScripts(['_lib/dom.js', '_lib/react-input.js', 'tiktok-tokopedia/core.js', '_lib/variations.js'], { drift });
  const A = (window as unknown as { Core: ReplicaLib }).Core;
  const t = R.t;
  const ui = { on: false };
  store().model.variants = [];
  const editor = R.variationEditor({
    field: (o: Record<string, unknown>) =>
      A.input({ read: o.read, onChange: o.write, placeholder: o.placeholder, max: o.max, prefix: o.prefix, tid: o.prefix ? 'm4b_input_number' : 'm4b_input', currency: o.prefix ? 'IDR' : null }),
    button: (text: string, onClick: () => void) => A.button(text, { onClick }),
    nameMax: 20,
    optionMax: 50,
    cls: { box: 'sku-variation', tier: 'sku-variation-item', table: 'sku-table core-table' },
    text: { enable: t('+ Tambah variasi', '+ Add variation'), add2: t('+ Tambah variasi 2', '+ Add variation 2'), disable: t('Hapus variasi', 'Remove variations'), sku: t('SKU penjual', 'Seller SKU') },
    onChange: ({ variants }: { variants: unknown[] }) => R.commit('variants', variants, 'variation onChange'),
  });
  const toggle = A.item({
    label: t('Variasi', 'Variations'),
    attrs: { id: 'publish_enable_variation' },
    control: R.h('div', {}, A.switch({ read: () => ui.on, onToggle: (on: boolean) => { ui.on = on; paint(); R.render(); } }), R.h('span', {}, t('Aktifkan variasi', 'Enable variations'))),
  });
  const body = R.h('div', { id: 'preview-sale-information' });
  // the editor mounts a moment after the switch, as React commits the state change
  const paint = () => setTimeout(() => body.replaceChildren(toggle, ...(ui.on ? [editor] : [])), 20);
  body.append(toggle);
  document.body.append(body);
  return { R, store };
}

/** Lazada's sales card: turning variants on redraws the "Variants" row around the same editor. */
export function lazadaVariations(): VariantPage {
  const { R, store } = loadReplicaScripts(['_lib/dom.js', '_lib/react-input.js', 'lazada/next.js', '_lib/variations.js']);
  const N = (window as unknown as { Next: ReplicaLib }).Next;
  store().model.variants = [];
  const editor = R.variationEditor({
    field: (o: Record<string, unknown>) => N.input({ read: o.read, onChange: o.write, placeholder: o.placeholder, max: o.max }),
    button: (text: string, onClick: () => void) => N.button(text, { onClick }),
    text: { variation: 'Variant', options: 'Options', list: 'Variant List', price: 'Price', stock: 'Stock', sku: 'Seller SKU', enable: '+ Add Variants', add2: '+ Add Variant 2', disable: 'Remove Variants', namePh: 'e.g. Color', optionPh: 'e.g. Red' },
    onChange: ({ variants }: { variants: unknown[] }) => { paint(); R.commit('variants', variants, 'variant onChange'); },
  });
  const card = R.h('div', { class: 'sell-card' });
  const paint = () => card.replaceChildren(N.item({ label: 'Variants', control: editor }));
  paint();
  document.body.append(card);
  return { R, store };
}
