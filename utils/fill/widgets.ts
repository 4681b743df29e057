/**
 * One filler per widget kind: set the value, read it back, re-set once if the page's handler rewrote it,
 * and if it still does not hold, clear what was typed. Each returns an outcome; the runner turns it into
 * the report line.
 */
import type { Locator, PickerSpec } from '../platforms/define';
import { normaliseLabel } from '../platforms/labels';
import { editorText, isDisabled, isHidden, isReadOnly, press, valueOf } from './dom';
import { closePopups, exactly, openTrigger, pickOption, searchAndPick } from './choose';
import { findWith } from './find';
import { setInputValue, setRichText, setSelectByText } from './set';
import type { Outcome } from './types';
import { settle } from './wait';

export interface WidgetContext {
  doc: Document;
  signal?: AbortSignal;
  timeout: number;
}

/** Read a number the way the page shows it: "15.000", "15,000", "0,25", "Rp 15.000" → 15000 / 0.25. */
export function readNumber(text: string): number | undefined {
  const s = text.replace(/^(rp\.?|idr)\s*/i, '').replace(/[\s\u00a0]/g, '').replace(/(kg|g|gr|gram|cm|%)$/i, '');
  if (!s) return undefined;
  let n: number;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) n = Number(s.replace(/\./g, '').replace(',', '.'));
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) n = Number(s.replace(/,/g, ''));
  else n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

function locked(el: Element): Outcome | undefined {
  if (isDisabled(el)) return { status: 'locked', why: 'disabled' };
  if (isReadOnly(el)) return { status: 'locked', why: 'readOnly' };
  return undefined;
}

function isEditor(el: Element): boolean {
  return el.getAttribute('contenteditable') !== null && el.getAttribute('contenteditable') !== 'false';
}

const sameText = (a: string, b: string) =>
  a.replace(/\r\n/g, '\n').replace(/\s+$/g, '').trim() === b.replace(/\r\n/g, '\n').replace(/\s+$/g, '').trim();
const sameLines = (a: string, b: string) => {
  const lines = (t: string) => t.replace(/\u00a0/g, ' ').split('\n').map((l) => l.trim()).join('\n').trim();
  return lines(a) === lines(b);
};

/** Text, number, textarea and rich text: set, verify, re-set once, clear if it does not hold. */
export async function fillTyped(el: Element, text: string, matches: (current: string) => boolean): Promise<Outcome> {
  const lock = locked(el);
  const editor = isEditor(el);
  const read = () => (editor ? editorText(el) : valueOf(el));
  if (matches(read())) return { status: 'already' };
  if (lock) return lock;
  const write = (value: string) =>
    editor ? setRichText(el as HTMLElement, value) : setInputValue(el as HTMLInputElement, value);
  for (let attempt = 0; attempt < 2; attempt++) {
    write(text);
    await settle();
    if (matches(read())) return { status: 'filled', shown: text.length > 60 ? `${text.slice(0, 57)}…` : text };
  }
  // never leave a half-typed or rewritten value behind
  write('');
  await settle();
  return { status: 'failed', why: 'didNotStick' };
}

export function textMatcher(text: string, rich: boolean) {
  return (current: string) => (rich ? sameLines(current, text) : sameText(current, text));
}
export function numberMatcher(value: number) {
  return (current: string) => readNumber(current) === value;
}

/** What a select trigger shows now (its input's value or its text). */
function shownBy(el: Element): string {
  const view = el.ownerDocument.defaultView!;
  if (el instanceof view.HTMLInputElement) return el.value;
  // a native <select>'s text is every option run together; it shows only the chosen one
  if (el instanceof view.HTMLSelectElement) return el.selectedOptions[0]?.textContent ?? '';
  const input = el.querySelector('input:not([type=hidden])');
  const text = el.textContent ?? '';
  return input instanceof view.HTMLInputElement && input.value ? input.value : text;
}
/** Whether the trigger shows one of the labels (as its value, or as the text of a part of it). */
const shows = (el: Element, labels: readonly string[]) => {
  const wanted = labels.map(normaliseLabel);
  if (wanted.includes(normaliseLabel(shownBy(el)))) return true;
  return Array.from(el.querySelectorAll('*')).some((part) => wanted.includes(normaliseLabel(part.textContent ?? '')));
};

