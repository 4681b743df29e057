/**
 * Find stage: from a field's locators to one element on the page, and why it was chosen. Stable
 * attributes first, then placeholder, aria-label, and label text last (label-only rules are the likeliest
 * to catch a neighbouring row, so they also must pass a guard: the row may hold no other field's label).
 * An ambiguous match is reported, never guessed: a wrong field filled is worse than one left empty.
 */
import type { FieldSpec, Locator, WidgetKind } from '../platforms/define';
import { FIELD_LABELS, LABEL_OWNER, PART_LABELS, normaliseLabel } from '../platforms/labels';
import type { FieldKey } from './types';
import { innermost, isHidden, outermost } from './dom';
import { classifyField, dimensionsRow } from './classify';
import { PART_WORDS } from './classify/rules';
import { signalsOf } from './classify/signals';
import { columnsIn, isInlinePicker } from './category/columns';

export interface Match {
  element: Element;
  matchedBy: string;
}
export type FindResult = { found: Match } | { ambiguous: string } | { missing: true };

const TEXT_INPUT =
  'input:not([type=hidden]):not([type=file]):not([type=radio]):not([type=checkbox]):not([type=button]):not([type=submit])';
const EDITOR = '[contenteditable=""],[contenteditable=true]';
const CHOICE_TRIGGER = 'select,[role=combobox],[aria-haspopup=listbox],[aria-haspopup=true],[aria-haspopup=dialog],[aria-haspopup=menu]';
/** Custom selects drawn as a div often say nothing but that they can take focus. */
const FOCUSABLE = '[tabindex]:not([tabindex="-1"])';
const TOGGLE = '[role=switch],input[type=checkbox],[role=checkbox],button[aria-checked],button[aria-pressed]';
/** Where label text is never looked for: inside controls, popups and our own panel. */
const NOT_LABEL = `input,textarea,select,option,script,style,${EDITOR},[role=listbox],[role=option],[role=menu],[data-testid=serentak-panel]`;

/** Controls that can be the widget, in order of preference (first non-empty group wins). */
const CONTROLS: Record<WidgetKind, string[]> = {
  text: [TEXT_INPUT],
  number: [TEXT_INPUT],
  textarea: ['textarea', EDITOR],
  richText: [EDITOR, 'textarea'],
  select: [CHOICE_TRIGGER, `${TEXT_INPUT}[readonly]`, TEXT_INPUT, FOCUSABLE],
  searchSelect: [CHOICE_TRIGGER, TEXT_INPUT, FOCUSABLE],
  cascader: [CHOICE_TRIGGER, `${TEXT_INPUT}[readonly]`, 'button,[role=button]', TEXT_INPUT, FOCUSABLE],
  categoryModal: [CHOICE_TRIGGER, `${TEXT_INPUT}[readonly]`, 'button,[role=button]', TEXT_INPUT, FOCUSABLE],
  radio: ['input[type=radio],[role=radio]'],
  checkbox: [TOGGLE],
  switch: [TOGGLE],
  file: ['input[type=file]'],
  variantGrid: [TOGGLE, 'button,[role=button]'],
  opener: ['button,[role=button]', FOCUSABLE],
};

/** Kinds whose element is the row holding several controls (a radio group, a variant section). */
const ROW_KINDS: WidgetKind[] = ['radio', 'variantGrid'];
const HIDDEN_OK: WidgetKind[] = ['file'];
const PICKER_KINDS: WidgetKind[] = ['cascader', 'categoryModal'];
const CLICK_KINDS: WidgetKind[] = ['select', 'searchSelect', 'cascader', 'categoryModal', 'opener'];

function rank(l: Locator): number {
  return 'css' in l ? 0 : 'placeholder' in l ? 1 : 'aria' in l ? 2 : 3;
}

/** Controls of the widget inside a container (or the container itself). */
export function controlsIn(container: Element, kind: WidgetKind): Element[] {
  for (const selector of CONTROLS[kind]) {
    const self = container.matches(selector) ? [container] : [];
    const found = outermost([...self, ...Array.from(container.querySelectorAll(selector))]).filter(
      (el) => HIDDEN_OK.includes(kind) || !isHidden(el),
    );
    if (found.length) return found;
  }
  // Last resort for widgets opened by a click on a plain div (Shopee's category box): the first
  // element the page styles as clickable. Only opens a popup; the option is still chosen by exact text.
  if (CLICK_KINDS.includes(kind)) {
    const view = container.ownerDocument.defaultView;
    const pointer = Array.from(container.querySelectorAll('div,span')).find(
      (el) => view?.getComputedStyle(el).cursor === 'pointer' && !isHidden(el),
    );
    if (pointer) return [pointer];
  }
  return [];
}

