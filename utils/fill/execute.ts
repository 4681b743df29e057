/**
 * Execute stage for one planned step: find the field, pick the widget's filler, turn its outcome into
 * the report line the seller reads.
 */
import { fieldSpec, type FieldSpec, type Platform } from '../platforms/define';
import { findField, findPart, findWith, type Match } from './find';
import { bestCandidate } from './resemble';
import { reason } from './reasons';
import { valueOf } from './dom';
import { normaliseLabel } from '../platforms/labels';
import { CORE_FIELDS, type FieldKey, type FieldReport, type Listing, type Outcome, type StepValue } from './types';
import { fillVariants } from './variants';
import { pickCategory } from './category/pick';
import { inlineShows, isInlinePicker } from './category/columns';
import { fillPhotoFamily } from './photos';
import { UNIT_LABELS, convertWeight, unitMenuNear } from './weight-unit';
import {
  fillChoice,
  fillRadio,
  fillToggle,
  fillTyped,
  numberMatcher,
  textMatcher,
  type WidgetContext,
} from './widgets';
import type { PlanStep } from './plan';

export interface ExecContext extends WidgetContext {
  platform: Platform;
  listing: Listing;
  /** the one bound on waiting for controls still to mount (after a category change, a switch) */
  findTimeout: number;
  /** controls this fill matched to a field (never offered as another field's look-alike) */
  taken: Set<Element>;
}

export type StepResult = FieldReport & { categoryPath?: string[] };

/** Numbers typed in another unit than planned (a unit menu without the adapter's unit), for read-back. */
const typedNumber = new WeakMap<Element, number>();

function toReport(field: FieldKey, outcome: Outcome, matchedBy: string): StepResult {
  switch (outcome.status) {
    case 'filled':
      return { field, status: 'filled', reason: reason.filled(outcome.shown), matchedBy, categoryPath: outcome.categoryPath };
    case 'already':
      return { field, status: 'skipped', reason: reason.alreadyRight(), matchedBy };
    case 'locked':
      return { field, status: 'skipped', reason: outcome.why === 'readOnly' ? reason.readOnly() : reason.disabled(), matchedBy };
    case 'failed': {
      const why =
        outcome.why === 'optionMissing'
          ? reason.optionMissing(outcome.detail ?? '')
          : outcome.why === 'categoryMissing'
            ? reason.categoryMissing(outcome.detail ?? '')
            : outcome.why === 'categoryNotKept'
              ? reason.categoryNotKept(outcome.detail ?? '')
            : outcome.why === 'photosRejected'
              ? reason.photosRejected()
              : outcome.why === 'unitUnknown'
                ? reason.unitUnknown()
              : outcome.why === 'variantsIncomplete'
                ? reason.variantsIncomplete(outcome.detail ?? '')
                : reason.didNotStick();
      return { field, status: 'failed', reason: why, matchedBy };
    }
  }
}

async function fillDimensions(row: Element, spec: FieldSpec, parts: Record<string, number>): Promise<Outcome> {
  const names = Object.keys(spec.parts ?? {});
  const found: [Element, number][] = [];
  for (const [i, part] of names.entries()) {
    const r = findPart(row, 'dimensions', part, spec.parts![part]!, i, names.length);
    if (!('found' in r)) return { status: 'failed', why: 'didNotStick', detail: part };
    found.push([r.found.element, parts[part]!]);
  }
  const outcomes: Outcome[] = [];
  for (const [el, value] of found) outcomes.push(await fillTyped(el, String(value), numberMatcher(value)));
  if (outcomes.some((o) => o.status === 'failed')) return { status: 'failed', why: 'didNotStick' };
  if (outcomes.every((o) => o.status === 'already')) return { status: 'already' };
  return { status: 'filled', shown: `${parts.length} × ${parts.width} × ${parts.height} cm` };
}

/**
 * A field not found in any pass: `skipped` only when nothing on the form resembles it; otherwise
 * `failed`, naming the closest control (the report's `matchedBy`, where "Tunjukkan" points).
 */
export function missingResult(field: FieldKey, ctx: ExecContext): StepResult {
  const spec = fieldSpec(ctx.platform, field);
  const candidate = bestCandidate(ctx.doc, field, spec, ctx.taken);
  if (candidate) return { field, status: 'failed', reason: reason.lookalike(candidate.label), matchedBy: `look-alike '${candidate.label}'` };
  return CORE_FIELDS.includes(field)
    ? { field, status: 'failed', reason: reason.notFound() }
    : { field, status: 'skipped', reason: reason.notOnForm() };
}

