/**
 * The fill, end to end: plan → (per stage: execute each step, then the page's own Next) → report.
 * Progress goes out after every field so the panel can show the report growing ('running'), and the
 * last report is 'done' only after every stage the engine could reach. Never presses save unless
 * `autoSubmit`, and then only after a fill where no core field failed.
 */
import { fieldSpec, type Platform } from '../platforms/define';
import { NEXT_LABELS } from '../platforms/labels';
import { isDisabled, isHidden, press } from './dom';
import { executeStep, type ExecContext, type StepResult } from './execute';
import { findField, labelElements } from './find';
import { planFill, type PlanStep } from './plan';
import { reason } from './reasons';
import { submitAndWait } from './submit';
import { CORE_FIELDS, FIELD_KEYS, type FieldKey, type FillReport, type Listing } from './types';
import { waitFor } from './wait';
import { findButton } from './widgets';

export interface RunOptions {
  autoSubmit?: boolean;
  onProgress?: (report: FillReport) => void;
  signal?: AbortSignal;
  document?: Document;
  runId?: string;
  /** how long to wait for an option or a late section (ms) */
  timeout?: number;
}

const byKey = (a: { field: FieldKey }, b: { field: FieldKey }) => FIELD_KEYS.indexOf(a.field) - FIELD_KEYS.indexOf(b.field);

/**
 * Whether a stage shows now: one of its fields can be found, or one of its marker texts (a wizard step
 * whose fields may all be skipped, e.g. e-Katalog's optional SNI or variants step).
 */
function stageVisible(ctx: ExecContext, stage: number, steps: PlanStep[]): boolean {
  const marker = ctx.platform.steps?.[stage]?.marker;
  if (marker?.length && labelElements(ctx.doc, marker).length) return true;
  return steps.some((s) => {
    const spec = s.action === 'fill' ? fieldSpec(ctx.platform, s.field) : undefined;
    return spec && !spec.toggle && 'found' in findField(ctx.doc, s.field, spec);
  });
}

/** Error texts the page shows as alerts (its own validation messages). */
function pageAlerts(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('[role=alert]')).filter((el) => !isHidden(el) && el.textContent?.trim());
}

type Advanced = { opened: true } | { opened: false; pageSays?: string; button?: string };

/**
 * Press the page's own Next and wait for the next stage. When the page refuses (a required field the
 * listing has no value for, e.g. e-Katalog's PPN status), say what the page asked for, at once.
 */
async function advance(ctx: ExecContext, stage: number, next: PlanStep[]): Promise<Advanced> {
  if (stageVisible(ctx, stage, next)) return { opened: true };
  const locators = [...(ctx.platform.steps?.[stage - 1]?.next ?? []), { label: NEXT_LABELS }];
  const button = await waitFor(() => {
    const b = findButton(ctx.doc, locators);
    return b && !isDisabled(b) ? b : undefined;
  }, { timeout: 2000, signal: ctx.signal });
  if (!button) return { opened: false };
  const before = new Set(pageAlerts(ctx.doc));
  press(button);
  const refusal = () => pageAlerts(ctx.doc).filter((el) => !before.has(el));
  const result = await waitFor(() => (stageVisible(ctx, stage, next) ? 'opened' : refusal().length ? 'refused' : undefined), {
    timeout: 5000,
    signal: ctx.signal,
  });
  if (result === 'opened') return { opened: true };
  const pageSays = refusal().map((el) => el.textContent!.trim()).slice(0, 2).join('; ');
  return { opened: false, pageSays: pageSays || undefined, button: button.textContent?.trim() || undefined };
}

