/** A whole fill over a small two-stage form: what the seller's report shows and what the page committed. */
import { afterEach, describe, expect, test } from 'vitest';
import { runFill } from '../../../utils/fill/run';
import type { FillReport, Listing } from '../../../utils/fill/types';
import { keripik, practiceForm, practicePlatform } from './practice-form';

afterEach(() => {
  document.body.replaceChildren();
  history.replaceState({}, '', '/');
});

const statusOf = (report: FillReport) => Object.fromEntries(report.fields.map((f) => [f.field, f.status]));

describe('runFill over a two-stage form', () => {
  test('stage 1, the page\'s own Next, stage 2 as it mounts; the report runs then ends done; save is never pressed', async () => {
    const form = practiceForm();
    const progress: FillReport[] = [];
    const report = await runFill(practicePlatform, keripik, { onProgress: (r) => progress.push(r), timeout: 1000 });

    expect(form.model).toEqual({
      name: keripik.name, description: keripik.description, price: '15000', stock: '40', weight: '250', sku: keripik.sku,
    });
    expect(form.pressed).toEqual(['next']);
    expect(statusOf(report)).toMatchObject({
      name: 'filled', description: 'filled', price: 'filled', stock: 'filled', weight: 'filled', sku: 'filled',
      brand: 'skipped', category: 'skipped', photos: 'skipped', variants: 'skipped',
    });
    expect(report.fields.find((f) => f.field === 'brand')?.reason.id).toBe('Marketplace ini tidak punya kolom ini');
    // running while it grows, done exactly once and last
    expect(progress[0]).toMatchObject({ state: 'running', fields: [] });
    expect(progress.filter((r) => r.state === 'done')).toHaveLength(1);
    expect(progress.at(-1)).toEqual(report);
    const sizes = progress.filter((r) => r.state === 'running').map((r) => r.fields.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(report.state).toBe('done');
    expect(report.submitted).toBeUndefined();
  });

  test('filling twice gives the same result: the second fill leaves every right value alone', async () => {
    const form = practiceForm();
    const first = await runFill(practicePlatform, keripik, { timeout: 1000 });
    const model = { ...form.model };
    const commits = form.commits.length;
    const second = await runFill(practicePlatform, keripik, { timeout: 1000 });
    expect(form.model).toEqual(model);
    expect(form.commits).toHaveLength(commits);
    expect(form.pressed).toEqual(['next']); // stage 2 is already open: Next is not pressed again
    for (const line of first.fields.filter((f) => f.status === 'filled')) {
      expect(second.fields.find((f) => f.field === line.field)).toMatchObject({ status: 'skipped', reason: { en: 'Already holds the right value' } });
    }
  });

  test('when Next does not open stage 2, the report says what to click and fills nothing there', async () => {
    const form = practiceForm({ nextOpens: false });
    const report = await runFill(practicePlatform, keripik, { timeout: 300 });
    expect(form.model).toEqual({ name: keripik.name });
    expect(report.nextAction).toEqual({ id: 'Klik "Berikutnya" lalu tekan Isi formulir lagi', en: 'Click "Berikutnya" then press Fill form again' });
    expect(report.fields.find((f) => f.field === 'price')).toMatchObject({ status: 'failed', reason: { id: expect.stringContaining('Berikutnya') } });
    expect(report.state).toBe('done');
  }, 15_000); // the runner gives a stage 5 s to open, whatever the field timeout

  test('a product with variants on a form without a variant table: base price and total stock, variants left to the seller', async () => {
    const form = practiceForm();
    const kaos: Listing = {
      ...keripik,
      price: 65000,
      stock: 21,
      variants: {
        options: [{ name: 'Warna', values: ['Merah', 'Hitam'] }],
        items: [
          { sku: 'K-MRH', options: { Warna: 'Merah' }, price: 65000, stock: 10 },
          { sku: 'K-HTM', options: { Warna: 'Hitam' }, price: 66000, stock: 11 },
        ],
      },
    };
    const report = await runFill(practicePlatform, kaos, { timeout: 1000 });
    expect(form.model).toMatchObject({ price: '65000', stock: '21' });
    expect(report.fields.find((f) => f.field === 'variants')).toMatchObject({
      status: 'skipped',
      reason: { id: expect.stringContaining('Isi varian secara manual di Toko Latihan') },
    });
  });
});

describe('saving: only when asked, and only after a good fill', () => {
  test('auto-submit presses save once and reads the new listing\'s edit URL back', async () => {
    const form = practiceForm();
    const report = await runFill(practicePlatform, keripik, { autoSubmit: true, timeout: 1000 });
    expect(form.pressed).toEqual(['next', 'save']);
    expect(report).toMatchObject({ submitted: true, externalId: '778899', listingUrl: expect.stringMatching(/\/portal\/product\/778899$/) });
  });

  test('auto-submit does not press save when a core field failed', async () => {
    const form = practiceForm({ rejectPrice: true });
    const report = await runFill(practicePlatform, keripik, { autoSubmit: true, timeout: 1000 });
    expect(report.fields.find((f) => f.field === 'price')?.status).toBe('failed');
    expect(form.pressed).toEqual(['next']);
    expect(report.submitted).toBeUndefined();
  });
});
