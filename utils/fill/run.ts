/**
 * The fill, end to end: plan → (per stage: one settle window, passes over the steps, a read-back, then
 * the page's own Next) → report. A field not found in a pass costs no wait of its own: it stays pending
 * and is looked for again only when a step mounts a section (a category pick, a switch turned on), with
 * one bound on that waiting for the whole fill; what is still missing then is classified by resemble.ts.
 * Progress goes out after every field so the panel can show the report growing ('running'), and the
 * last report is 'done' only after every stage the engine could reach. Never presses save unless
 * `autoSubmit`, and then only after a fill where no core field failed.
 */
import { fieldSpec, type Locator, type Platform } from '../platforms/define';
import { NEXT_LABELS, normaliseLabel } from '../platforms/labels';
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

/** The most wizard steps walked in one fill (a loop guard: LKPP's longest wizard has ten). */
const MAX_STEPS = 16;

/** Whether an adapter's hint says this step shows now (a marker text of it is on screen). */
function hintShows(ctx: ExecContext, stage: number): boolean {
  const marker = ctx.platform.steps?.[stage]?.marker;
  return !!marker?.length && labelElements(ctx.doc, marker).length > 0;
}

/** Whether a planned field can be found on the page now (no wait). */
function stageFieldFound(ctx: ExecContext, step: PlanStep): boolean {
  const spec = fieldSpec(ctx.platform, step.field);
  return !!spec && !('missing' in findField(ctx.doc, step.field, spec));
}

/**
 * Error texts the page shows (its own validation messages): alerts, and the error lines form kits draw
 * under a field without a role (`.invalid-feedback`, `.form-error`, `.error-text`), so a refused Next is
 * said at once instead of after the whole wait.
 */
const ALERTS = '[role=alert],[class*=invalid-feedback],[class*=error-text],[class*=form-error],[class*=field-error],[class*=error-message],[class*=errorMessage]';
function pageAlerts(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(ALERTS)).filter((el) => !isHidden(el) && el.textContent?.trim() && !el.closest('[data-testid=serentak-panel]'));
}

const CONTROLS = 'input:not([type=hidden]),select,textarea,[contenteditable=true],[contenteditable=""],[role=combobox],[role=radiogroup],[role=switch]';

/** The controls a person sees now (outside Serentak's panel): a new one means the page moved on. */
function visibleControls(doc: Document): Set<Element> {
  return new Set(Array.from(doc.querySelectorAll(CONTROLS)).filter((el) => !el.closest('[data-testid=serentak-panel]') && !isHidden(el)));
}

type Advanced = { opened: true } | { last: true } | { opened: false; pageSays?: string; button?: string };

/**
 * Press the page's own Next and wait for what it shows next: new controls (the next step, or the
 * second stage of a two-stage form), or the page's refusal (a required field the listing has no
 * value for, e.g. e-Katalog's PPN status), said at once. No Next on screen: this is the last step.
 * The adapter's `next` locators are hints tried first; a button that saves is never pressed as Next.
 */
async function advance(ctx: ExecContext, hints: readonly Locator[]): Promise<Advanced> {
  const locators = [...hints, { label: NEXT_LABELS }];
  const find = () => {
    const b = findButton(ctx.doc, locators);
    return b && !isSaveButton(b) && !b.closest('[data-testid=serentak-panel]') ? b : undefined;
  };
  const shown = find();
  if (!shown) return { last: true };
  // a Next the page enables once its own validation of the step has run
  const button = isDisabled(shown) ? await waitFor(() => {
    const b = find();
    return b && !isDisabled(b) ? b : undefined;
  }, { timeout: 2000, signal: ctx.signal }) : shown;
  if (!button) return { opened: false, button: shown.textContent?.trim() || undefined };
  const before = new Set(pageAlerts(ctx.doc));
  const controls = visibleControls(ctx.doc);
  const markers = (ctx.platform.steps ?? []).map((_, i) => hintShows(ctx, i));
  press(button);
  const refusal = () => pageAlerts(ctx.doc).filter((el) => !before.has(el));
  const moved = () =>
    [...visibleControls(ctx.doc)].some((el) => !controls.has(el)) || (ctx.platform.steps ?? []).some((_, i) => !markers[i] && hintShows(ctx, i));
  const result = await waitFor(() => (moved() ? 'opened' : refusal().length ? 'refused' : undefined), { timeout: 5000, signal: ctx.signal });
  if (result === 'opened') return { opened: true };
  const pageSays = refusal().map((el) => el.textContent!.trim()).slice(0, 2).join('; ');
  return { opened: false, pageSays: pageSays || undefined, button: button.textContent?.trim() || undefined };
}