export async function runFill(platform: Platform, listing: Listing, options: RunOptions = {}): Promise<FillReport> {
  const doc = options.document ?? document;
  const ctx: ExecContext = {
    doc,
    platform,
    listing,
    signal: options.signal,
    timeout: options.timeout ?? 3000,
    findTimeout: options.timeout ?? 3000,
  };
  const report: FillReport = {
    runId: options.runId ?? `${platform.id}-${Date.now()}`,
    platform: platform.id,
    state: 'running',
    fields: [],
    startedAt: Date.now(),
  };
  const emit = () => options.onProgress?.(structuredClone({ ...report, fields: [...report.fields].sort(byKey) }));
  const add = (result: StepResult) => {
    const { categoryPath, ...line } = result;
    if (categoryPath) report.categoryPath = categoryPath;
    report.fields.push(line);
    emit();
  };
  emit();

  const plan = planFill(platform, listing);
  const stages = Math.max(1, platform.steps?.length ?? 1);
  const stepsOf = (stage: number) => plan.filter((s) => s.stage === stage);
  // A wizard showing one step at a time may be past its first steps (the seller finished a step the
  // engine could not, then pressed Isi formulir again): start at the step the page shows.
  let start = 0;
  if (stages > 1 && !stageVisible(ctx, 0, stepsOf(0))) {
    for (let stage = 1; stage < stages; stage++) {
      if (stageVisible(ctx, stage, stepsOf(stage))) {
        start = stage;
        break;
      }
    }
  }
  for (const s of plan.filter((p) => p.stage < start)) {
    add({ field: s.field, status: 'skipped', reason: s.action === 'skip' ? s.reason : reason.stepPassed() });
  }
  let variantsFilled = false;
  for (let stage = start; stage < stages; stage++) {
    const steps = stepsOf(stage);
    const advanced = stage > start ? await advance(ctx, stage, steps) : { opened: true as const };
    if (!advanced.opened) {
      const button = platform.steps?.[stage - 1]?.next?.find((l) => 'label' in l);
      // the button as the page names it (an English page says "Next", not "Selanjutnya")
      const label = advanced.button ?? (button && 'label' in button ? button.label[0]! : NEXT_LABELS[0]!);
      report.nextAction = advanced.pageSays
        ? {
            id: `Halaman meminta: "${advanced.pageSays}". Lengkapi, klik "${label}", lalu tekan Isi formulir lagi`,
            en: `The page asks: "${advanced.pageSays}". Complete it, click "${label}", then press Fill form again`,
          }
        : { id: `Klik "${label}" lalu tekan Isi formulir lagi`, en: `Click "${label}" then press Fill form again` };
      for (const s of plan.filter((p) => p.stage >= stage)) {
        add(
          s.action === 'skip'
            ? { field: s.field, status: 'skipped', reason: s.reason }
            : { field: s.field, status: 'failed', reason: reason.stageUnreached(label) },
        );
      }
      break;
    }
    const stepFill = platform.steps?.[stage]?.fill;
    if (stepFill) await stepFill({ document: doc, listing, signal: options.signal }).catch(() => undefined);
    let categoryChanged = false;
    for (const step of steps) {
      if (options.signal?.aborted) {
        add({ field: step.field, status: 'failed', reason: reason.cancelled() });
        continue;
      }
      if (step.action === 'skip') {
        add({ field: step.field, status: 'skipped', reason: step.reason });
        continue;
      }
      if (variantsFilled && (step.field === 'price' || step.field === 'stock')) {
        add({ field: step.field, status: 'skipped', reason: reason.perVariant() });
        continue;
      }
      // the brand/attribute section re-mounts after a category is chosen: give it time to appear
      const waitMs = step.field === 'brand' && categoryChanged ? 2500 : 300;
      const result = await executeStep(step, ctx, waitMs);
      if (step.field === 'category' && result.status === 'filled') categoryChanged = true;
      if (step.field === 'variants') variantsFilled = result.status === 'filled' || result.reason.id === reason.alreadyRight().id;
      add(result);
    }
  }

  const coreFailed = report.fields.some((f) => f.status === 'failed' && CORE_FIELDS.includes(f.field));
  if (options.autoSubmit && !coreFailed && !options.signal?.aborted) {
    const result = await submitAndWait(platform, { document: doc, signal: options.signal });
    report.submitted = result.saved;
    if (result.saved) {
      report.listingUrl = result.url;
      report.externalId = result.externalId;
    } else if (result.reason) report.nextAction = result.reason;
  }
  report.fields.sort(byKey);
  report.state = 'done';
  report.finishedAt = Date.now();
  emit();
  return report;
}
