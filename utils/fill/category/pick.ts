/**
 * One category picker for every family on screen: open the trigger, find the popup that opened, walk
 * the columns level by level (matching each level by the seller's words, Bahasa and English, and the
 * words of the levels above them), waiting for a lazily loaded next column after each click, skipping
 * disabled entries; use the popup's search box when the path is not visible; press its confirm button
 * if it has one; then read back what the trigger shows. `filled` only when the page shows the leaf; a
 * level where nothing names the seller's category stops the pick: a "close enough" sibling is a wrong
 * category, worse than none.
 */
import type { PickerSpec } from '../../platforms/define';
import { normaliseLabel } from '../../platforms/labels';
import { bestLevelOption, exactOption, namesCategory, scoreOption, type CategoryWords } from '../../platforms/flows/category-words';
import { pathWords } from '../../platforms/flows/category-path-words';
import { closePopups, exactly, popups, searchBox } from '../choose';
import { isDisabled, isHidden, press, valueOf } from '../dom';
import { setInputValue } from '../set';
import type { Outcome } from '../types';
import { settle, waitFor } from '../wait';
import { awaitsEntries, columnsIn, inlineShows, isInlinePicker, PATH_SEPARATOR, type Item } from './columns';

/** A popup's own "done" button; Shopee keeps it disabled until a leaf is chosen. */
export const CONFIRM_LABELS = ['Konfirmasi', 'Pilih', 'Simpan', 'Terapkan', 'Gunakan', 'Confirm', 'OK', 'Ok', 'Select', 'Apply', 'Done', 'Selesai'];
const CANCEL_LABELS = ['Batal', 'Tutup', 'Cancel', 'Close'];
/** How long a leaf is given to open a next column anyway (no arrow said it would). */
const LEAF_GRACE_MS = 600;
const MAX_LEVELS = 6;

export interface CategoryWanted {
  /** the seller's words ("Makanan Ringan Keripik") */
  category: string;
  /** the product's name: its words break ties */
  name: string;
  /** the path chosen on this platform before, tried first level by level */
  path?: string[];
}

export interface CategoryContext {
  doc: Document;
  signal?: AbortSignal;
  timeout: number;
  picker?: PickerSpec;
  /** the trigger afresh, when the page re-rendered it after the pick */
  refind?: () => Element | undefined;
  /** the picker is drawn in the page (the trigger is the picker): nothing to open, confirm or close */
  inline?: boolean;
}

/**
 * What the trigger itself shows (an input's value, or its text). Never its row: Shopee lists suggested
 * paths beside the trigger, and a suggestion naming the leaf is not a category the page committed.
 */
function shownBy(trigger: Element): string {
  // a native <select>'s text is every option run together (the leaf among them): it shows its chosen one only
  const select = trigger.matches('select') ? (trigger as HTMLSelectElement) : trigger.querySelector('select');
  if (select) return select.selectedOptions[0]?.textContent ?? '';
  const input = trigger.querySelector('input');
  return [valueOf(trigger), input?.value ?? '', trigger.textContent ?? ''].join(' ');
}

const includesLeaf = (shown: string, leaf: string) => normaliseLabel(shown).includes(normaliseLabel(leaf));

function buttonIn(root: ParentNode, labels: readonly string[]): Element | undefined {
  const matches = exactly(labels);
  return Array.from(root.querySelectorAll('button,[role=button],input[type=button]')).find(
    (b) => !isHidden(b) && (matches(b.textContent ?? '') || matches((b as HTMLInputElement).value ?? '') || matches(b.getAttribute('aria-label') ?? '')),
  );
}

/** The picker that is open now: the newest popup holding entries or a search box, not the form. */
function openPicker(ctx: CategoryContext, trigger: Element, before: Set<Element>): Element | undefined {
  if (ctx.inline) return trigger;
  const open = popups(ctx.doc, trigger, ctx.picker).filter((p) => columnsIn(p).length > 0 || p.querySelector('input'));
  // only what the press opened: a menu or toast that was on screen before is not the picker
  return open.filter((p) => !before.has(p)).at(-1);
}

type Walked = { path: string[]; ok: true } | { ok: false; why: string };

/** The level's best entry: the remembered name, else the entry sharing most words (no tie, no disabled). */
function choose(column: Item[], level: number, wanted: CategoryWanted, words: CategoryWords): Item | undefined {
  const texts = column.map((i) => (i.disabled ? '' : i.text));
  const remembered = wanted.path?.[level];
  const exact = remembered ? exactOption(texts, remembered) : -1;
  if (exact >= 0) return column[exact];
  const best = bestLevelOption(texts, words);
  if (!('index' in best)) return undefined;
  const item = column[best.index]!;
  // an entry that only shares words of the levels above ("Kacang" for "Keripik" shares "makanan"?) and
  // draws no arrow while its neighbours do is a leaf of the wrong kind: never stop there
  const arrows = column.some((i) => i.opens);
  if (!namesCategory(item.text, words) && arrows && !item.opens) return undefined;
  return item;
}

