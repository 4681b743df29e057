/**
 * The scoring classifier over small form snippets, Bahasa and English: each row says which control
 * (by id) a field must land on, or that it must stay empty / ambiguous. Decoys must lose.
 */
import { describe, expect, test } from 'vitest';
import { findField } from '../../../utils/fill/find';
import type { FieldSpec } from '../../../utils/platforms/define';
import type { FieldKey } from '../../../utils/fill/types';
import { bestCandidate } from '../../../utils/fill/resemble';
import { planFill } from '../../../utils/fill/plan';
import { getPlatform } from '../../../utils/platforms/registry';
import { runStep } from './step';
import { keripik } from './practice-form';

/** A form item as most seller centres draw one: label block, then the control block. */
const item = (label: string, control: string) =>
  `<div class="item"><div class="item-label">${label}<span>*</span></div><div class="item-control">${control}</div></div>`;
const input = (id: string, extra = '') => `<input id="${id}" type="text" ${extra}>`;
const suffix = (id: string, unit: string) => `<div class="affix">${input(id, 'inputmode="numeric"')}<span>${unit}</span></div>`;
const prefix = (id: string, unit: string) => `<div class="affix"><span>${unit}</span>${input(id, 'inputmode="numeric"')}</div>`;

const numberSpec: FieldSpec = { find: [], kind: 'number' };
const textSpec: FieldSpec = { find: [], kind: 'text' };
const specFor = (field: FieldKey): FieldSpec => (field === 'sku' || field === 'name' ? textSpec : numberSpec);

// page → field → expected control id (null = nothing found, 'ambiguous' = two close candidates)
const CASES: [string, string, FieldKey, string | null][] = [
  // id: labels the old tables did not know
  ['stok sebagai Kuantitas', item('Kuantitas', input('q')) + item('Harga', prefix('p', 'Rp')), 'stock', 'q'],
  ['min. order panjang', item('Jumlah pembelian minimum', input('m')) + item('Stok', input('s')), 'minOrder', 'm'],
  ['min. order panjang: stok tetap di Stok', item('Jumlah pembelian minimum', input('m')) + item('Stok', input('s')), 'stock', 's'],
  ['SKU seller', item('SKU seller', input('k')) + item('Nama Produk', input('n')), 'sku', 'k'],
  ['No. Produk (SKU)', item('No. Produk (SKU)', input('k')), 'sku', 'k'],
  ['Berat (gram)', item('Berat (gram)', input('w')) + item('Stok', input('s')), 'weight', 'w'],
  ['Bobot dengan satuan', item('Bobot', suffix('w', 'gram')), 'weight', 'w'],
  ['Merk', item('Merk', input('b')), 'brand', 'b'],
  // en
  ['Seller SKU', item('Seller SKU', input('k')) + item('Product Name', input('n')), 'sku', 'k'],
  ['Quantity', item('Quantity', input('q')), 'stock', 'q'],
  ['Selling price beside a promo price', item('Promo price', prefix('d', 'Rp')) + item('Selling price', prefix('p', 'Rp')), 'price', 'p'],
  ['Minimum order', item('Minimum order', input('m')) + item('Stock', input('s')), 'minOrder', 'm'],
  ['Weight (kg) with a unit suffix', item('Weight (kg)', suffix('w', 'kg')) + item('Length', suffix('l', 'cm')), 'weight', 'w'],
  ['Berat Paket beside Berat volumetrik', item('Berat Paket', suffix('w', 'gram')) + item('Berat volumetrik', suffix('v', 'gram')), 'weight', 'w'],
  ['Min. pembelian', item('Min. pembelian', input('m')), 'minOrder', 'm'],
  ['Seller SKU under a section', `<section><h2>Sales information</h2>${item('Seller SKU', input('k'))}${item('Stock', input('s'))}</section>`, 'sku', 'k'],
  ['SKU Penjual (id)', item('SKU Penjual', input('k')) + item('GTIN / Barcode', input('g')), 'sku', 'k'],
  ['Barcode is not the SKU', item('Kode Barcode (GTIN)', input('g')), 'sku', null],
  ['Harga (Rp) beside Harga Promo', item('Harga Promo', prefix('d', 'Rp')) + item('Harga (Rp)', input('p')), 'price', 'p'],
  ['Harga with a kg suffix is no price', item('Ongkos kirim per kg', suffix('d', 'kg')), 'price', null],
  // decoys that must lose
  ['Harga Coret is not the price', item('Harga Coret', prefix('d', 'Rp')) + item('Harga', prefix('p', 'Rp')), 'price', 'p'],
  ['Harga Grosir alone is no price', item('Harga Grosir', prefix('d', 'Rp')), 'price', null],
  ['Wholesale price alone is no price', item('Wholesale price', prefix('d', 'Rp')), 'price', null],
  ['Stok Minimum is not the stock', item('Stok Minimum', input('d')) + item('Stok', input('s')), 'stock', 's'],
  ['Minimum stock alone is no stock', item('Minimum stock', input('d')), 'stock', null],
  ['peringatan stok is no stock', item('Batas peringatan stok', input('d')), 'stock', null],
  ['Berat volumetrik is not the weight', item('Berat volumetrik', suffix('d', 'gram')) + item('Berat Paket', suffix('w', 'gram')), 'weight', 'w'],
  ['Sertifikat TKDN no. is not the TKDN value', item('No. Sertifikat TKDN', input('d')) + item('Nilai TKDN (%)', suffix('t', '%')), 'tkdn', 't'],
  ['BMP is not TKDN', item('Nilai BMP', input('d')), 'tkdn', null],
  ['weight in cm is no weight', item('Ukuran', suffix('d', 'cm')), 'weight', null],
  // never guessed
  ['two Harga rows', item('Harga', input('a')) + item('Harga', input('b')), 'price', 'ambiguous'],
  ['two Stock rows', item('Stock', input('a')) + item('Quantity', input('b')), 'stock', 'ambiguous'],
];

