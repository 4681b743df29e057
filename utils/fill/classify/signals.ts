/**
 * What a control says about itself, read the way a person reads the form: its label (`for`,
 * `aria-labelledby`, a wrapping <label>, else the nearest text before it in its row or form item),
 * placeholder, name/id, aria-label, the unit written beside it, its input type, the section heading
 * above it. Everything comes out normalised (`normaliseText`) so rules compare whole words.
 */
import { isHidden } from '../dom';

export interface Signals {
  labels: string[];
  placeholder: string;
  /** name/id split into lower-case tokens (productWeight, package_weight → product weight / package weight) */
  names: string[];
  units: string[];
  numeric: boolean;
  section: string;
  /** what names the control as the page writes it (label, else placeholder), for reports */
  shown: string;
}

/** Controls that hold a value (a tooltip button inside a label is not one) */
const CONTROL = 'input:not([type=hidden]),textarea,select,[contenteditable=""],[contenteditable=true],[role=combobox]';
const UNIT = /^(rp\.?|idr|g|gr|gram|grams|kg|kilogram|cm|mm|m|%|pcs)$/;
const HEADING = 'h1,h2,h3,h4,h5,h6,[role=heading],legend';

/** Lower case, no "*", no "(opsional)", punctuation as spaces: "Min. Pembelian*" → "min pembelian". */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/\((opsional|optional|wajib|required)\)|\b\d+\s*\/\s*\d+\b/g, ' ')
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

/** "Berat (gram)" → "berat": a unit in brackets is a unit, not part of the name. */
export const withoutUnits = (normalised: string) =>
  normalised.replace(/\b(rp|idr|g|gr|gram|kg|cm)\b/g, ' ').replace(/\s+/g, ' ').trim();

const splitName = (name: string) =>
  name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const textOf = (el: Element | null | undefined) => (el?.textContent ?? '').trim();
const holdsControl = (el: Element) => el.matches(CONTROL) || el.querySelector(CONTROL) !== null;

/**
 * The nearest text before the control inside its row: earlier siblings first (a unit prefix like "Rp"
 * is noted as a unit and passed over), then the parent's earlier siblings, up to the form item. An
 * earlier sibling holding another control is passed over too: two inputs under one label both read it
 * (and are then ambiguous, never guessed).
 */
function nearText(el: Element, units: string[]): string {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 5; depth++, node = node.parentElement) {
    for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (holdsControl(prev)) continue;
      const text = textOf(prev);
      if (!text || isHidden(prev)) continue;
      const n = normaliseText(text);
      if (UNIT.test(n) || text === '%') {
        units.push(n || '%');
        continue;
      }
      return text.length <= 80 ? text : '';
    }
    const parent: Element | null = node.parentElement;
    // text directly in the parent before the control (<label>Berat <input></label>, <div>Stok: <input>)
    if (parent) {
      let own = '';
      for (const child of Array.from(parent.childNodes)) {
        if (child === node) break;
        if (child.nodeType === 3) own += child.textContent;
      }
      if (own.trim()) return own.trim();
    }
  }
  return '';
}

/** Units written right after the control (a suffix "gram", "cm") or in a unit menu beside it. */
function suffixUnits(el: Element, units: string[]): void {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 2; depth++, node = node.parentElement) {
    for (let next = node.nextElementSibling; next; next = next.nextElementSibling) {
      const chosen = next.matches('select') ? normaliseText((next as HTMLSelectElement).selectedOptions[0]?.textContent ?? '') : '';
      if (UNIT.test(chosen)) units.push(chosen);
      if (holdsControl(next)) return;
      const n = normaliseText(textOf(next));
      if (UNIT.test(n) || textOf(next) === '%') units.push(n || '%');
    }
  }
}

/** The heading of the card or section the control sits in. */
function sectionOf(el: Element): string {
  for (let up = el.parentElement, depth = 0; up && depth < 10; depth++, up = up.parentElement) {
    const heading = Array.from(up.children).find((c) => c.matches(HEADING) && !c.contains(el));
    if (heading) return normaliseText(textOf(heading));
  }
  return '';
}

export function signalsOf(el: Element): Signals {
  const doc = el.ownerDocument;
  const labels: string[] = [];
  const units: string[] = [];
  for (const label of Array.from((el as HTMLInputElement).labels ?? [])) labels.push(textOf(label));
  for (const id of (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) labels.push(textOf(doc.getElementById(id)));
  const aria = el.getAttribute('aria-label');
  if (aria) labels.push(aria);
  const near = nearText(el, units);
  if (near) labels.push(near);
  suffixUnits(el, units);
  const input = el as HTMLInputElement;
  const shown = (labels.find((l) => l.trim()) ?? el.getAttribute('placeholder') ?? '').replace(/[\s*]+/g, ' ').trim();
  return {
    shown,
    labels: labels.map(normaliseText).filter(Boolean),
    placeholder: normaliseText(el.getAttribute('placeholder') ?? ''),
    names: [el.getAttribute('name'), el.id].filter((n): n is string => !!n).map(splitName),
    units,
    numeric: input.type === 'number' || /numeric|decimal/.test(el.getAttribute('inputmode') ?? ''),
    section: sectionOf(el),
  };
}