const textsOf = (column: Item[] | undefined) => (column ?? []).map((i) => i.text).join('\n');

/** Walk the columns level by level. */
async function walk(ctx: CategoryContext, trigger: Element, before: Set<Element>, wanted: CategoryWanted, words: CategoryWords): Promise<Walked> {
  const path: string[] = [];
  for (let level = 0; level < MAX_LEVELS; level++) {
    const columns = await waitFor(() => {
      const root = openPicker(ctx, trigger, before);
      const cols = root && columnsIn(root);
      return cols && cols.length > level && cols[level]!.some((i) => !i.disabled) ? cols : undefined;
    }, { timeout: level === 0 ? ctx.timeout : 0, signal: ctx.signal });
    if (!columns) return level === 0 ? { ok: false, why: 'no entries' } : { ok: false, why: `level ${level + 1} did not open` };
    const column = columns[level]!;
    // a list of whole paths ("A > B > C"): one pick, the path that names the seller's category
    const whole = column.filter((i) => i.text.split(PATH_SEPARATOR).filter(Boolean).length > 1);
    if (level === 0 && whole.length >= Math.max(1, column.length / 2)) {
      const item = choose(whole, 0, { ...wanted, path: wanted.path && [wanted.path.join(' > ')] }, words);
      const parts = item?.text.split(PATH_SEPARATOR).filter(Boolean);
      if (!item || !parts || !namesCategory(parts.at(-1)!, words)) return { ok: false, why: 'no path names the category' };
      press(item.el);
      await settle();
      return { ok: true, path: parts };
    }
    const item = choose(column, level, wanted, words);
    if (!item) return { ok: false, why: `nothing at level ${level + 1} names "${wanted.category}"` };
    const remembered = wanted.path?.[level] !== undefined && normaliseLabel(wanted.path[level]!) === normaliseLabel(item.text);
    const named = remembered || namesCategory(item.text, words);
    const nextBefore = textsOf(columns[level + 1]);
    const confirmBefore = (() => {
      const root = openPicker(ctx, trigger, before);
      const b = root && buttonIn(root, CONFIRM_LABELS);
      return b ? isDisabled(b) : undefined;
    })();
    press(item.el);
    await settle();
    path.push(item.text);
    // lazy columns: the next level mounts a moment after the click; a leaf closes the popup or enables
    // the confirm button. An entry that named only the levels above must have a level below it.
    const grace = item.opens || !named ? ctx.timeout : LEAF_GRACE_MS;
    const after = await waitFor(() => {
      const root = openPicker(ctx, trigger, before);
      if (!root) return 'closed';
      const cols = columnsIn(root);
      if (cols.length > level + 1 && textsOf(cols[level + 1]) !== nextBefore && cols[level + 1]!.length) return 'next';
      const confirm = buttonIn(root, CONFIRM_LABELS);
      if (confirmBefore === true && confirm && !isDisabled(confirm) && !item.opens) return 'leaf';
      return undefined;
    }, { timeout: grace, signal: ctx.signal });
    if (after === 'next') continue;
    if (after === null) {
      // nothing changed: the column below may have been open already (the entry was chosen before)
      const root = openPicker(ctx, trigger, before);
      const cols = root ? columnsIn(root) : [];
      if (cols.length > level + 1 && cols[level + 1]!.length && (item.opens || !named)) continue;
    }
    return named ? { ok: true, path } : { ok: false, why: `"${item.text}" is not "${wanted.category}"` };
  }
  return { ok: false, why: 'too many levels' };
}

/** Search the popup's box: the category, its English words, then each word alone (longest first). */
async function search(ctx: CategoryContext, trigger: Element, before: Set<Element>, wanted: CategoryWanted, words: CategoryWords): Promise<Walked> {
  const box = searchBox(ctx.doc, trigger, ctx.picker);
  if (!box || isHidden(box)) return { ok: false, why: 'no search box' };
  const own = words.category.filter((w) => normaliseLabel(wanted.category).includes(w));
  const queries = [...new Set([wanted.path?.at(-1), wanted.category, ...words.category.filter((w) => !own.includes(w)), ...[...own].sort((a, b) => b.length - a.length)])].filter(
    (q): q is string => !!q && q.length > 1,
  );
  for (const query of queries) {
    setInputValue(box, query);
    await settle();
    const hit = await waitFor(() => {
      const root = openPicker(ctx, trigger, before);
      if (!root) return undefined;
      const results = columnsIn(root).flat().filter((i) => !i.disabled);
      const leafOf = (i: Item) => i.text.split(PATH_SEPARATOR).filter(Boolean).at(-1) ?? '';
      const naming = results.filter((i) => namesCategory(leafOf(i), words) || normaliseLabel(leafOf(i)) === normaliseLabel(wanted.path?.at(-1) ?? '\u0000'));
      if (!naming.length) return undefined;
      const scored = naming.map((i) => ({ i, score: scoreOption(i.text, words) })).sort((a, b) => b.score - a.score);
      // two results that name the category equally well: the seller must choose, never a guess
      if (scored[1] && scored[1].score === scored[0]!.score) return 'tie';
      return scored[0]!.i;
    }, { timeout: Math.min(ctx.timeout, 1500), signal: ctx.signal });
    if (!hit) continue;
    if (hit === 'tie') return { ok: false, why: 'two search results match equally' };
    const path = hit.text.split(PATH_SEPARATOR).filter(Boolean);
    press(hit.el);
    await settle();
    return { ok: true, path };
  }
  return { ok: false, why: 'the search found nothing that names the category' };
}