/** The widget an element stands for: itself, or the one control inside it. */
function resolve(el: Element, kind: WidgetKind, multiple: boolean): Element | 'ambiguous' | undefined {
  if (ROW_KINDS.includes(kind) || multiple) return controlsIn(el, kind).length ? el : undefined;
  const controls = controlsIn(el, kind);
  if (controls.length === 1) return controls[0];
  // a category picker drawn in the page (columns of buttons under "Kategori"): the container is the widget
  // (a card's own label styled as clickable is one of its entries, not a trigger)
  if (PICKER_KINDS.includes(kind) && controls.length && isInlinePicker(el)) {
    const entries = columnsIn(el).flat();
    if (controls.length > 1 || entries.some((i) => i.el.contains(controls[0]!) || controls[0]!.contains(i.el))) return el;
  }
  return controls.length > 1 ? 'ambiguous' : undefined;
}

/** Label-like elements whose text is exactly one of `labels` (innermost, so the span not the row). */
export function labelElements(root: ParentNode, labels: readonly string[]): Element[] {
  const wanted = new Set(labels.map(normaliseLabel));
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, 4 /* SHOW_TEXT */);
  const hits = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim()) continue;
    let el = node.parentElement;
    // "*" and the label text often sit in sibling spans: look up to two levels for the whole label
    for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
      const text = el.textContent ?? '';
      if (text.length > 80) break;
      if (wanted.has(normaliseLabel(text))) {
        if (!el.closest(NOT_LABEL) && !isHidden(el)) hits.add(el);
        break;
      }
    }
  }
  return innermost([...hits]);
}

/** Every element in the document that reads as some field's label, with that field. */
function otherLabelIn(container: Element, field: FieldKey, labelEl: Element): boolean {
  const walker = container.ownerDocument.createTreeWalker(container, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || labelEl.contains(el) || el.closest(NOT_LABEL)) continue;
    for (let up: Element | null = el, depth = 0; up && depth < 3 && container.contains(up); depth++, up = up.parentElement) {
      const text = up.textContent ?? '';
      if (text.length > 80) break;
      const owner = LABEL_OWNER.get(normaliseLabel(text));
      if (owner && owner !== field && !isHidden(up)) return true;
      if (owner) break;
    }
  }
  return false;
}

/** From a label element to its control: `for=`, nesting, aria-labelledby, then the smallest row around it. */
function controlForLabel(label: Element, kind: WidgetKind, field: FieldKey, multiple: boolean): Element | 'ambiguous' | undefined {
  const doc = label.ownerDocument;
  const forId = label.getAttribute('for');
  if (forId) {
    const target = doc.getElementById(forId);
    if (target) return resolve(target, kind, multiple) ?? target;
  }
  const inside = resolve(label, kind, multiple);
  if (inside && inside !== label) return inside;
  if (label.id) {
    const labelled = doc.querySelector(`[aria-labelledby~="${CSS.escape(label.id)}"]`);
    if (labelled) return resolve(labelled, kind, multiple) ?? labelled;
  }
  let row: Element | null = label.parentElement;
  for (let depth = 0; row && depth < 5 && row !== doc.body; depth++, row = row.parentElement) {
    if (otherLabelIn(row, field, label)) return undefined;
    const controls = controlsIn(row, kind);
    if (!controls.length) continue;
    if (ROW_KINDS.includes(kind) || multiple) return row;
    return controls.length === 1 ? controls[0] : 'ambiguous';
  }
  return undefined;
}

function describe(l: Locator, hit?: string): string {
  if ('css' in l) return `stable attribute ${l.css}`;
  if ('placeholder' in l) return `placeholder '${hit}'`;
  if ('aria' in l) return `aria-label '${hit}'`;
  return `label '${hit}'`;
}

/**
 * Find a field. `multiple` = the caller wants the row (dimensions: three inputs under one key).
 * `labels` = the field's shared synonyms (appended to label and aria locators).
 */
