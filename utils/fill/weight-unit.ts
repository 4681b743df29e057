/**
 * A weight given as a number plus a unit menu beside it (kg by default on many seller centres, e.g. a
 * "Berat (gram)" row that still offers kg/gram): set the menu to the unit the adapter fills in, or, when
 * the menu lacks that unit, to the other one and convert the number.
 */
import type { FieldSpec } from '../platforms/define';
import { normaliseLabel } from '../platforms/labels';
import { isHidden } from './dom';

export const UNIT_LABELS = { g: ['g', 'gr', 'gram', 'Gram (g)', 'gram (g)'], kg: ['kg', 'kilogram', 'Kilogram (kg)'] } as const;
const UNIT_WORDS = new Set([...UNIT_LABELS.g, ...UNIT_LABELS.kg].map(normaliseLabel));
const MENU = 'select,[role=combobox],[aria-haspopup=listbox]';

/** Whether a menu offers (a native select) or shows (a custom one) weight units only. */
function isUnitMenu(menu: Element): boolean {
  if (menu instanceof menu.ownerDocument.defaultView!.HTMLSelectElement) {
    const texts = Array.from(menu.options).map((o) => normaliseLabel(o.textContent ?? '')).filter(Boolean);
    return texts.length > 0 && texts.every((t) => UNIT_WORDS.has(t));
  }
  const shown = normaliseLabel((menu.querySelector('input') as HTMLInputElement | null)?.value || menu.textContent || '');
  return UNIT_WORDS.has(shown.replace(/[▾▼⌄]/g, '').trim());
}

/** The unit menu in the weight input's row (up to three levels up), if any. */
export function unitMenuNear(input: Element): Element | undefined {
  for (let up = input.parentElement, depth = 0; up && depth < 3; depth++, up = up.parentElement) {
    const menu = Array.from(up.querySelectorAll(MENU)).find((m) => m !== input && !m.contains(input) && !isHidden(m) && isUnitMenu(m));
    if (menu) return menu;
  }
  return undefined;
}

/** The number in the other unit (g ↔ kg), rounded to what a person would type. */
export function convertWeight(value: number, from: NonNullable<FieldSpec['unit']>): number {
  return from === 'g' ? Math.round(value) / 1000 : Math.round(value * 1000);
}
