/**
 * A weight given as a number plus a unit menu that starts on kg: the menu is set to the adapter's unit
 * (grams on Blibli), or, when it offers only kg, the number is converted. The read-back compares the
 * number actually typed.
 */
import { expect, test } from 'vitest';
import { planFill } from '../../../utils/fill/plan';
import { getPlatform } from '../../../utils/platforms/registry';
import { runStep } from './step';
import { keripik } from './practice-form';

const row = (menu: string) =>
  `<div class="item"><div class="label">Berat (gram)</div><div class="control"><input id="w" type="text" inputmode="numeric">${menu}</div></div>`;

test.each([
  { page: 'kg/gram menu starting on kg → gram chosen, grams typed', menu: '<select id="u"><option>kg</option><option>gram</option></select>', value: '1250', unit: 'gram' },
  { page: 'a menu with kg only → 1250 g typed as 1.25', menu: '<select id="u"><option>kg</option></select>', value: '1.25', unit: 'kg' },
  { page: 'no menu → grams as the adapter says', menu: '', value: '1250', unit: undefined },
])('$page', async ({ menu, value, unit }) => {
  document.body.innerHTML = row(menu);
  const platform = getPlatform('blibli');
  const listing = { ...keripik, platform: 'blibli' as const, weightGrams: 1250 };
  const step = planFill(platform, listing).find((s) => s.field === 'weight')!;
  if (step.action !== 'fill') throw new Error(`weight planned as ${step.action}`);
  const result = await runStep(step, { doc: document, platform, listing, timeout: 500, findTimeout: 200 });
  expect(result).toMatchObject({ status: 'filled' });
  expect((document.getElementById('w') as HTMLInputElement).value).toBe(value);
  const select = document.getElementById('u') as HTMLSelectElement | null;
  expect(select?.selectedOptions[0]?.textContent).toBe(unit);
});
