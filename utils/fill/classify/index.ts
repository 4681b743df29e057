/**
 * The classifier's way in for the find stage: candidate controls of the field's widget kind, scored
 * (score.ts), decided; and the dimensions row found by its one label ("Dimensi Paket (P x L x T)") or by
 * its three part inputs. Used when the adapter's locators find nothing or too much (find.ts).
 */
import type { FieldSpec, WidgetKind } from '../../platforms/define';
import type { FieldKey } from '../types';
import { isHidden, outermost } from '../dom';
import { FIELD_RULES, PART_WORDS } from './rules';
import { decide, scoreAll, type Classified } from './score';
import { normaliseText, signalsOf } from './signals';

const TEXT_INPUT =
  'input:not([type=hidden]):not([type=file]):not([type=radio]):not([type=checkbox]):not([type=button]):not([type=submit]):not([type=search])';
const EDITOR = '[contenteditable=""],[contenteditable=true]';
const CHOICE = 'select,[role=combobox],[aria-haspopup=listbox],[role=button]';

/** Which controls can be a field of this widget kind; undefined = the classifier does not do this kind. */
const CANDIDATES: Partial<Record<WidgetKind, string>> = {
  text: TEXT_INPUT,
  number: TEXT_INPUT,
  textarea: `textarea,${EDITOR}`,
  richText: `${EDITOR},textarea`,
  select: `${CHOICE},${TEXT_INPUT}`,
  searchSelect: `${CHOICE},${TEXT_INPUT}`,
};

export function candidates(root: ParentNode, kind: WidgetKind): Element[] {
  const selector = CANDIDATES[kind];
  if (!selector) return [];
  return outermost(Array.from(root.querySelectorAll(selector)).filter((el) => !isHidden(el)));
}

export function classifyField(root: ParentNode, field: FieldKey, spec: FieldSpec, taken?: ReadonlySet<Element>): Classified {
  if (!FIELD_RULES[field]) return {};
  return decide(scoreAll(root, field, candidates(root, spec.kind), spec), field, taken);
}

const LABELISH = 'label,span,div,p,dt,th,legend,h3,h4,h5,h6';
const has = (text: string, phrase: string) => ` ${text} `.includes(` ${phrase} `);

/** The smallest block around `from` (up to 5 levels) holding exactly `count` text inputs. */
function rowAround(from: Element, count: number): Element | undefined {
  let up: Element | null = from;
  for (let depth = 0; up && depth < 5; depth++, up = up.parentElement) {
    const inputs = candidates(up, 'number');
    if (inputs.length === count) return up;
    if (inputs.length > count) return undefined;
  }
  return undefined;
}

/**
 * Dimensions drawn as one row: a label naming the dimensions, then `count` inputs (often unlabeled,
 * "P x L x T" said once); or inputs whose own words are length, width and height.
 */
export function dimensionsRow(root: ParentNode, count: number): Element | undefined {
  const rule = FIELD_RULES.dimensions!;
  const rows = new Set<Element>();
  for (const el of Array.from(root.querySelectorAll(LABELISH))) {
    const text = el.textContent ?? '';
    if (text.length > 60 || el.children.length > 3 || isHidden(el) || el.querySelector('input,textarea,select')) continue;
    const n = normaliseText(text);
    if (!rule.words.some((w) => has(n, w)) || rule.not?.some((w) => has(n, w))) continue;
    const row = rowAround(el, count);
    if (row) rows.add(row);
  }
  if (rows.size === 0) {
    // no group label: length, width and height each in a row of their own; the block holding all three
    const inputs = candidates(root, 'number');
    const part = (name: string) =>
      inputs.find((input) => {
        const s = signalsOf(input);
        return [...s.labels, s.placeholder].some((text) => PART_WORDS[name]!.some((w) => w.length > 1 && has(text, w)));
      });
    const [length, width, height] = ['length', 'width', 'height'].map(part);
    let up = length?.parentElement;
    while (up && width && height && !(up.contains(width) && up.contains(height))) up = up.parentElement;
    if (up && width && height) rows.add(up);
  }
  const distinct = outermost([...rows]);
  return distinct.length === 1 ? distinct[0] : undefined;
}

/** The best control scoring below the threshold but above the look-alike bound, for a `failed` report. */
export function lookalike(root: ParentNode, field: FieldKey, spec: FieldSpec | undefined, taken: ReadonlySet<Element>) {
  if (!FIELD_RULES[field]) return undefined;
  const scored = scoreAll(root, field, candidates(root, spec?.kind ?? 'text'), spec);
  const result = decide(scored, field, taken);
  return 'lookalike' in result ? result.lookalike : undefined;
}
