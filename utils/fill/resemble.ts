/**
 * When a field cannot be found: is there anything on the form that looks like it? A control whose
 * label, placeholder, aria-label or name shares a word with the field's labels means the field is
 * probably there under a label the tables do not know (or in a row the guards refused); the report
 * then says `failed` and names that control, so "Tunjukkan" can point at it. Only when nothing
 * resembles the field is it `skipped` ("this form does not have it").
 */
import type { FieldSpec } from '../platforms/define';
import { FIELD_LABELS, normaliseLabel } from '../platforms/labels';
import { isHidden } from './dom';
import { lookalike } from './classify';
import type { FieldKey } from './types';

const CONTROL = 'input:not([type=hidden]):not([type=button]):not([type=submit]),textarea,select,[role=combobox],[contenteditable=""],[contenteditable=true]';
const NOT_HERE = '[data-testid=serentak-panel],[role=listbox],[role=menu],[role=option]';

/** Words too common in seller-centre labels to say which field a control is (id, en). */
const COMMON = new Set([
  'produk', 'barang', 'untuk', 'dan', 'atau', 'yang', 'pilih', 'masukkan', 'isi', // id
  'kode', 'nomor', 'jumlah', 'jenis', 'tipe', 'informasi', 'detail', // id: generic words of many labels
  'product', 'item', 'the', 'and', 'for', 'select', 'enter', 'please', 'your', // en
  'code', 'number', 'total', 'type', 'information', 'details', // en: generic words of many labels
]);

export function wordsOf(text: string): string[] {
  return normaliseLabel(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !COMMON.has(w));
}

/** The field's own words: its shared synonyms and the adapter's label, placeholder and aria texts. */
function fieldWords(field: FieldKey, spec?: FieldSpec): Set<string> {
  const texts = [...FIELD_LABELS[field]];
  for (const l of spec?.find ?? []) {
    if ('label' in l) texts.push(...l.label);
    else if ('placeholder' in l) texts.push(...l.placeholder);
    else if ('aria' in l) texts.push(...l.aria);
  }
  return new Set(texts.flatMap(wordsOf));
}

/** What names a control: its label, aria-label or placeholder, else the short text of the row around it. */
export function controlLabel(el: Element): string {
  const direct = (el as HTMLInputElement).labels?.[0]?.textContent || el.getAttribute('aria-label') || el.getAttribute('placeholder');
  if (direct?.trim()) return direct.replace(/\*/g, '').trim();
  return rowText(el, 4, () => true);
}

/** The first text up the tree (within `levels`) that is not inside a control and that `accept` takes. */
function rowText(el: Element, levels: number, accept: (text: string) => boolean): string {
  for (let up = el.parentElement, depth = 0; up && depth < levels; depth++, up = up.parentElement) {
    const text = Array.from(up.childNodes)
      .filter((n) => !(n as Element).querySelector?.(CONTROL) && !(n as Element).matches?.(CONTROL))
      .map((n) => n.textContent)
      .join(' ')
      .replace(/[\s*]+/g, ' ')
      .trim();
    if (text && accept(text)) return text.length <= 80 ? text : '';
  }
  return '';
}

/**
 * The label of a control's row, past unit suffixes and counters beside the input ("gr", "cm", "0/255"):
 * a placeholder such as "Masukkan" or "Panjang" says little, the row says "Min. Jumlah Pembelian".
 */
const rowLabel = (el: Element): string => rowText(el, 6, (text) => wordsOf(text).length > 0 && !/^(rp|g|gr|gram|kg|cm|mm|ml|pcs|hari|days?)$/i.test(text));

let shared: [FieldKey, Set<string>][] | undefined;
/** The row's words count for a field only when they fit it better than any other field ("Stok Minimum" is not a min. order). */
function rowFits(field: FieldKey, words: string[], wanted: Set<string>): boolean {
  shared ??= (Object.keys(FIELD_LABELS) as FieldKey[]).map((f) => [f, fieldWords(f)]);
  const score = (set: Set<string>) => words.filter((w) => set.has(w)).length;
  const own = score(wanted);
  return own > 0 && shared.every(([other, set]) => other === field || score(set) < own);
}

export interface Candidate {
  element: Element;
  label: string;
}

/**
 * The control that looks most like the field (most shared words), leaving out controls another field
 * of this fill was matched to; undefined when nothing on the form shares a word with it.
 */
export function bestCandidate(root: ParentNode, field: FieldKey, spec?: FieldSpec, taken: ReadonlySet<Element> = new Set()): Candidate | undefined {
  // the classifier's look-alike first: a control scoring below the threshold but clearly about the field
  const near = lookalike(root, field, spec, taken);
  if (near) return { element: near.element, label: near.label.length > 60 ? `${near.label.slice(0, 57)}…` : near.label };
  const wanted = fieldWords(field, spec);
  let best: (Candidate & { score: number }) | undefined;
  for (const el of Array.from(root.querySelectorAll(CONTROL))) {
    if (el.closest(NOT_HERE) || isHidden(el) || [...taken].some((t) => t === el || t.contains(el))) continue;
    let label = controlLabel(el);
    const words = new Set([...wordsOf(label), ...wordsOf(el.getAttribute('name') ?? '')]);
    let score = [...words].filter((w) => wanted.has(w)).length;
    if (score === 0) {
      // a field under a label the tables do not know is `failed` with its row named, not `skipped`
      const row = rowLabel(el);
      const rowWords = wordsOf(row);
      if (rowFits(field, rowWords, wanted)) [label, score] = [row, rowWords.filter((w) => wanted.has(w)).length];
    }
    if (score > 0 && (!best || score > best.score)) best = { element: el, label: label || (el.getAttribute('name') ?? ''), score };
  }
  return best && { element: best.element, label: best.label.length > 60 ? `${best.label.slice(0, 57)}…` : best.label };
}
