/**
 * Reading a variation editor the way a seller reads it: option groups (a name input and option inputs
 * each), the buttons that open them, and the combination table. Rows are recognised by the option
 * labels they show and cells by their column headers, so a table whose rows come in another order, or
 * whose first column is merged across rows (`rowspan`, as Shopee draws it), still lines up.
 */
import type { Locator, VariantGridSpec } from '../platforms/define';
import { normaliseLabel } from '../platforms/labels';
import { isHidden, valueOf } from './dom';
import { controlsIn } from './find';

export type Row = Element[];

/** Button texts often start with "+" ("+ Aktifkan Variasi"); a seller reads past it. */
const buttonText = (text: string) => normaliseLabel(text).replace(/^\+\s*/, '');

/** Same rule as the find stage: exact, or a long enough start ("Masukkan pilihan, contoh: Merah"). */
function placeholderMatches(value: string, wanted: readonly string[]): boolean {
  const v = normaliseLabel(value);
  return wanted.some((w) => {
    const want = normaliseLabel(w);
    return v === want || (want.length >= 8 && v.startsWith(want));
  });
}

/** Visible text inputs inside `root` that a locator names, in page order (first locator that finds any wins). */
export function inputsMatching(root: Element, locators: readonly Locator[]): HTMLInputElement[] {
  for (const l of locators) {
    let found: Element[] = [];
    if ('css' in l) found = Array.from(root.querySelectorAll(l.css)).flatMap((el) => (el.matches('input') ? [el] : controlsIn(el, 'text')));
    else if ('placeholder' in l) found = Array.from(root.querySelectorAll('input[placeholder]')).filter((el) => placeholderMatches(el.getAttribute('placeholder') ?? '', l.placeholder));
    else if ('aria' in l) found = Array.from(root.querySelectorAll('input[aria-label]')).filter((el) => placeholderMatches(el.getAttribute('aria-label') ?? '', l.aria));
    found = found.filter((el) => !isHidden(el));
    if (found.length) return found as HTMLInputElement[];
  }
  return [];
}

/** A visible button inside `root` by css, label or aria text. */
export function buttonIn(root: Element, locators: readonly Locator[]): Element | undefined {
  for (const l of locators) {
    if ('css' in l) {
      const el = Array.from(root.querySelectorAll(l.css)).find((e) => !isHidden(e));
      if (el) return el;
      continue;
    }
    const wanted = ('label' in l ? l.label : 'aria' in l ? l.aria : l.placeholder).map(buttonText);
    const el = Array.from(root.querySelectorAll('button,[role=button]')).find(
      (b) => !isHidden(b) && (wanted.includes(buttonText(b.textContent ?? '')) || wanted.includes(buttonText(b.getAttribute('aria-label') ?? ''))),
    );
    if (el) return el;
  }
  return undefined;
}

export interface Group {
  name: HTMLInputElement;
  options: HTMLInputElement[];
}

/** The option groups open on the page, in order. */
export function groupsIn(section: Element, grid: VariantGridSpec): Group[] {
  const names = inputsMatching(section, grid.groupName);
  return names.map((name) => {
    let box: Element | null = grid.group ? name.closest(grid.group) : null;
    if (!box || !section.contains(box)) {
      // the largest container around this name input that holds no other group's name input
      box = name;
      for (let up = box.parentElement; up && up !== section && !names.some((n) => n !== name && up!.contains(n)); up = up.parentElement) box = up;
    }
    return { name, options: inputsMatching(box, grid.option) };
  });
}

/** Table rows as cell lists, with cells merged across rows (`rowspan`) repeated in each row they cover. */
export function tableRows(section: Element, grid: VariantGridSpec): Row[] {
  const carried: { cell: Element; left: number }[] = [];
  return Array.from(section.querySelectorAll(grid.rows ?? 'tbody tr'))
    .filter((row) => !isHidden(row))
    .map((row) => {
      const cells: Row = [];
      let col = 0;
      const takeCarried = () => {
        while (carried[col] && carried[col]!.left > 0) {
          carried[col]!.left--;
          cells[col] = carried[col]!.cell;
          col++;
        }
      };
      for (const cell of Array.from(row.children)) {
        takeCarried();
        cells[col] = cell;
        carried[col] = { cell, left: Math.max(1, Number(cell.getAttribute('rowspan')) || 1) - 1 };
        col++;
      }
      takeCarried();
      return cells;
    });
}

/** Column index of the first header reading as one of `labels`, or -1. */
export function columnOf(section: Element, grid: VariantGridSpec, labels: readonly string[]): number {
  const wanted = labels.map(normaliseLabel);
  const headers = Array.from(section.querySelectorAll(grid.header ?? 'thead th'));
  return headers.findIndex((h) => wanted.includes(normaliseLabel(h.textContent ?? '')));
}

/** Whether a cell shows an option label: as its text, the text of a part of it, or an input's value. */
function shows(cell: Element | undefined, value: string): boolean {
  if (!cell) return false;
  const want = normaliseLabel(value);
  if (normaliseLabel(cell.textContent ?? '') === want) return true;
  return Array.from(cell.querySelectorAll('*')).some(
    (part) => normaliseLabel(part.matches('input') ? valueOf(part) : (part.textContent ?? '')) === want,
  );
}

/**
 * The row of one combination: every option column shows that combination's label. Option columns are
 * found by the group names in the header; a header that does not name them falls back to the group's
 * position (tables put option columns first). Two rows claiming one combination count as none.
 */
export function rowFor(section: Element, grid: VariantGridSpec, groupNames: string[], options: Record<string, string>): Row | undefined {
  const cols = groupNames.map((name, g) => {
    const byHeader = columnOf(section, grid, [name]);
    return byHeader >= 0 ? byHeader : g;
  });
  const hits = tableRows(section, grid).filter((cells) => groupNames.every((name, g) => shows(cells[cols[g]!], options[name] ?? '')));
  return hits.length === 1 ? hits[0] : undefined;
}

/** The input a seller types into in one cell. */
export function cellInput(cell: Element | undefined): HTMLInputElement | undefined {
  return cell ? (controlsIn(cell, 'text')[0] as HTMLInputElement | undefined) : undefined;
}
