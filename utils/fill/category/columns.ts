/**
 * Reading an open category picker by what is on screen, whatever its family: a cascader whose columns
 * are menus (TikTok's Arco `[role=menuitem]`), a modal with side-by-side columns ("C1/C2/C3", "Level
 * 1..3"), a modal list of whole paths, a list of search results. An item is the innermost element with
 * words that looks like a list entry; a column is the smallest container holding its sibling items;
 * columns are read left to right (document order).
 */
import { normaliseLabel } from '../../platforms/labels';
import { isDisabled, isHidden, innermost } from '../dom';

const ITEM =
  'label,[role=menuitem],[role=option],[role=treeitem],[role=radio],li,[class*=item],[class*=Item],[class*=option],[class*=Option],[class*=node],[class*=Node],[class*=cell]';

/** Texts that join the levels of a whole path in one entry ("A > B > C", "A / B / C"). */
export const PATH_SEPARATOR = /\s*(?:>|›|»|\/)\s*/;

export interface Item {
  el: Element;
  text: string;
  disabled: boolean;
  /** the entry says it opens a next level (an arrow, aria-haspopup/expanded) */
  opens: boolean;
}

const hasWords = (text: string) => /\p{L}{2,}/u.test(text);
/** A column still loading says so in words; it is no entry. */
const LOADING = /^(memuat|loading)/i;
const NOT_ENTRY = /^(INPUT|TEXTAREA|BUTTON|SELECT|LABEL|H[1-6]|SCRIPT|STYLE|OPTION)$/;

/**
 * Entries by shape alone, for a picker whose classes say nothing (hashed) and that has no roles: rows
 * of text that repeat under one parent with the same tag (a list drawn with <div>s).
 */
function repeatedRows(root: Element): Element[] {
  const rows = new Set<Element>();
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (NOT_ENTRY.test(el.tagName) || el.closest('button')) continue;
    const own = Array.from(el.childNodes).filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '').join('').trim();
    if (!hasWords(own) || own.length > 120 || LOADING.test(own) || isHidden(el)) continue;
    let row = el;
    while (row.parentElement && row.parentElement !== root && row.parentElement.children.length === 1) row = row.parentElement;
    rows.add(row);
  }
  return [...rows].filter((row) => {
    const siblings = Array.from(row.parentElement?.children ?? []).filter((c) => c !== row && c.tagName === row.tagName && rows.has(c));
    return siblings.length > 0;
  });
}

/** A disabled entry: the item or a wrapper of it inside its column says so (`.disabled-node`, aria). */
function disabledWithin(el: Element, column: Element): boolean {
  for (let node: Element | null = el; node && node !== column; node = node.parentElement) {
    if (isDisabled(node)) return true;
  }
  return false;
}

/** An arrow or an expander drawn beside the entry's words, or aria saying it opens a submenu. */
function opensNext(el: Element, column: Element): boolean {
  for (let node: Element | null = el; node && node !== column; node = node.parentElement) {
    if (node.getAttribute('aria-haspopup') === 'true' || node.hasAttribute('aria-expanded')) return true;
    const text = (node.textContent ?? '').trim();
    if (/[›>»▸▶]$/.test(text) || node.querySelector('svg,[class*=arrow],[class*=Arrow],[class*=expand],[class*=icon-right]')) return true;
  }
  return false;
}

/**
 * The one button a list entry is drawn as (Blibli's category columns: `<li><button>Keripik ›</button>`):
 * that button is the entry, clicked itself (a click on the <li> would never reach the button's listener).
 */
function entryButton(el: Element): Element | undefined {
  if (el.querySelector('input,textarea')) return undefined;
  const buttons = el.querySelectorAll('button,[role=button]');
  if (buttons.length !== 1) return undefined;
  return (buttons[0]!.textContent ?? '').trim() === (el.textContent ?? '').trim() ? buttons[0] : undefined;
}

