/**
 * Score every candidate control on the page for one field and pick the winner the way a careful person
 * would: the best above a threshold, never a guess between two close ones, and never a control another
 * field reads as its own more strongly (one control, one field, best score first). Adapter locators
 * count as hints: a stable css hit is all but certain, a placeholder/label the adapter names is strong.
 */
import type { FieldSpec } from '../../platforms/define';
import { FIELD_LABELS } from '../../platforms/labels';
import type { FieldKey } from '../types';
import { FIELD_RULES, WEIGHT, type FieldRule } from './rules';
import { normaliseText, signalsOf, withoutUnits, type Signals } from './signals';

export interface Scored {
  element: Element;
  score: number;
  /** the signals that gave the score, for the report's `matchedBy` */
  why: string[];
  /** what names the control on the page (its label, else placeholder or name) */
  label: string;
  signals: Signals;
}

const hasPhrase = (text: string, phrase: string) => ` ${text} `.includes(` ${phrase} `);

const exactSet = (field: FieldKey) => new Set((FIELD_LABELS[field] ?? []).map((t) => withoutUnits(normaliseText(t))));

/** Best phrase score of one text against a rule: exact, contains (longer phrases count more), decoy. */
function textScore(text: string, rule: FieldRule, exact: Set<string>, hints: Set<string>, exactW: number, containsW: number): [number, string] | undefined {
  if (!text) return undefined;
  for (const not of rule.not ?? []) if (hasPhrase(text, not)) return [WEIGHT.not, `not '${not}'`];
  const bare = withoutUnits(text);
  if (hints.has(bare) || hints.has(text)) return [WEIGHT.hintText, `adapter '${text}'`];
  if (exact.has(bare)) return [exactW, `'${text}'`];
  let best = 0;
  for (const phrase of rule.words) {
    if (hasPhrase(text, phrase)) best = Math.max(best, containsW + WEIGHT.perWord * phrase.split(' ').length);
  }
  return best ? [best, `'${text}' ~`] : undefined;
}

/** Score one control for one field; `hints` = the adapter's own texts, `cssHit` = a stable locator matched. */
export function scoreControl(field: FieldKey, signals: Signals, hints: Set<string> = new Set(), cssHit = false): { score: number; why: string[] } {
  const rule = FIELD_RULES[field];
  const why: string[] = [];
  let score = 0;
  if (cssHit) {
    score += WEIGHT.hintCss;
    why.push('stable attribute');
  }
  if (!rule) return { score, why };
  const exact = exactSet(field);
  let labelBest: [number, string] | undefined;
  for (const text of signals.labels) {
    const s = textScore(text, rule, exact, hints, WEIGHT.labelExact, WEIGHT.label);
    // a decoy word anywhere in the label decides; otherwise the best label wins
    if (s && (s[0] < 0 || !labelBest || (labelBest[0] >= 0 && s[0] > labelBest[0]))) labelBest = s;
    if (s && s[0] < 0) break;
  }
  if (labelBest) {
    score += labelBest[0];
    why.push(`label ${labelBest[1]}`);
  }
  // a long placeholder is an example ("Nama Merek + Tipe Produk + Fitur Produk"), not a name: only an
  // exact match counts there, its words say nothing either way
  const example = signals.placeholder.split(' ').length > 4;
  const ph = textScore(signals.placeholder, example ? { words: [] } : rule, exact, hints, WEIGHT.placeholderExact, WEIGHT.placeholder);
  if (ph) {
    score += ph[0] < 0 ? Math.round(ph[0] * 0.7) : ph[0];
    why.push(`placeholder ${ph[1]}`);
  }
  const tokens = signals.names.join(' ');
  if (rule.names?.some((n) => hasPhrase(tokens, n) || tokens.replace(/ /g, '') === n)) {
    score += WEIGHT.name;
    why.push('name');
  }
  if (signals.units.length && rule.units) {
    const fits = signals.units.some((u) => rule.units!.includes(u.replace(/\.$/, '')));
    score += fits ? WEIGHT.unit : WEIGHT.wrongUnit;
    if (fits) why.push(`unit '${signals.units[0]}'`);
  } else if (signals.units.length && !rule.units && rule.numeric) score += WEIGHT.wrongUnit / 2;
  if (rule.numeric && signals.numeric) score += WEIGHT.numeric;
  if (rule.sections?.some((s) => hasPhrase(signals.section, s))) score += WEIGHT.section;
  return { score, why };
}

/** What names the control, for reports: the label, else placeholder, else name. */
const labelOf = (el: Element, s: Signals) => s.shown || (el.getAttribute('name') ?? '');

function hintsOf(spec?: FieldSpec): { css: string[]; texts: Set<string> } {
  const css: string[] = [];
  const texts = new Set<string>();
  for (const l of spec?.find ?? []) {
    if ('css' in l) css.push(l.css);
    else for (const t of 'label' in l ? l.label : 'aria' in l ? l.aria : l.placeholder) texts.add(withoutUnits(normaliseText(t)));
  }
  return { css, texts };
}

const NOT_HERE = '[data-testid=serentak-panel],[role=listbox],[role=menu],[role=option],[role=dialog] [role=dialog]';

/** Every control of the candidate kinds, scored for the field, best first. */
export function scoreAll(root: ParentNode, field: FieldKey, candidates: Element[], spec?: FieldSpec): Scored[] {
  const { css, texts } = hintsOf(spec);
  const cssHits = new Set<Element>();
  for (const selector of css) {
    try {
      for (const el of Array.from(root.querySelectorAll(selector))) cssHits.add(el);
    } catch {
      /* a selector the page's engine cannot parse is no hint */
    }
  }
  const out: Scored[] = [];
  for (const el of candidates) {
    if (el.closest(NOT_HERE)) continue;
    const signals = signalsOf(el);
    const hit = [...cssHits].some((h) => h === el || h.contains(el));
    const { score, why } = scoreControl(field, signals, texts, hit);
    out.push({ element: el, score, why, label: labelOf(el, signals), signals });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** The field another rule reads this control as, more strongly than `field` does (or undefined). */
export function strongerOwner(signals: Signals, field: FieldKey, score: number): FieldKey | undefined {
  for (const other of Object.keys(FIELD_RULES) as FieldKey[]) {
    if (other === field) continue;
    if (scoreControl(other, signals).score > score) return other;
  }
  return undefined;
}

export type Classified = { found: Scored } | { ambiguous: Scored[] } | { lookalike?: Scored };

/**
 * The winner among scored candidates: above the threshold, not claimed more strongly by another field,
 * and clear of the runner-up by the margin. `taken` = controls already won by other fields of this fill.
 */
export function decide(scored: Scored[], field: FieldKey, taken: ReadonlySet<Element> = new Set()): Classified {
  // candidates() kept visible controls only
  const open = scored.filter((s) => !taken.has(s.element));
  const eligible = open.filter((s) => s.score >= WEIGHT.threshold && !(s.score < WEIGHT.hintCss && strongerOwner(s.signals, field, s.score)));
  const [best, second] = eligible;
  if (!best) {
    const near = open.find((s) => s.score >= WEIGHT.lookalike);
    return { lookalike: near };
  }
  if (second && best.score - second.score <= WEIGHT.margin) return { ambiguous: [best, second] };
  return { found: best };
}