export function findWith(
  root: ParentNode,
  locators: readonly Locator[],
  kind: WidgetKind,
  field: FieldKey,
  options: { multiple?: boolean; synonyms?: readonly string[] } = {},
): FindResult {
  const multiple = options.multiple ?? false;
  const synonyms = options.synonyms ?? [];
  const all = [...locators];
  if (synonyms.length) {
    all.push({ aria: [...synonyms] }, { label: [...synonyms] });
  }
  all.sort((a, b) => rank(a) - rank(b));
  let ambiguous: string | undefined;
  for (const locator of all) {
    const found = new Map<Element, string>();
    if ('css' in locator) {
      for (const el of Array.from(root.querySelectorAll(locator.css))) {
        if (!HIDDEN_OK.includes(kind) && isHidden(el) && !(kind === 'richText' || kind === 'textarea')) continue;
        const control = resolve(el, kind, multiple);
        if (control === 'ambiguous') ambiguous ??= describe(locator);
        else if (control) found.set(control, '');
      }
    } else if ('placeholder' in locator || 'aria' in locator) {
      const attr = 'placeholder' in locator ? 'placeholder' : 'aria-label';
      const texts = 'placeholder' in locator ? locator.placeholder : locator.aria;
      for (const el of Array.from(root.querySelectorAll(`[${attr}]`))) {
        const value = normaliseLabel(el.getAttribute(attr) ?? '');
        const hit = texts.find((t) => {
          const want = normaliseLabel(t);
          return attr === 'placeholder' ? value === want || (want.length >= 8 && value.startsWith(want)) : value === want;
        });
        if (!hit || isHidden(el)) continue;
        const control = resolve(el, kind, multiple) ?? (multiple ? undefined : el);
        if (control === 'ambiguous') ambiguous ??= describe(locator, hit);
        else if (control) found.set(control, hit);
      }
    } else {
      for (const label of labelElements(root, locator.label)) {
        const control = controlForLabel(label, kind, field, multiple);
        if (control === 'ambiguous') ambiguous ??= describe(locator, label.textContent?.trim());
        else if (control) found.set(control, label.textContent?.replace(/\*/g, '').trim() ?? '');
      }
    }
    const distinct = outermost([...found.keys()]);
    if (distinct.length === 1) {
      const element = distinct[0]!;
      return { found: { element, matchedBy: describe(locator, found.get(element)) } };
    }
    if (distinct.length > 1) ambiguous ??= `${describe(locator)} ×${distinct.length}`;
  }
  return ambiguous ? { ambiguous } : { missing: true };
}

/**
 * Find a field of the form by its spec: the adapter's locators and the shared synonyms first (a stable
 * attribute is all but certain), then the scoring classifier (classify/) for labels the tables do not
 * know ("Kuantitas", "Berat (gram)", "SKU seller"), which never guesses between two close candidates.
 * `taken` = controls other fields of this fill already won (one control, one field).
 */
export function findField(root: ParentNode, field: FieldKey, spec: FieldSpec, taken?: ReadonlySet<Element>): FindResult {
  const byLocators = findWith(root, spec.find, spec.kind, field, {
    multiple: spec.parts !== undefined,
    synonyms: FIELD_LABELS[field],
  });
  if ('found' in byLocators) return byLocators;
  if (spec.parts) {
    const row = dimensionsRow(root, Object.keys(spec.parts).length);
    return row ? { found: { element: row, matchedBy: 'classifier: one row of dimension inputs' } } : byLocators;
  }
  const classified = classifyField(root, field, spec, taken);
  if ('found' in classified) {
    const { element, why } = classified.found;
    return { found: { element, matchedBy: `classifier: ${why.join(', ')}` } };
  }
  if ('ambiguous' in classified) return { ambiguous: classified.ambiguous.map((c) => `'${c.label}'`).join(' / ') };
  return byLocators;
}

/** Find one part (length/width/height) inside the field's row; by position when labels say nothing. */
export function findPart(row: Element, field: FieldKey, part: string, locators: readonly Locator[], index: number, count: number): FindResult {
  const byLocator = findWith(row, locators, 'number', field, { synonyms: PART_LABELS[part] ?? [] });
  if ('found' in byLocator) return byLocator;
  const inputs = controlsIn(row, 'number');
  // the part's own words in its label or placeholder ("Panjang (cm)", "Length"; a lone "P" only as the whole text)
  const byWords = inputs.filter((input) => {
    const s = signalsOf(input);
    return [...s.labels, s.placeholder].some((text) => (PART_WORDS[part] ?? []).some((w) => (w.length > 1 ? ` ${text} `.includes(` ${w} `) : text === w)));
  });
  if (byWords.length === 1) return { found: { element: byWords[0]!, matchedBy: `classifier: ${part} by its words` } };
  if (inputs.length === count && inputs[index]) {
    return { found: { element: inputs[index], matchedBy: `position ${index + 1} of ${count} in the row` } };
  }
  return byLocator;
}