/** The entries of a picker, grouped in columns, left to right. */
export function columnsIn(root: Element): Item[][] {
  const found = Array.from(root.querySelectorAll(ITEM)).flatMap((el) => {
    if (/^(INPUT|TEXTAREA|BUTTON|SELECT|UL|OL)$/.test(el.tagName)) return [];
    // a suggestion card is a <label> around its radio (Shopee's recommended categories): clicking it
    // checks the radio; any other label, or an entry holding a text field, is no entry
    if (el.tagName === 'LABEL' ? el.querySelectorAll('input:not([type=radio])').length || !el.querySelector('input[type=radio]') : el.querySelector('input,textarea')) return [];
    const button = el.querySelector('button') ? entryButton(el) : el;
    const text = (el.textContent ?? '').trim();
    return button && text.length <= 120 && hasWords(text) && !isHidden(el) ? [button] : [];
  });
  const items = innermost(found).filter((el) => !LOADING.test((el.textContent ?? '').trim()));
  if (!items.length) items.push(...repeatedRows(root));
  const groups = new Map<Element, Element[]>();
  for (const el of items) {
    // the smallest container that holds another entry: that is this entry's column (a lone entry's
    // column climbs to the picker, which still keeps it apart from the other columns' lists)
    let column: Element = el.parentElement ?? root;
    while (column !== root && !items.some((other) => other !== el && column.contains(other))) column = column.parentElement ?? root;
    if (!groups.has(column)) groups.set(column, []);
    groups.get(column)!.push(el);
  }
  return [...groups.entries()]
    .sort(([, a], [, b]) => (a[0]!.compareDocumentPosition(b[0]!) & 4 ? -1 : 1))
    .map(([column, els]) =>
      els.map((el) => {
        // the entry's own words, without the arrow drawn after them
        const text = (el.textContent ?? '').trim().replace(/\s*[›>»▸▶]$/, '');
        // the words themselves are clicked: the click bubbles to the row's own listener
        return { el, text, disabled: disabledWithin(el, column), opens: opensNext(el, column) };
      }),
    );
}


/**
 * A picker drawn in the page itself rather than opened from a trigger (Blibli's first step: columns
 * C1 → C2 → C3 of buttons under a group labelled "Kategori"): a container, no control of its own, whose
 * entries stand in one or more lists.
 */
export function isInlinePicker(el: Element): boolean {
  if (/^(INPUT|TEXTAREA|SELECT|BUTTON|OPTION)$/.test(el.tagName) || el.matches('[role=button],[role=combobox]')) return false;
  const entries = columnsIn(el).flat();
  return entries.length >= 2 && entries.every((i) => !i.el.matches('input'));
}

/**
 * A list still waiting for its entries (recommendation cards that follow the name being typed): a
 * group, radiogroup or list with no control inside yet. Its entries are waited for, as a popup's are.
 */
export function awaitsEntries(el: Element): boolean {
  return el.matches('[role=group],[role=radiogroup],[role=list],ul,ol') && !el.querySelector('input,select,textarea,button,[role=button],[role=combobox]');
}

/** Whether an entry shows that it is the chosen one (pressed, selected, checked, or styled so). */
export function markedChosen(el: Element): boolean {
  for (let node: Element | null = el, depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    if ((node as HTMLInputElement).checked === true || node.querySelector(':scope > input:checked')) return true;
    if (['aria-pressed', 'aria-selected', 'aria-checked', 'aria-current'].some((a) => ['true', 'step', 'page'].includes(node!.getAttribute(a) ?? ''))) return true;
    if (/(^|[-_\s])(selected|active|checked|chosen)($|[-_\s])/i.test(node.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/** The leaf an inline picker marks as chosen (its text lists every entry, so the text alone proves nothing). */
export const inlineShows = (picker: Element, leaf: string) =>
  columnsIn(picker).some((column) =>
    column.some((i) => markedChosen(i.el) && normaliseLabel(i.text.split(PATH_SEPARATOR).filter(Boolean).at(-1) ?? '') === normaliseLabel(leaf)),
  );
