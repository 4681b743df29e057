/**
 * Custom dropdowns, searchable selects, cascaders and category modals. Their options live in a portal at
 * the end of <body> and often load late, so every step opens with a person's click and waits (with the
 * one `waitFor`) for the option to appear. Options are matched by exact text, never "the first one".
 */
import type { PickerSpec } from '../platforms/define';
import { normaliseLabel } from '../platforms/labels';
import { innermost, isDisabled, isHidden, outermost, press } from './dom';
import { setInputValue } from './set';
import { settle, waitFor } from './wait';

const POPUP =
  '[role=listbox],[role=menu],[role=dialog],[role=tree],[class*=popup],[class*=dropdown],[class*=modal],[class*=Popup],[class*=Dropdown],[class*=Modal]';

export interface ChooseOptions {
  picker?: PickerSpec;
  timeout?: number;
  signal?: AbortSignal;
}

type Matcher = (text: string) => boolean;
export const exactly =
  (labels: readonly string[]): Matcher =>
  (text) =>
    labels.some((l) => normaliseLabel(l) === normaliseLabel(text));

/**
 * Where a dropdown's options can be: the adapter's popup selector, elements that say they are popups,
 * and every child of <body> that does not hold the form (portals are appended there, and hashed class
 * names on a drifted page say nothing).
 */
export function popups(doc: Document, trigger: Element | undefined, picker?: PickerSpec): Element[] {
  const found = new Set<Element>();
  if (picker?.popup) doc.querySelectorAll(picker.popup).forEach((el) => found.add(el));
  doc.querySelectorAll(POPUP).forEach((el) => found.add(el));
  for (const child of Array.from(doc.body.children)) {
    if (/^(SCRIPT|STYLE|LINK|TEMPLATE)$/.test(child.tagName)) continue;
    found.add(child);
  }
  return outermost(
    [...found].filter(
      (el) => !(trigger && el.contains(trigger)) && !el.closest('[data-testid=serentak-panel]') && !isHidden(el),
    ),
  );
}

/** Visible options whose own text passes `matches` (innermost: the <li>, not the list around it). */
export function visibleOptions(doc: Document, matches: Matcher, picker?: PickerSpec, trigger?: Element): Element[] {
  const hits: Element[] = [];
  for (const root of popups(doc, trigger, picker)) {
    const candidates = picker?.option ? root.querySelectorAll(picker.option) : root.querySelectorAll('*');
    for (const el of Array.from(candidates)) {
      if (/^(INPUT|TEXTAREA|SCRIPT|STYLE|BUTTON)$/.test(el.tagName)) continue;
      const text = el.textContent ?? '';
      if (text.length > 200 || !matches(text) || isHidden(el) || isDisabled(el)) continue;
      hits.push(el);
    }
  }
  return innermost(hits);
}

/** Open a dropdown trigger the way a person does. */
export async function openTrigger(trigger: Element): Promise<void> {
  press(trigger);
  await settle();
}

/** Pick one option by text from an open (or about to open) dropdown. Returns the chosen text. */
export async function pickOption(doc: Document, matches: Matcher, options: ChooseOptions & { exclude?: Element }): Promise<string | undefined> {
  const option = await waitFor(() => visibleOptions(doc, matches, options.picker, options.exclude)[0], {
    timeout: options.timeout ?? 3000,
    signal: options.signal,
  });
  if (!option) return undefined;
  const text = option.textContent?.trim();
  press(option);
  await settle();
  return text;
}

/** The search box of an open popup: the adapter's selector, an input in a popup, the trigger's own input. */
export function searchBox(doc: Document, trigger: Element, picker?: PickerSpec): HTMLInputElement | undefined {
  const view = doc.defaultView!;
  const usable = (el: Element | null | undefined): el is HTMLInputElement =>
    el instanceof view.HTMLInputElement && !el.readOnly && !isHidden(el) && /^(text|search|)$/.test(el.type);
  if (picker?.search) {
    const found = Array.from(doc.querySelectorAll(picker.search)).find(usable);
    if (found) return found;
  }
  for (const popup of popups(doc, trigger, picker).reverse()) {
    const input = Array.from(popup.querySelectorAll('input')).find(usable);
    if (input) return input;
  }
  if (usable(trigger)) return trigger;
  const inside = Array.from(trigger.querySelectorAll('input')).find(usable);
  if (inside) return inside;
  const active = doc.activeElement;
  return usable(active) ? active : undefined;
}

/**
 * A searchable select: open it once, take a matching option if the list already shows one (options load
 * late, so wait a little), else type each query in turn into the popup's search box.
 */