/** A step whose field is not on the page (yet); `mounting` = the step just switched on its section. */
export type Pending = { pending: true; mounting: boolean };

/**
 * Run one planned fill step and report it. Never waits for the field itself: a field not found now is
 * `Pending`, and the runner retries it only after new controls mount (run.ts), so a field the form
 * lacks costs no timeout of its own.
 */
export async function executeStep(step: Extract<PlanStep, { action: 'fill' }>, ctx: ExecContext): Promise<StepResult | Pending> {
  const { field, value } = step;
  const spec = fieldSpec(ctx.platform, field)!;
  // pre-order and variant sections appear only once their switch is on
  let switched = false;
  if (spec.toggle) {
    const toggle = findWith(ctx.doc, spec.toggle, 'switch', field);
    if ('found' in toggle) switched = (await fillToggle(toggle.found.element, true)).status === 'filled';
  }
  if ('photos' in value) return photoStep(field, spec, value, ctx);
  const found = findField(ctx.doc, field, spec, ctx.taken);
  if ('ambiguous' in found) return { field, status: 'failed', reason: reason.ambiguous(found.ambiguous) };
  if ('missing' in found) return { pending: true, mounting: switched };
  const { element, matchedBy }: Match = found.found;
  ctx.taken.add(element);
  try {
    if (spec.flow) {
      const out = await spec.flow({ element, listing: ctx.listing, signal: ctx.signal, document: ctx.doc, value, timeout: ctx.timeout });
      if (!out) return { field, status: 'filled', reason: reason.filled(field), matchedBy };
      if ('reason' in out) return { field, status: 'failed', reason: out.reason, matchedBy };
      return toReport(field, out, matchedBy);
    }
    return toReport(field, await fillValue(element, spec, value, ctx), matchedBy);
  } catch (error) {
    return { field, status: 'failed', reason: reason.failedFlow(String((error as Error)?.message ?? error)), matchedBy };
  }
}

/**
 * Photos go to whichever member of the photo family the page has (photos.ts): the adapter's element
 * when its locators found one, else an image file input, photo slots or a drop zone found on the page.
 */
async function photoStep(field: FieldKey, spec: FieldSpec, value: { photos: string[]; names: string[] }, ctx: ExecContext): Promise<StepResult | Pending> {
  const found = findField(ctx.doc, field, spec, ctx.taken);
  const element = 'found' in found ? found.found.element : undefined;
  try {
    const result = await fillPhotoFamily(element, spec, value, ctx, { listing: ctx.listing, signal: ctx.signal, document: ctx.doc, value, timeout: ctx.timeout });
    if (!result) return 'ambiguous' in found ? { field, status: 'failed', reason: reason.ambiguous(found.ambiguous) } : { pending: true, mounting: false };
    if (element) ctx.taken.add(element);
    const matchedBy = 'found' in found ? `${found.found.matchedBy} → ${result.via}` : result.via;
    if ('reason' in result.outcome) return { field, status: 'failed', reason: result.outcome.reason, matchedBy };
    return toReport(field, result.outcome, matchedBy);
  } catch (error) {
    return { field, status: 'failed', reason: reason.failedFlow(String((error as Error)?.message ?? error)) };
  }
}

/**
 * Read back after the last change of the fill: does the page still show what was filled? Sections
 * that re-mount after a category pick can reset a value set before them. Typed fields compare the
 * value; the category looks for its last level in what the picker shows. Other widgets were checked
 * by their fillers as they were set.
 */
export function stillHolds(step: Extract<PlanStep, { action: 'fill' }>, ctx: ExecContext, shownPath?: string[]): boolean {
  const spec = fieldSpec(ctx.platform, step.field)!;
  if (spec.flow) return true;
  const { value } = step;
  const found = findField(ctx.doc, step.field, spec);
  if (!('found' in found)) return false;
  const el = found.found.element;
  if ('text' in value && (spec.kind === 'text' || spec.kind === 'textarea' || spec.kind === 'richText')) {
    return textMatcher(value.text, spec.kind !== 'text')(readTyped(el));
  }
  if ('number' in value && (spec.kind === 'text' || spec.kind === 'number')) return numberMatcher(typedNumber.get(el) ?? value.number)(readTyped(el));
  if ('category' in value && shownPath?.length) {
    const last = normaliseLabel(shownPath[shownPath.length - 1]!);
    if (isInlinePicker(el)) return inlineShows(el, shownPath[shownPath.length - 1]!);
    // the chosen path is drawn on the trigger or beside it in its row
    for (let up: Element | null = el, depth = 0; up && depth < 3; depth++, up = up.parentElement) {
      if (normaliseLabel(readTyped(up) || up.textContent || '').includes(last)) return true;
    }
    return false;
  }
  return true;
}