/** Custom dropdowns and searchable selects; native <select> through its own value. */
export async function fillChoice(el: Element, labels: string[], searchable: boolean, ctx: WidgetContext, picker?: PickerSpec): Promise<Outcome> {
  const view = ctx.doc.defaultView!;
  const matches = exactly(labels);
  if (el instanceof view.HTMLSelectElement) {
    if (matches(el.selectedOptions[0]?.textContent ?? '')) return { status: 'already' };
    const lock = locked(el);
    if (lock) return lock;
    const chosen = setSelectByText(el, matches);
    return chosen ? { status: 'filled', shown: chosen } : { status: 'failed', why: 'optionMissing', detail: labels[0] };
  }
  if (shows(el, labels)) return { status: 'already' };
  if (isDisabled(el)) return { status: 'locked', why: 'disabled' };
  let chosen: string | undefined;
  if (searchable) {
    chosen = await searchAndPick(ctx.doc, el, labels, matches, { picker, signal: ctx.signal, timeout: ctx.timeout });
  } else {
    await openTrigger(el);
    chosen = await pickOption(ctx.doc, matches, { picker, signal: ctx.signal, timeout: ctx.timeout, exclude: el });
  }
  if (!chosen) {
    closePopups(ctx.doc);
    return { status: 'failed', why: 'optionMissing', detail: labels[0] };
  }
  await settle();
  return { status: 'filled', shown: chosen };
}

/** The text that names one radio option. */
function radioText(input: Element): string {
  const labels = (input as HTMLInputElement).labels;
  const text =
    (labels && labels[0]?.textContent) ||
    input.closest('label')?.textContent ||
    input.getAttribute('aria-label') ||
    input.textContent ||
    input.parentElement?.textContent ||
    '';
  return text;
}

function isChecked(el: Element): boolean {
  return (el as HTMLInputElement).checked === true || el.getAttribute('aria-checked') === 'true';
}

/** Radio groups: click the option whose label matches. */
export async function fillRadio(row: Element, labels: string[]): Promise<Outcome> {
  const matches = exactly(labels);
  const radios = Array.from(row.querySelectorAll('input[type=radio],[role=radio]'));
  const target = radios.find((r) => matches(radioText(r)));
  if (!target) return { status: 'failed', why: 'optionMissing', detail: labels[0] };
  if (isChecked(target)) return { status: 'already' };
  const lock = locked(target);
  if (lock) return lock;
  // a hidden native radio is clicked through its visible label, as a person would
  const clickable = isHidden(target) ? (target.closest('label') ?? target.parentElement ?? target) : target;
  press(clickable);
  await settle();
  if (!isChecked(target)) {
    press(target);
    await settle();
  }
  return isChecked(target) ? { status: 'filled', shown: radioText(target).trim() } : { status: 'failed', why: 'didNotStick' };
}

/** Switches and checkboxes: read the state the way each library shows it. */
export function isOn(el: Element): boolean {
  if ((el as HTMLInputElement).type === 'checkbox') return (el as HTMLInputElement).checked;
  const aria = el.getAttribute('aria-checked') ?? el.getAttribute('aria-pressed');
  if (aria !== null) return aria === 'true';
  return /(^|[\s_-])(checked|open|on|active|is-checked)($|[\s])/.test(el.getAttribute('class') ?? '');
}

export async function fillToggle(el: Element, on: boolean): Promise<Outcome> {
  if (isOn(el) === on) return { status: 'already' };
  const lock = locked(el);
  if (lock) return lock;
  press(el);
  await settle();
  return isOn(el) === on ? { status: 'filled', shown: on ? 'Ya / Yes' : 'Tidak / No' } : { status: 'failed', why: 'didNotStick' };
}

/** A button by locators or by its visible text. */
export function findButton(doc: Document, locators: readonly Locator[]): Element | undefined {
  for (const l of locators) {
    if ('css' in l) {
      const el = Array.from(doc.querySelectorAll(l.css)).find((e) => !isHidden(e));
      if (el) return el;
    } else {
      const texts = 'label' in l ? l.label : 'aria' in l ? l.aria : l.placeholder;
      const matches = exactly(texts);
      const el = Array.from(doc.querySelectorAll('button,[role=button],a,input[type=submit],input[type=button]')).find(
        (b) => !isHidden(b) && (matches(b.textContent ?? '') || matches(b.getAttribute('aria-label') ?? '') || matches((b as HTMLInputElement).value ?? '')),
      );
      if (el) return el;
    }
  }
  return undefined;
}

export { findWith };