export async function searchAndPick(doc: Document, trigger: Element, queries: readonly string[], matches: Matcher, options: ChooseOptions): Promise<string | undefined> {
  await openTrigger(trigger);
  const listed = await waitFor(() => visibleOptions(doc, matches, options.picker, trigger)[0], { timeout: 1200, signal: options.signal });
  if (listed) return pickOption(doc, matches, { ...options, exclude: trigger });
  for (const query of queries) {
    const box = await waitFor(() => searchBox(doc, trigger, options.picker), { timeout: 500, signal: options.signal });
    if (!box) break;
    setInputValue(box, query);
    const chosen = await pickOption(doc, matches, { ...options, timeout: 1000, exclude: trigger });
    if (chosen) return chosen;
  }
  return undefined;
}

/** Close a popup left open (Escape, as a person would), so it cannot cover the next field. */
export function closePopups(doc: Document): void {
  const view = doc.defaultView!;
  const target = doc.activeElement ?? doc.body;
  target.dispatchEvent(new view.KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true }));
  target.dispatchEvent(new view.KeyboardEvent('keyup', { key: 'Escape', code: 'Escape', bubbles: true }));
}

/**
 * Walk a cascader or category modal level by level along a known path (the seller's earlier choice).
 * A list whose options are whole paths ("A > B > C", Blibli's category list) is taken in one pick.
 * Returns the path walked, or undefined when a level was missing.
 */
export async function walkPath(doc: Document, trigger: Element, path: readonly string[], options: ChooseOptions): Promise<string[] | undefined> {
  await openTrigger(trigger);
  const whole = exactly([' > ', ' / ', ' › '].map((sep) => path.join(sep)));
  const walked: string[] = [];
  for (const level of path) {
    const first = walked.length === 0 && path.length > 1;
    const text = await pickOption(doc, first ? (t) => exactly([level])(t) || whole(t) : exactly([level]), { ...options, exclude: trigger });
    if (!text) return undefined;
    if (first && whole(text)) return [...path];
    walked.push(level);
  }
  return walked;
}

/** What a search list shows when nothing matched (ends a wait early instead of timing out). */
const NO_RESULTS = ['Tidak ada data', 'Data tidak ditemukan', 'Tidak ditemukan', 'Tidak ada hasil', 'No data', 'No results', 'No results found', 'Not found'];

/**
 * Search the category by the product's own words through the page's search box, then take the result
 * that shares most of them (results read like "Makanan & Minuman > Makanan Ringan > Keripik").
 * Some boxes match the query as one substring (Blibli, Lazada), so a phrase of several words finds
 * nothing there: then each word is searched alone, longest (most specific) first.
 * Returns the chosen result's path.
 */
export async function searchCategory(doc: Document, trigger: Element, words: string, options: ChooseOptions): Promise<string[] | undefined> {
  await openTrigger(trigger);
  const box = await waitFor(() => searchBox(doc, trigger, options.picker), { timeout: 1500, signal: options.signal });
  if (!box) return undefined;
  const needles = normaliseLabel(words).split(' ').filter((w) => w.length > 1);
  const score = (text: string) => {
    const t = normaliseLabel(text);
    return needles.filter((w) => t.includes(w)).length;
  };
  const empty = exactly(NO_RESULTS);
  const best = () => {
    const hits = visibleOptions(doc, (t) => score(t) > 0, options.picker, trigger).filter((el) => !el.contains(box) && !box.contains(el));
    if (!hits.length) return visibleOptions(doc, empty, options.picker, trigger).length ? 'none' : undefined;
    // the page's own search already ranked its results: take the one that shares most of the seller's words
    return hits.reduce((b, el) => (score(el.textContent ?? '') > score(b.textContent ?? '') ? el : b));
  };
  const single = needles.length > 1 ? needles.filter((w) => w.length > 2 && !/^\d+$/.test(w)).sort((a, b) => b.length - a.length) : [];
  for (const [i, query] of [words, ...single].entries()) {
    if (i > 0 && !box.isConnected) break;
    setInputValue(box, query);
    const result = await waitFor(best, { timeout: i === 0 ? (options.timeout ?? 3000) : 1500, signal: options.signal });
    if (!result || result === 'none') continue;
    const text = result.textContent?.trim() ?? '';
    press(result);
    await settle();
    return text.split(/\s*(?:>|›|»|\/)\s*/).filter(Boolean);
  }
  return undefined;
}

/** Press a modal's confirm button once it is enabled (Shopee keeps it disabled until a leaf is chosen). */
export async function confirmIfAsked(doc: Document, find: () => Element | undefined, signal?: AbortSignal): Promise<boolean> {
  const button = await waitFor(() => {
    const b = find();
    return b && !isDisabled(b) ? b : undefined;
  }, { timeout: 1500, signal });
  if (!button) return false;
  press(button);
  await settle();
  return true;
}
