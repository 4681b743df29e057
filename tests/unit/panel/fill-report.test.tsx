// The report a seller reads after "Isi formulir": the counts first, in words, then one row per field
// with its status and the reason in the seller's language (the rows that need the seller first), a
// "Tunjukkan" per row, and `done` only once the engine has finished.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { FillReportView } from '@/components/panel/FillReport';
import { panelText, type Language } from '@/components/panel/text';
import type { FillReport } from '@/utils/fill/types';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const REPORT: FillReport = {
  runId: 'r1',
  platform: 'shopee',
  state: 'done',
  startedAt: 1,
  finishedAt: 2,
  fields: [
    { field: 'name', status: 'filled', reason: { id: 'Terisi', en: 'Filled' }, matchedBy: "label 'Nama Produk'" },
    { field: 'price', status: 'filled', reason: { id: 'Terisi: Rp15.000', en: 'Filled: Rp15,000' } },
    { field: 'sku', status: 'failed', reason: { id: 'Kolom SKU tidak ditemukan', en: 'No SKU field found' } },
    { field: 'preorder', status: 'skipped', reason: { id: 'Produk siap stok', en: 'Ready stock' } },
  ],
};

let root: Root | undefined;
function render(report: FillReport, language: Language, onShow = vi.fn()) {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  root = createRoot(host);
  act(() => root!.render(<FillReportView report={report} onShow={onShow} text={panelText(language)} />));
  return host;
}
afterEach(() => act(() => root?.unmount()));

describe('fill report', () => {
  it.each([
    ['id', { name: 'Terisi', price: 'Terisi: Rp15.000', sku: 'Kolom SKU tidak ditemukan', preorder: 'Produk siap stok' }, ['2 terisi', '1 perlu Anda', '1 dilewati']],
    ['en', { name: 'Filled', price: 'Filled: Rp15,000', sku: 'No SKU field found', preorder: 'Ready stock' }, ['2 filled', '1 needs you', '1 skipped']],
  ] as const)('in %s: counts first, then one row per field with its status and reason, failed first', (language, reasons, counts) => {
    const host = render(REPORT, language);
    const rows = [...host.querySelectorAll('[data-field][data-status]')];
    expect(rows.map((r) => [r.getAttribute('data-field'), r.getAttribute('data-status')])).toEqual([
      ['sku', 'failed'],
      ['name', 'filled'],
      ['price', 'filled'],
      ['preorder', 'skipped'],
    ]);
    for (const row of rows) expect(row.querySelector('.reason')!.textContent).toBe(reasons[row.getAttribute('data-field') as keyof typeof reasons]);
    expect(host.querySelector('[data-testid="fill-report"]')!.getAttribute('data-state')).toBe('done');
    expect([...host.querySelectorAll('[data-testid="report-count"]')].map((c) => c.textContent)).toEqual(counts);
  });

  it('in English, "need you" agrees with its number', () => {
    const twoFailed = { ...REPORT, fields: REPORT.fields.map((f) => ({ ...f, status: 'failed' as const })) };
    const host = render(twoFailed, 'en');
    expect(host.querySelector('[data-count-status="failed"]')!.textContent).toBe('4 need you');
    expect(host.querySelector('[data-count-status="filled"]')!.textContent).toBe('0 filled');
  });

  it('while running, says so and is not done', () => {
    const host = render({ ...REPORT, state: 'running', fields: REPORT.fields.slice(0, 1) }, 'id');
    expect(host.querySelector('[data-testid="fill-report"]')!.getAttribute('data-state')).toBe('running');
    expect(host.querySelector('[role="status"]')!.textContent).toBe('Sedang mengisi formulir…');
  });

  it('"Tunjukkan" asks for that field, and says which field to a screen reader', () => {
    const onShow = vi.fn();
    const host = render(REPORT, 'id', onShow);
    const button = host.querySelector<HTMLButtonElement>('[data-field="price"] button')!;
    expect(button.textContent).toBe('Tunjukkan');
    expect(button.getAttribute('aria-label')).toBe('Tunjukkan Harga di halaman');
    act(() => button.click());
    expect(onShow).toHaveBeenCalledWith('price');
  });
});
