// One report per press of "Isi formulir": a new press replaces it, late progress from an older press
// is ignored, and a finished report never goes back to "running".
import { describe, expect, it } from 'vitest';
import { createPanelStore } from '@/components/panel/panel-store';
import type { FillReport } from '@/utils/fill/types';

const report = (runId: string, state: FillReport['state'], filled: number): FillReport => ({
  runId,
  platform: 'shopee',
  state,
  startedAt: 1,
  fields: [
    { field: 'name', status: 'filled', reason: { id: 'Terisi', en: 'Filled' } },
    { field: 'price', status: 'filled', reason: { id: 'Terisi', en: 'Filled' } },
  ].slice(0, filled) as FillReport['fields'],
});

describe('panel fill runs', () => {
  it.each([
    { name: 'progress of the current run shows', steps: [report('a', 'running', 1)], expected: { runId: 'a', state: 'running', fields: 1 } },
    { name: 'the final report replaces progress', steps: [report('a', 'running', 1), report('a', 'done', 2)], expected: { runId: 'a', state: 'done', fields: 2 } },
    { name: 'progress after the final report is ignored', steps: [report('a', 'done', 2), report('a', 'running', 1)], expected: { runId: 'a', state: 'done', fields: 2 } },
    { name: 'another run’s report is ignored', steps: [report('old', 'done', 2)], expected: { runId: 'a', state: 'running', fields: 0 } },
  ])('$name', ({ steps, expected }) => {
    const store = createPanelStore('shopee');
    store.getState().startRun('a');
    for (const step of steps) store.getState().acceptReport(step);
    const shown = store.getState().report!;
    expect({ runId: shown.runId, state: shown.state, fields: shown.fields.length }).toEqual(expected);
  });

  it('a second press replaces the first report, and the first run can no longer write to it', () => {
    const store = createPanelStore('shopee');
    store.getState().startRun('first');
    store.getState().acceptReport(report('first', 'done', 2));
    store.getState().startRun('second');
    expect(store.getState().report).toMatchObject({ runId: 'second', state: 'running', fields: [] });
    store.getState().acceptReport(report('first', 'done', 2));
    expect(store.getState().report).toMatchObject({ runId: 'second', state: 'running', fields: [] });
  });

  it('a run the page could not start ends done, with the reason kept', () => {
    const store = createPanelStore('shopee');
    store.getState().startRun('a');
    store.getState().failRun('a', { id: 'Halaman tidak menjawab', en: 'The page did not answer' });
    expect(store.getState().report?.state).toBe('done');
    expect(store.getState().runError?.id).toBe('Halaman tidak menjawab');
  });
});

describe('picking a product', () => {
  const keripik = { sku: 'KRP-01', name: 'Keripik Singkong Balado 250 g', price: 15000, stock: 120, variants: 0 };
  const kusuka = { sku: 'KSK-05', name: 'Kusuka Keripik Singkong 180 g', price: 12500, stock: 48, variants: 0 };

  it('the list is open until a pick, then folds to the chosen product', () => {
    const store = createPanelStore('shopee');
    expect(store.getState().choosing).toBe(true);
    expect(store.getState().chosen).toBeUndefined();
    store.getState().choose(keripik);
    expect(store.getState()).toMatchObject({ choosing: false, chosen: keripik });
  });

  it('"Ganti produk" opens the list again and keeps the chosen product until another pick', () => {
    const store = createPanelStore('shopee');
    store.getState().choose(keripik);
    store.getState().changeProduct();
    expect(store.getState()).toMatchObject({ choosing: true, chosen: keripik });
    store.getState().choose(kusuka);
    expect(store.getState()).toMatchObject({ choosing: false, chosen: kusuka });
  });

  it.each([
    { name: 'another product, report done: the old report goes', second: 'KSK-05', state: 'done' as const, kept: false },
    { name: 'the same product again: its report stays', second: 'KRP-01', state: 'done' as const, kept: true },
    { name: 'another product while a fill runs: the running report stays', second: 'KSK-05', state: 'running' as const, kept: true },
  ])('$name', ({ second, state, kept }) => {
    const store = createPanelStore('shopee');
    store.getState().choose(keripik);
    store.getState().startRun('a');
    store.getState().acceptReport(report('a', state, 2));
    store.getState().choose(second === keripik.sku ? keripik : kusuka);
    expect(store.getState().report !== undefined).toBe(kept);
  });
});
