/**
 * A wizard that shows one step at a time and validates each "Selanjutnya" (e-Katalog): the fill goes
 * step by step, passes a step with nothing to report (found by its marker), stops where the page asks
 * for something the catalogue has no value for — saying what the page asked — and on the next press
 * goes on from the step the page shows.
 */
import { afterEach, expect, test } from 'vitest';
import { runFill } from '../../../utils/fill/run';
import type { FillReport, Listing } from '../../../utils/fill/types';
import { definePlatform, type Fields } from '../../../utils/platforms/define';
import { FIELD_KEYS } from '../../../utils/fill/types';

afterEach(() => document.body.replaceChildren());

/** Four steps: name · KBKI + a required PPN radio · SNI (optional, no report key) · price. */
function wizard() {
  const model: Record<string, string> = {};
  let step = 0;
  const body = document.createElement('div');
  document.body.append(body);
  const input = (label: string, key: string) => {
    const row = document.createElement('div');
    row.innerHTML = `<label>${label}</label><input>`;
    const el = row.querySelector('input')!;
    el.value = model[key] ?? '';
    el.addEventListener('input', () => (model[key] = el.value));
    return row;
  };
  const ppn = () => {
    const row = document.createElement('div');
    row.innerHTML = '<label>Dikenakan PPN</label><label><input type="radio" name="ppn">Ya</label><label><input type="radio" name="ppn">Tidak</label>';
    row.querySelectorAll('input').forEach((r, i) => r.addEventListener('click', () => (model.ppn = i ? 'tidak' : 'ya')));
    return row;
  };
  const steps = [
    () => [input('Nama Produk', 'name')],
    () => [input('Kode KBKI', 'kbki'), ppn()],
    () => [input('Nomor SNI', 'sni')],
    () => [input('Harga', 'price')],
  ];
  const paint = () => {
    const next = document.createElement('button');
    next.textContent = 'Selanjutnya';
    next.addEventListener('click', () => {
      if (step === 1 && !model.ppn) {
        const alert = document.createElement('div');
        alert.setAttribute('role', 'alert');
        alert.textContent = 'Pilih status PPN';
        body.append(alert);
        return;
      }
      step++;
      paint();
    });
    body.replaceChildren(...steps[step]!(), ...(step < steps.length - 1 ? [next] : []));
  };
  paint();
  return { model, step: () => step, choosePpn: () => (body.querySelector('input[type=radio]') as HTMLInputElement).click(), next: () => body.querySelector('button')!.click() };
}

const fields = Object.fromEntries(FIELD_KEYS.map((k) => [k, 'unsupported'])) as Fields;
const platform = definePlatform({
  id: 'ekatalog',
  label: 'Wizard',
  hosts: [],
  pages: { add: [], edit: [], list: [] },
  detect: { addTexts: [] },
  limits: { nameMax: 255, photosMin: 0, photosMax: 9, priceMin: 1, priceMax: 1e10, stockMax: 1e7, descriptionMax: 1e4, variantGroupsMax: 2, variantItemsMax: 100, weightUnit: 'g', weightRequired: false },
  steps: [
    { fields: ['name'] },
    { fields: ['kbki'], marker: ['Kode KBKI'] },
    {
      fields: [],
      marker: ['Nomor SNI'],
      fill: async ({ document: doc, listing }) => {
        const el = doc.querySelector('input') as HTMLInputElement;
        el.value = listing.ekatalog?.sni ?? '';
        el.dispatchEvent(new Event('input'));
      },
    },
    { fields: ['price'] },
  ],
  fields: {
    ...fields,
    name: { find: [], kind: 'text' },
    kbki: { find: [], kind: 'text' },
    price: { find: [], kind: 'number' },
  },
  save: { button: [{ label: ['Kirim'] }], successTexts: [] },
});

const listing: Listing = {
  platform: 'ekatalog', sku: 'KRP-1', name: 'Keripik Singkong Balado 250 gr', description: '', price: 15000, stock: 40,
  condition: 'new', category: '', photos: [], minOrder: 1, ekatalog: { kbki: '21319', sni: 'SNI 01-4305-1996' },
};
const lines = (r: FillReport) => Object.fromEntries(r.fields.filter((f) => ['name', 'kbki', 'price'].includes(f.field)).map((f) => [f.field, `${f.status}: ${f.reason.en}`]));

test.each([
  {
    press: 'first press: the page refuses step 2 (PPN has no value in the catalogue)',
    seller: undefined,
    expected: {
      lines: { name: 'filled: Filled: Keripik Singkong Balado 250 gr', kbki: 'filled: Filled: 21319', price: 'failed: The next step did not open; click "Selanjutnya" and fill again' },
      nextAction: 'The page asks: "Pilih status PPN". Complete it, click "Selanjutnya", then press Fill form again',
      model: { name: 'Keripik Singkong Balado 250 gr', kbki: '21319' },
      step: 1,
    },
  },
  {
    press: 'second press after the seller chose PPN and went on: earlier steps passed, SNI and price filled',
    seller: (w: ReturnType<typeof wizard>) => (w.choosePpn(), w.next()),
    expected: {
      lines: {
        name: 'skipped: This step was already passed; go back with "Previous" to check it',
        kbki: 'skipped: This step was already passed; go back with "Previous" to check it',
        price: 'filled: Filled: 15000',
      },
      nextAction: undefined,
      model: { name: 'Keripik Singkong Balado 250 gr', kbki: '21319', ppn: 'ya', sni: 'SNI 01-4305-1996', price: '15000' },
      step: 3,
    },
  },
])('$press', async ({ seller, expected }) => {
  const w = wizard();
  let report = await runFill(platform, listing, { timeout: 300 });
  if (seller) {
    seller(w);
    report = await runFill(platform, listing, { timeout: 300 });
  }
  expect(lines(report)).toEqual(expected.lines);
  expect(report.nextAction?.en).toBe(expected.nextAction);
  expect(w.model).toEqual(expected.model);
  expect(w.step()).toBe(expected.step);
});
