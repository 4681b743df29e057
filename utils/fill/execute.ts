/**
 * Execute stage for one planned step: find the field, pick the widget's filler, turn its outcome into
 * the report line the seller reads.
 */
import { fieldSpec, type FieldSpec, type Platform } from '../platforms/define';
import { findField, findPart, findWith, type Match } from './find';
import { reason } from './reasons';
import { CORE_FIELDS, type FieldKey, type FieldReport, type Listing, type Outcome, type StepValue } from './types';
import { fillVariants } from './variants';
import { waitFor } from './wait';
import {
  fillCategory,
  fillChoice,
  fillPhotos,
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
  /** how long to wait for a field that is still being mounted (after a category change, a new stage) */
  findTimeout: number;
}

export type StepResult = FieldReport & { categoryPath?: string[] };

const UNIT_LABELS = { g: ['g', 'gr', 'gram', 'Gram (g)', 'gram (g)'], kg: ['kg', 'kilogram', 'Kilogram (kg)'] };

/** Wait (DOM-driven) for a field to appear: sections mount late after a category or a stage change. */
export async function locate(ctx: ExecContext, field: FieldKey, spec: FieldSpec, timeout: number) {
  const first = findField(ctx.doc, field, spec);
  if (!('missing' in first) || timeout <= 0) return first;
  const later = await waitFor(() => {
    const r = findField(ctx.doc, field, spec);
    return 'missing' in r ? undefined : r;
  }, { timeout, signal: ctx.signal });
  return later ?? first;
}

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
            : outcome.why === 'photosRejected'
              ? reason.photosRejected()
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

/** Run one planned fill step and report it. */
export async function executeStep(step: Extract<PlanStep, { action: 'fill' }>, ctx: ExecContext, waitMs: number): Promise<StepResult> {
  const { field, value } = step;
  const spec = fieldSpec(ctx.platform, field)!;
  // pre-order and variant sections appear only once their switch is on: wait longer for them only
  // when there was a switch to turn on (a form without the switch does not have the field either)
  let switched = false;
  if (spec.toggle) {
    const toggle = findWith(ctx.doc, spec.toggle, 'switch', field);
    if ('found' in toggle) switched = (await fillToggle(toggle.found.element, true)).status !== 'failed';
  }
  const found = await locate(ctx, field, spec, switched ? Math.max(waitMs, ctx.findTimeout) : waitMs);
  if ('ambiguous' in found) return { field, status: 'failed', reason: reason.ambiguous(found.ambiguous) };
  if ('missing' in found) {
    return CORE_FIELDS.includes(field)
      ? { field, status: 'failed', reason: reason.notFound() }
      : { field, status: 'skipped', reason: reason.notOnForm() };
  }
  const { element, matchedBy }: Match = found.found;
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

async function fillValue(element: Element, spec: FieldSpec, value: StepValue, ctx: ExecContext): Promise<Outcome> {
  if ('text' in value) return fillTyped(element, value.text, textMatcher(value.text, spec.kind === 'richText' || spec.kind === 'textarea'));
  if ('number' in value) {
    if (spec.unitSelect && spec.unit) {
      const unitSelect = findWith(ctx.doc, spec.unitSelect, 'select', 'weight');
      if ('found' in unitSelect) await fillChoice(unitSelect.found.element, UNIT_LABELS[spec.unit], false, ctx);
    }
    return fillTyped(element, String(value.number), numberMatcher(value.number));
  }
  if ('choice' in value) {
    if (spec.kind === 'radio') return fillRadio(element, value.choice);
    return fillChoice(element, value.choice, spec.kind === 'searchSelect', ctx, spec.picker);
  }
  if ('on' in value) return fillToggle(element, value.on);
  if ('category' in value) return fillCategory(element, value.category, value.path, ctx, spec.picker);
  if ('photos' in value) return fillPhotos(element as HTMLInputElement, value.photos, value.names);
  if ('parts' in value) return fillDimensions(element, spec, value.parts);
  if ('preorderDays' in value) return fillTyped(element, String(value.preorderDays), numberMatcher(value.preorderDays));
  if ('variants' in value) return fillVariants(element, value.variants, ctx);
  return { status: 'failed', why: 'didNotStick' };
}