describe('classifier: field → control', () => {
  test.each(CASES)('%s', (_name, html, field, expected) => {
    document.body.innerHTML = `<form>${html}</form>`;
    const result = findField(document, field, specFor(field));
    if (expected === null) expect(result).toEqual({ missing: true });
    else if (expected === 'ambiguous') expect(result).toHaveProperty('ambiguous');
    else {
      expect('found' in result && result.found.element.id).toBe(expected);
      expect('found' in result && result.found.matchedBy).toMatch(/classifier|label|placeholder/);
    }
  });
});

describe('signals besides the label', () => {
  test('placeholder, name and aria-label each find the field', () => {
    document.body.innerHTML = `<div>${input('a', 'placeholder="Masukkan kuantitas"')}</div><div>${input('b', 'name="product_weight"')}<span>kg</span></div><div>${input('c', 'aria-label="Seller SKU"')}</div>`;
    expect(findField(document, 'stock', numberSpec)).toMatchObject({ found: { element: { id: 'a' } } });
    expect(findField(document, 'weight', numberSpec)).toMatchObject({ found: { element: { id: 'b' } } });
    expect(findField(document, 'sku', textSpec)).toMatchObject({ found: { element: { id: 'c' } } });
  });

  test('a for= label and a wrapping label name their input', () => {
    document.body.innerHTML = `<label for="x">Bobot</label><div><div>${input('x')}</div></div><label>Kuantitas ${input('y')}</label>`;
    expect(findField(document, 'weight', numberSpec)).toMatchObject({ found: { element: { id: 'x' } } });
    expect(findField(document, 'stock', numberSpec)).toMatchObject({ found: { element: { id: 'y' } } });
  });

  test('a control another field reads more strongly is not taken (one control, one field)', () => {
    document.body.innerHTML = item('Jumlah pembelian minimum', input('m'));
    expect(findField(document, 'stock', numberSpec)).toEqual({ missing: true });
  });

  test('a control already won by another field of the fill is left out', () => {
    document.body.innerHTML = item('Kuantitas', input('q'));
    const taken = new Set([document.getElementById('q')!]);
    expect(findField(document, 'stock', numberSpec, taken)).toEqual({ missing: true });
  });

  test('an adapter css hint beats a label', () => {
    document.body.innerHTML = item('Stok', input('s')) + item('Lainnya', input('o', 'data-qa="stock"'));
    const result = findField(document, 'stock', { find: [{ css: '[data-qa=stock]' }], kind: 'number' });
    expect(result).toMatchObject({ found: { element: { id: 'o' }, matchedBy: 'stable attribute [data-qa=stock]' } });
  });
});

