/**
 * The fill, end to end: plan → (per stage: one settle window, passes over the steps, a read-back, then
 * the page's own Next) → report. A field not found in a pass costs no wait of its own: it stays pending
 * and is looked for again only when a step mounts a section (a category pick, a switch turned on), with
 * one bound on that waiting for the whole fill; what is still missing then is classified by resemble.ts.
 * Progress goes out after every field so the panel can show the report growing ('running'), and the
 * last report is 'done' only after every stage the engine could reach. Never presses save unless
 * `autoSubmit`, and then only after a fill where no core field failed.
 */
import { fieldSpec, type Platform } from '../platforms/define';
import { NEXT_LABELS } from '../platforms/labels';
import { isDisabled, isHidden, press } from './dom';
import { executeStep, missingResult, stillHolds, type ExecContext, type StepResult } from './execute';
import { findField, labelElements } from './find';
import { planFill, type PlanStep } from './plan';
import { reason } from './reasons';
import { submitAndWait } from './submit';
import { CORE_FIELDS, FIELD_KEYS, type FieldKey, type FillReport, type Listing } from './types';
import { quiet, settle, waitFor } from './wait';
import { findButton } from './widgets';

export interface RunOptions {
  autoSubmit?: boolean;
  onProgress?: (report: FillReport) => void;
  signal?: AbortSignal;
  document?: Document;
  runId?: string;
  /** how long to wait for an option, and the one bound on waiting for late sections (ms) */
  timeout?: number;
}

/** The page counts as settled after this long without a DOM change or a finished request. */
export const QUIET_MS = 100;
/**
 * The most a settle window may take: a page that never stops changing (a clock, a chat widget, an
 * animation drawn in the DOM) must not cost the whole bound before every pass.
 */
const SETTLE_MAX_MS = 1000;

/** What a step can mount: the category re-mounts the attribute section (brand lives there). */
const MOUNTS_AFTER_CATEGORY: readonly FieldKey[] = ['brand'];

type FillStep = Extract<PlanStep, { action: 'fill' }>;

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

/** Whether a planned field can be found on the page now (no wait). */
function stageFieldFound(ctx: ExecContext, step: PlanStep): boolean {
  const spec = fieldSpec(ctx.platform, step.field);
  return !!spec && !('missing' in findField(ctx.doc, step.field, spec));
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
    taken: new Set(),
  };
  // the one bound on waiting for sections to mount, over the whole fill (not per field)
  const mountBound = 2 * ctx.findTimeout;
  let mountWaited = 0;
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
    // one settle window for the page, then passes over the fields; a field not found stays pending and
    // is looked for again only after a step mounted new controls (one overall bound on that waiting).
    // A later wizard step was already waited for by advance() (its fields showed): one render suffices,
    // a window per step would cost e-Katalog's ten steps a second and a half.
    if (stage === start) await quiet(QUIET_MS, Math.min(SETTLE_MAX_MS, ctx.findTimeout), options.signal);
    else await settle();
    let pending: PlanStep[] = steps;
    const filled: { step: FillStep; result: StepResult }[] = [];
    while (pending.length) {
      const next: PlanStep[] = [];
      const expected = new Set<FieldKey>();
      let variantsPending = false;
      let remount = false;
      for (const step of pending) {
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
        // after a category pick the rest waits for the re-mounted section (a value set in the old one
        // is lost); price and stock wait for a variant table still mounting (it replaces them)
        if (remount || (variantsPending && (step.field === 'price' || step.field === 'stock'))) {
          next.push(step);
          continue;
        }
        const result = await executeStep(step, ctx);
        if ('pending' in result) {
          next.push(step);
          if (result.mounting) expected.add(step.field);
          if (step.field === 'variants') variantsPending = result.mounting;
          continue;
        }
        if (step.field === 'category' && result.status === 'filled') {
          remount = true;
          for (const f of MOUNTS_AFTER_CATEGORY) expected.add(f);
        }
        if (step.field === 'variants') variantsFilled = result.status === 'filled' || result.reason.id === reason.alreadyRight().id;
        if (result.status === 'filled') filled.push({ step, result });
        add(result);
      }
      if (!next.length) break;
      const missing = (f: FieldKey) => next.some((s) => s.field === f && s.action === 'fill' && !stageFieldFound(ctx, s));
      const waitLeft = mountBound - mountWaited;
      const awaited = [...expected].some(missing);
      if (!remount && !awaited) {
        for (const s of next) add(missingResult(s.field, ctx));
        break;
      }
      // wait (DOM-driven) for the section the step mounts, not for each missing field: the fields a
      // category pick or a switch brings, bounded once for the whole fill
      if (awaited && waitLeft > 0) {
        const mounted = () => [...expected].some((f) => next.some((s) => s.field === f && stageFieldFound(ctx, s)));
        const t0 = Date.now();
        const came = await waitFor(mounted, { timeout: Math.min(waitLeft, ctx.findTimeout), signal: options.signal });
        mountWaited += Date.now() - t0;
        // the awaited section is there: one render for the rest of it, no quiet window on top
        if (came) await settle();
      }
      if (!awaited) await quiet(QUIET_MS, Math.min(SETTLE_MAX_MS, ctx.findTimeout), options.signal);
      pending = next;
    }
    // read back after the last change of this stage: "filled" only if the page still shows the value
    for (const { step, result } of filled) {
      if (!stillHolds(step, ctx, result.categoryPath)) {
        const line = report.fields.find((f) => f.field === step.field);
        if (line) Object.assign(line, { status: 'failed', reason: reason.notKept() });
      }
    }
    if (filled.length) emit();
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