/** Leave nothing half-chosen: the popup's Cancel, else Escape as a person would. */
function cancel(ctx: CategoryContext, trigger: Element, before: Set<Element>): void {
  const root = openPicker(ctx, trigger, before);
  const button = root && buttonIn(root, CANCEL_LABELS);
  if (button) press(button);
  else closePopups(ctx.doc);
}

export async function pickCategory(trigger: Element, wanted: CategoryWanted, given: CategoryContext): Promise<Outcome> {
  const ctx: CategoryContext = { ...given, inline: isInlinePicker(trigger) || awaitsEntries(trigger) };
  if (ctx.inline) return pickInline(trigger, wanted, ctx);
  const last = wanted.path?.at(-1);
  if (last && includesLeaf(shownBy(trigger), last)) return { status: 'already' };
  if (isDisabled(trigger)) return { status: 'locked', why: 'disabled' };
  const words = pathWords(wanted);
  const before = new Set(popups(ctx.doc, trigger, ctx.picker));
  press(trigger);
  await settle();
  let result = await walk(ctx, trigger, before, wanted, words);
  if (!result.ok) {
    const searched = await search(ctx, trigger, before, wanted, words);
    if (searched.ok) result = searched;
  }
  if (!result.ok) {
    cancel(ctx, trigger, before);
    return { status: 'failed', why: 'categoryMissing', detail: wanted.category || wanted.name };
  }
  const leaf = result.path.at(-1)!;
  // a modal commits only through its own button (enabled once a leaf is chosen)
  const confirm = await waitFor(() => {
    const root = openPicker(ctx, trigger, before);
    const b = root && buttonIn(root, CONFIRM_LABELS);
    return b && !isDisabled(b) ? b : undefined;
  }, { timeout: openPicker(ctx, trigger, before) ? 1500 : 0, signal: ctx.signal });
  if (confirm) {
    press(confirm);
    await settle();
  }
  // read back: the page's own trigger must show the leaf (a pick the page did not take is not filled)
  const current = () => (trigger.isConnected ? trigger : ctx.refind?.());
  const shown = await waitFor(() => {
    const t = current();
    return t && !t.contains(openPicker(ctx, trigger, before) ?? null) && includesLeaf(shownBy(t), leaf) ? true : undefined;
  }, { timeout: ctx.timeout, signal: ctx.signal });
  if (!shown) {
    if (openPicker(ctx, trigger, before)) cancel(ctx, trigger, before);
    const t = current();
    const seen = t ? (valueOf(t) || t.textContent || '').trim().slice(0, 80) : '';
    return { status: 'failed', why: 'categoryNotKept', detail: `${result.path.join(' > ')}|${seen}` };
  }
  if (openPicker(ctx, trigger, before)) closePopups(ctx.doc);
  return { status: 'filled', shown: result.path.join(' > '), categoryPath: result.path };
}

/**
 * A picker drawn in the page (Blibli's step 1: columns C1 → C2 → C3, "Lanjut" enabled on a leaf): walk
 * its columns in place, then read back that the page marks the leaf chosen (pressed/selected).
 */
async function pickInline(picker: Element, wanted: CategoryWanted, ctx: CategoryContext): Promise<Outcome> {
  const last = wanted.path?.at(-1);
  if (last && inlineShows(picker, last)) return { status: 'already' };
  const words = pathWords(wanted);
  const result = await walk(ctx, picker, new Set(), wanted, words);
  if (!result.ok) return { status: 'failed', why: 'categoryMissing', detail: wanted.category || wanted.name };
  const leaf = result.path.at(-1)!;
  const shown = await waitFor(() => (inlineShows(picker, leaf) ? true : undefined), { timeout: ctx.timeout, signal: ctx.signal });
  if (!shown) return { status: 'failed', why: 'categoryNotKept', detail: `${result.path.join(' > ')}|` };
  return { status: 'filled', shown: result.path.join(' > '), categoryPath: result.path };
}
