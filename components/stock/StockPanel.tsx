/**
 * Stock in step across shops, on the dashboard as it opens (DESIGN.md): sync now, push automatically,
 * the safety buffer, the scheduled check, then conflicts, pushes and history. The background does the
 * work; this only writes settings, sends requests and shows what storage holds.
 */
import { lazy, Suspense, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { useTranslation } from 'react-i18next';
import type { StockRequest } from '@/utils/stock/requests';
import { StockConflicts } from './StockConflicts';
import { StockCsvUpdate } from './StockCsvUpdate';
import { StockHistory } from './StockHistory';
import { StockLoginNotice } from './StockLoginNotice';
import { StockStatusList } from './StockStatusList';
import { useStockSettings } from './use-stock';
import './stock.css';

// The grid library is loaded only when the seller opens the grid: the dashboard opens without it.
const StockGrid = lazy(() => import('./StockGrid').then((m) => ({ default: m.StockGrid })));

const wholeOr = (value: string, fallback: number, max: number) => {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) && n >= 0 ? Math.min(n, max) : fallback;
};

/** A labelled whole number 0…max (the buffer, the check interval); anything else typed keeps 0. */
function WholeNumberField(props: { label: string; hint: string; testId: string; max: number; value: number; onChange: (n: number) => void }) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} title={props.hint}>
        {props.label}
      </label>
      <input
        id={id}
        className="stock-number"
        type="number"
        min={0}
        max={props.max}
        inputMode="numeric"
        data-testid={props.testId}
        value={props.value}
        onChange={(e) => props.onChange(wholeOr(e.currentTarget.value, 0, props.max))}
      />
    </>
  );
}

export function StockPanel() {
  const { t } = useTranslation();
  const [settings, change] = useStockSettings();
  const titleId = useId();
  const [gridOpen, setGridOpen] = useState(false);
  const syncNow = () => void browser.runtime.sendMessage({ type: 'stock-sync-now' } satisfies StockRequest);
  return (
    <section className="stock-panel" aria-labelledby={titleId}>
      <div className="stock-panel-heading">
        <h2 id={titleId}>{t('stock.title')}</h2>
        <p className="muted">{t('stock.hint')}</p>
      </div>
      <div className="stock-controls">
        <button type="button" className="btn btn-primary btn-small" data-testid="stock-sync" onClick={syncNow}>
          {t('stock.syncNow')}
        </button>
        <label className="stock-check">
          <input type="checkbox" data-testid="stock-auto" checked={settings.auto} onChange={(e) => change({ ...settings, auto: e.currentTarget.checked })} />
          {t('stock.auto')}
        </label>
        <WholeNumberField
          label={t('stock.buffer')}
          hint={t('stock.bufferHint')}
          testId="stock-buffer"
          max={999}
          value={settings.buffer}
          onChange={(buffer) => change({ ...settings, buffer })}
        />
        <WholeNumberField
          label={t('stock.checkEvery')}
          hint={t('stock.checkHint')}
          testId="stock-check-minutes"
          max={1440}
          value={settings.checkEveryMinutes}
          onChange={(checkEveryMinutes) => change({ ...settings, checkEveryMinutes })}
        />
        {/* On the same wrapping line as the controls: the strip sits above every section, and at 800×600
            it must leave "Tambah produk" in view. */}
        <div className="stock-bulk">
          <button type="button" className="btn btn-small" data-testid="stock-grid-open" aria-expanded={gridOpen} onClick={() => setGridOpen((open) => !open)}>
            {t('stock.grid.open')}
          </button>
          <StockCsvUpdate />
        </div>
      </div>
      {gridOpen && (
        <Suspense fallback={<p role="status">{t('stock.grid.loading')}</p>}>
          <StockGrid onClose={() => setGridOpen(false)} />
        </Suspense>
      )}
      <StockLoginNotice />
      <StockConflicts />
      <div className="stock-columns">
        <StockStatusList />
        <StockHistory />
      </div>
    </section>
  );
}
