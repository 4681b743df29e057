/**
 * A wizard walked by what is on screen: the fields are grouped differently from the adapter's step
 * hints, the page's one primary button says "Selanjutnya" until the last step, where it says "Simpan".
 * Every field is filled on whatever step shows it; the button is pressed as Next and never as Save.
 */
import { afterEach, expect, test } from 'vitest';
import { runFill } from '../../../utils/fill/run';
import { definePlatform } from '../../../utils/platforms/define';
import type { FillReport } from '../../../utils/fill/types';
import { keripik, practicePlatform } from './practice-form';

afterEach(() => document.body.replaceChildren());

const row = (label: string, key: string) => `<div class="row"><label>${label}</label><input data-field="${key}"></div>`;

/** Steps of [label, key] rows; only the current one is drawn; the primary button goes on or saves. */
function wizard(steps: [string, string][][]) {
  const state = { model: {} as Record<string, string>, pressed: [] as string[] };
  document.body.innerHTML = '<h1>Tambah Produk Baru</h1><main id="step"></main><footer><button type="button" id="primary"></button></footer>';
  let at = 0;
  const paint = () => {
    document.getElementById('step')!.innerHTML = steps[at]!.map(([label, key]) => row(label, key)).join('');
    document.getElementById('primary')!.textContent = at === steps.length - 1 ? 'Simpan' : 'Selanjutnya';
  };
  document.body.addEventListener('input', (e) => {
    const el = e.target as HTMLInputElement;
    if (el.dataset.field) state.model[el.dataset.field] = el.value;
  });
  document.getElementById('primary')!.addEventListener('click', () => {
    if (at === steps.length - 1) {
      state.pressed.push('save');
      return;
    }
    state.pressed.push('next');
    at++;
    setTimeout(paint, 20);
  });
  paint();
  return state;
}

// the adapter's hints say name alone, then the rest; the page groups them otherwise
const platform = definePlatform({
  ...practicePlatform,
  steps: [{ fields: ['name'], next: [{ css: '#primary' }] }, { fields: ['price', 'stock', 'weight', 'sku'] }],
  fields: {
    ...practicePlatform.fields,
    description: 'unsupported',
    variants: 'unsupported',
    sku: { find: [{ label: ['SKU Induk'] }], kind: 'text' },
  },
});

const statusOf = (report: FillReport) => Object.fromEntries(report.fields.map((f) => [f.field, f.status]));

test.each([
  ['one step', [[['Nama Produk', 'name'], ['Harga', 'price'], ['Stok', 'stock'], ['Berat', 'weight'], ['SKU Induk', 'sku']]], []],
  ['two steps, name with price', [[['Nama Produk', 'name'], ['Harga', 'price']], [['Stok', 'stock'], ['Berat', 'weight'], ['SKU Induk', 'sku']]], ['next']],
  ['four steps', [[['Harga', 'price']], [['Nama Produk', 'name']], [['Stok', 'stock'], ['Berat', 'weight']], [['SKU Induk', 'sku']]], ['next', 'next', 'next']],
] as [string, [string, string][][], string[]][])('%s: every field filled, Next pressed, Save never', async (_why, steps, presses) => {
  const page = wizard(steps);
  const report = await runFill(platform, keripik, { timeout: 1000 });
  expect(page.model).toEqual({ name: keripik.name, price: '15000', stock: '40', weight: '250', sku: keripik.sku });
  expect(page.pressed).toEqual(presses);
  expect(statusOf(report)).toMatchObject({ name: 'filled', price: 'filled', stock: 'filled', weight: 'filled', sku: 'filled' });
});

test('a field no step shows stays pending to the last step, then is reported, never guessed', async () => {
  const page = wizard([[['Nama Produk', 'name'], ['Harga', 'price']], [['Stok', 'stock'], ['Berat', 'weight']]]);
  const report = await runFill(platform, keripik, { timeout: 1000 });
  expect(page.pressed).toEqual(['next']);
  expect(page.model).toEqual({ name: keripik.name, price: '15000', stock: '40', weight: '250' });
  expect(statusOf(report).sku).not.toBe('filled');
});

test('a Next the page refuses with an error line (no role): said at once, later steps reported unreached', async () => {
  const page = wizard([[['Nama Produk', 'name'], ['Kode Wajib', 'required']], [['Harga', 'price'], ['Stok', 'stock'], ['Berat', 'weight'], ['SKU Induk', 'sku']]]);
  // the page's own validation: a field the listing has no value for blocks the step
  const primary = document.getElementById('primary')!;
  primary.addEventListener('click', (e) => {
    if (page.model.required) return;
    e.stopImmediatePropagation();
    document.getElementById('step')!.insertAdjacentHTML('beforeend', '<div class="invalid-feedback">Kode Wajib harus diisi</div>');
  }, { capture: true });
  const started = Date.now();
  const report = await runFill(platform, keripik, { timeout: 1000 });
  expect(Date.now() - started).toBeLessThan(2500);
  expect(page.pressed).toEqual([]);
  expect(page.model).toEqual({ name: keripik.name });
  expect(report.nextAction?.id).toContain('Kode Wajib harus diisi');
  expect(statusOf(report)).toMatchObject({ name: 'filled', price: 'failed', stock: 'failed', weight: 'failed', sku: 'failed' });
});