const readTyped = (el: Element) => valueOf(el) || (el.querySelector('input') as HTMLInputElement | null)?.value || '';

/** Text as a person sees it: a native <select> shows its chosen option, not every option's text run together. */
function shownText(el: Element): string {
  const clone = el.cloneNode(true) as Element;
  const originals = el.querySelectorAll('select');
  clone.querySelectorAll('select').forEach((s, i) => s.replaceWith(` ${originals[i]?.selectedOptions[0]?.textContent ?? ''} `));
  return clone.textContent ?? '';
}

/**
 * The unit written beside a number input (a suffix "gram", "kg"), up to its row; undefined when none,
 * 'both' when the row names both (a "kg / gram" hint says nothing about what this input takes).
 */
function unitBeside(input: Element): 'g' | 'kg' | 'both' | undefined {
  for (let up = input.parentElement, depth = 0; up && depth < 3; depth++, up = up.parentElement) {
    const words = normaliseLabel(shownText(up));
    const kg = /\b(kg|kilogram)\b/i.test(words);
    const g = /\b(g|gr|gram)\b/i.test(words);
    if (kg && g) return 'both';
    if (kg) return 'kg';
    if (g) return 'g';
  }
  return undefined;
}

async function fillValue(element: Element, spec: FieldSpec, value: StepValue, ctx: ExecContext): Promise<Outcome> {
  if ('text' in value) return fillTyped(element, value.text, textMatcher(value.text, spec.kind === 'richText' || spec.kind === 'textarea'));
  if ('number' in value) {
    let number = value.number;
    if (spec.unit) {
      const bySpec = spec.unitSelect ? findWith(ctx.doc, spec.unitSelect, 'select', 'weight') : undefined;
      const menu = bySpec && 'found' in bySpec ? bySpec.found.element : unitMenuNear(element);
      if (menu) {
        if ((await fillChoice(menu, [...UNIT_LABELS[spec.unit]], false, ctx)).status === 'failed') {
          // the menu lacks the adapter's unit: choose the other one and convert (1250 g → 1.25 kg)
          const other = spec.unit === 'g' ? 'kg' : 'g';
          if ((await fillChoice(menu, [...UNIT_LABELS[other]], false, ctx)).status === 'failed') return { status: 'failed', why: 'unitUnknown' };
          number = convertWeight(number, spec.unit);
        }
      } else {
        // No menu. Where the adapter expects a g/kg menu (TikTok) that cannot be found, the number's unit
        // is known only from what is written beside the input: nothing there, and 1250 typed for grams
        // could be committed as 1250 kg, so the weight stays empty and failed. A page that writes the
        // other unit beside the input (e-Katalog's "Berat … kg") gets the number in that unit.
        const shown = unitBeside(element);
        if (shown === 'both' || (spec.unitSelect && shown === undefined)) return { status: 'failed', why: 'unitUnknown' };
        if (shown !== undefined && shown !== spec.unit) number = convertWeight(number, spec.unit);
      }
    }
    if (number !== value.number) typedNumber.set(element, number);
    return fillTyped(element, String(number), numberMatcher(number));
  }
  if ('choice' in value) {
    if (spec.kind === 'radio') return fillRadio(element, value.choice);
    return fillChoice(element, value.choice, spec.kind === 'searchSelect', ctx, spec.picker);
  }
  if ('on' in value) return fillToggle(element, value.on);
  if ('category' in value) {
    const refind = () => {
      const again = findField(ctx.doc, 'category', spec);
      return 'found' in again ? again.found.element : undefined;
    };
    return pickCategory(element, { category: value.category, name: ctx.listing.name, path: value.path }, { ...ctx, picker: spec.picker, refind });
  }
  if ('parts' in value) return fillDimensions(element, spec, value.parts);
  if ('preorderDays' in value) return fillTyped(element, String(value.preorderDays), numberMatcher(value.preorderDays));
  if ('variants' in value) return fillVariants(element, value.variants, ctx);
  return { status: 'failed', why: 'didNotStick' };
}