describe('dimensions in one row', () => {
  const parts = { length: [], width: [], height: [] };
  test('three unlabeled inputs after one "P x L x T" label', () => {
    document.body.innerHTML = item('Berat', input('w')) + item('Dimensi Paket (P x L x T)', `<div id="row">${suffix('l', 'cm')}${suffix('wd', 'cm')}${suffix('h', 'cm')}</div>`);
    const result = findField(document, 'dimensions', { find: [], kind: 'number', parts });
    expect('found' in result && result.found.element.querySelectorAll('input').length).toBe(3);
  });
  test('English "Package size (L x W x H)"', () => {
    document.body.innerHTML = item('Package size (L x W x H)', `${input('l')}${input('wd')}${input('h')}`);
    expect(findField(document, 'dimensions', { find: [], kind: 'number', parts })).toHaveProperty('found');
  });
  test('Panjang, Lebar, Tinggi each in a row of their own, beside the weight', () => {
    document.body.innerHTML = `<section>${item('Berat', suffix('w', 'gram'))}${item('Panjang', suffix('l', 'cm'))}${item('Lebar', suffix('wd', 'cm'))}${item('Tinggi', suffix('h', 'cm'))}</section>`;
    const result = findField(document, 'dimensions', { find: [], kind: 'number', parts });
    const row = 'found' in result ? result.found.element : undefined;
    expect(row && ['l', 'wd', 'h'].every((id) => row.contains(document.getElementById(id)))).toBe(true);
  });
  test('Berat volumetrik with three inputs is not the dimensions', () => {
    document.body.innerHTML = item('Berat volumetrik', `${input('l')}${input('wd')}${input('h')}`);
    expect(findField(document, 'dimensions', { find: [], kind: 'number', parts })).toEqual({ missing: true });
  });
});

test('a low-but-present candidate is named for the report, never skipped', () => {
  // no label says "price", but the input's name does: too little to fill, enough to point at
  document.body.innerHTML = item('Nilai', input('v', 'name="item_price"')) + item('Catatan', input('n'));
  expect(findField(document, 'price', numberSpec)).toEqual({ missing: true });
  expect(bestCandidate(document, 'price', numberSpec)).toMatchObject({ element: { id: 'v' }, label: 'Nilai' });
});

describe('dimensions filled through the row the classifier found', () => {
  const fill = async (html: string) => {
    document.body.innerHTML = html;
    const platform = getPlatform('blibli');
    const listing = { ...keripik, platform: 'blibli' as const, dimensionsCm: { length: 20, width: 15, height: 5 } };
    const step = planFill(platform, listing).find((s) => s.field === 'dimensions')!;
    if (step.action !== 'fill') throw new Error(`dimensions planned as ${step.action}`);
    const result = await runStep(step, { doc: document, platform, listing, timeout: 500, findTimeout: 200 });
    return { result, values: ['l', 'wd', 'h'].map((id) => (document.getElementById(id) as HTMLInputElement).value) };
  };
  test('one "P x L x T" label over three bare inputs: by position', async () => {
    const { result, values } = await fill(item('Dimensi Paket (P x L x T)', `${suffix('l', 'cm')}${suffix('wd', 'cm')}${suffix('h', 'cm')}`));
    expect(result).toMatchObject({ status: 'filled' });
    expect(values).toEqual(['20', '15', '5']);
  });
  test('an "Ukuran Paket" row whose inputs say their part only in a placeholder ("Panjang (cm)"), in another order', async () => {
    const part = (id: string, ph: string) => `<div class="affix">${input(id, `placeholder="${ph}" inputmode="numeric"`)}<span>cm</span></div>`;
    const { result, values } = await fill(item('Ukuran Paket', `${part('h', 'Tinggi (cm)')}${part('l', 'Panjang (cm)')}${part('wd', 'Lebar (cm)')}`) + item('Catatan', input('n')));
    expect(result).toMatchObject({ status: 'filled' });
    expect(values).toEqual(['20', '15', '5']);
  });
  test('three rows of their own, in another order: by their labels', async () => {
    const { result, values } = await fill(`<section>${item('Berat', suffix('w', 'gram'))}${item('Tinggi', suffix('h', 'cm'))}${item('Panjang', suffix('l', 'cm'))}${item('Lebar', suffix('wd', 'cm'))}</section>`);
    expect(result).toMatchObject({ status: 'filled' });
    expect(values).toEqual(['20', '15', '5']);
  });
});