/** A Next (never a save) on screen now. */
function nextShown(ctx: ExecContext): boolean {
  const b = findButton(ctx.doc, [...(ctx.platform.steps ?? []).flatMap((h) => h.next ?? []), { label: NEXT_LABELS }]);
  return !!b && !isSaveButton(b) && !b.closest('[data-testid=serentak-panel]');
}

/** Save, submit and publish are never "Next", whatever a locator matched (STYLE: never press save). */
const SAVE_WORDS = /\b(simpan|kirim|ajukan|terbitkan|tampilkan|submit|save|publish)\b/i;
function isSaveButton(button: Element): boolean {
  const text = `${button.textContent ?? ''} ${button.getAttribute('aria-label') ?? ''} ${(button as HTMLInputElement).value ?? ''}`;
  return SAVE_WORDS.test(text) || (button as HTMLButtonElement).type === 'submit' && !NEXT_LABELS.some((l) => normaliseLabel(text).includes(normaliseLabel(l)));
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
  for (const s of plan) if (s.action === 'skip') add({ field: s.field, status: 'skipped', reason: s.reason });
  // Adapters' steps are hints (markers, Next buttons), not a step → fields table: every pending field
  // whose control shows now is filled, then the page's Next, until the last step or a refusal. A field
  // not met yet stays pending until the end (LKPP regroups its wizard between versions).
  const hints = platform.steps ?? [];
  const shownHint = () => hints.findIndex((_, i) => hintShows(ctx, i));
  // A wizard may be past its first steps (the seller finished a step the engine could not, then
  // pressed Isi formulir again): fields of the steps before the one on screen were passed.
  const firstShown = shownHint();
  const passedHint = (field: FieldKey) => {
    const at = hints.findIndex((h) => h.fields.includes(field));
    return firstShown > 0 && at >= 0 && at < firstShown;
  };
  const hooksRun = new Set<number>();
  let pending: PlanStep[] = plan.filter((s) => s.action === 'fill');
  let variantsFilled = false;
  // a category picked on a step before the one that shows its attribute section (Shopee's stage 1
  // suggestion cards, the brand mounted ~1 s after "Selanjutnya"): that section is awaited on the next step
  let sectionDue = false;
  for (let step = 0; step < MAX_STEPS && pending.length; step++) {
    if (step > 0) {
      const hintNext = hints[shownHint()]?.next ?? hints.flatMap((h) => h.next ?? []);
      const advanced = await advance(ctx, hintNext);
      if ('last' in advanced) break;
      if (!advanced.opened) {
        // the button as the page names it (an English page says "Next", not "Selanjutnya")
        const label = advanced.button ?? NEXT_LABELS[0]!;
        report.nextAction = advanced.pageSays
          ? {
              id: `Halaman meminta: "${advanced.pageSays}". Lengkapi, klik "${label}", lalu tekan Isi formulir lagi`,
              en: `The page asks: "${advanced.pageSays}". Complete it, click "${label}", then press Fill form again`,
            }
          : { id: `Klik "${label}" lalu tekan Isi formulir lagi`, en: `Click "${label}" then press Fill form again` };
        for (const s of pending) add({ field: s.field, status: 'failed', reason: reason.stageUnreached(label) });
        pending = [];
        break;
      }
    }
    // code an adapter runs when its step shows (values without a report key: e-Katalog's SNI)
    for (const [i, hint] of hints.entries()) {
      if (!hint.fill || hooksRun.has(i) || !hintShows(ctx, i)) continue;
      hooksRun.add(i);
      await hint.fill({ document: doc, listing, signal: options.signal }).catch(() => undefined);
    }
    // one settle window for the page, then passes over the fields; a field not found stays pending and
    // is looked for again only after a step mounted new controls (one overall bound on that waiting).
    // A later wizard step was already waited for by advance() (its controls showed): one render suffices.
    if (step === 0) await quiet(QUIET_MS, Math.min(SETTLE_MAX_MS, ctx.findTimeout), options.signal);
    else await settle();
    const filled: { step: FillStep; result: StepResult }[] = [];
    let open = pending;
    pending = [];
    let carried = step > 0 && sectionDue ? [...MOUNTS_AFTER_CATEGORY] : [];
    sectionDue = false;
    while (open.length) {
      const next: PlanStep[] = [];
      const expected = new Set<FieldKey>(carried);
      carried = [];
      let variantsPending = false;
      let remount = false;
      for (const planned of open) {
        if (planned.action === 'skip') continue;
        if (options.signal?.aborted) {
          add({ field: planned.field, status: 'failed', reason: reason.cancelled() });
          continue;
        }
        if (variantsFilled && (planned.field === 'price' || planned.field === 'stock')) {
          add({ field: planned.field, status: 'skipped', reason: reason.perVariant() });
          continue;
        }
        // after a category pick the rest waits for the re-mounted section (a value set in the old one
        // is lost); price and stock wait for a variant table still mounting (it replaces them)
        if (remount || (variantsPending && (planned.field === 'price' || planned.field === 'stock'))) {
          next.push(planned);
          continue;
        }
        const result = await executeStep(planned, ctx);
        if ('pending' in result) {
          next.push(planned);
          if (result.mounting) expected.add(planned.field);
          if (planned.field === 'variants') variantsPending = result.mounting;
          continue;
        }
        if (planned.field === 'category' && result.status === 'filled') {
          remount = true;
          sectionDue = true;
          for (const f of MOUNTS_AFTER_CATEGORY) expected.add(f);
        }
        if (planned.field === 'variants') variantsFilled = result.status === 'filled' || result.reason.id === reason.alreadyRight().id;
        if (result.status === 'filled') filled.push({ step: planned, result });
        add(result);
      }
      if (!next.length) break;
      const missing = (f: FieldKey) => next.some((s) => s.field === f && s.action === 'fill' && !stageFieldFound(ctx, s));
      const waitLeft = mountBound - mountWaited;
      const awaited = [...expected].some(missing);
      if (!remount && !awaited) {
        // not on this step: pending for the next one (or reported at the end)
        pending = next;
        break;
      }
      // wait (DOM-driven) for the section the step mounts, not for each missing field: the fields a
      // category pick or a switch brings, bounded once for the whole fill
      // A step with a Next of its own: the section may come on a later step (e-Katalog's brand), so
      // only the page's settle window, not the mount bound; what does not come stays pending.
      if (awaited && waitLeft > 0 && nextShown(ctx)) {
        await quiet(QUIET_MS, Math.min(SETTLE_MAX_MS, ctx.findTimeout), options.signal);
        if (![...expected].some((f) => next.some((s) => s.field === f && stageFieldFound(ctx, s))) && !remount) {
          pending = next;
          break;
        }
      } else if (awaited && waitLeft > 0) {
        const mounted = () => [...expected].some((f) => next.some((s) => s.field === f && stageFieldFound(ctx, s)));
        const t0 = Date.now();
        const came = await waitFor(mounted, { timeout: Math.min(waitLeft, ctx.findTimeout), signal: options.signal });
        mountWaited += Date.now() - t0;
        // the awaited section is there: one render for the rest of it, no quiet window on top
        if (came) await settle();
      }
      if (!awaited) await quiet(QUIET_MS, Math.min(SETTLE_MAX_MS, ctx.findTimeout), options.signal);
      open = next;
    }
    // read back after the last change of this step: "filled" only if the page still shows the value
    for (const { step: done, result } of filled) {
      if (!stillHolds(done, ctx, result.categoryPath)) {
        const line = report.fields.find((f) => f.field === done.field);
        if (line) Object.assign(line, { status: 'failed', reason: reason.notKept() });
      }
    }
    if (filled.length) emit();
  }
  // the last step: what was never met is a field this form lacks (or one the seller passed)
  for (const s of pending) add(passedHint(s.field) ? { field: s.field, status: 'skipped', reason: reason.stepPassed() } : missingResult(s.field, ctx));

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
