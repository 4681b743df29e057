/** `stock-history`: every change of the catalogue's stock with where and why, newest first, as CSV too. */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { StoredStockEvent } from '@/utils/stock/store';
import { PLATFORM_NAMES } from '../settings/platform-names';
import { downloadBlob } from '../import-export/download';
import { useStockHistory } from './use-stock';

/** The latest ones on screen; the CSV holds everything kept. */
const SHOWN = 50;

function sourceText(source: string, t: TFunction): string {
  const [kind, platform] = source.split(':') as [string, keyof typeof PLATFORM_NAMES | undefined];
  return t(`stock.sources.${kind}`, { platform: platform ? (PLATFORM_NAMES[platform] ?? platform) : '' });
}

async function exportCsv(events: readonly StoredStockEvent[]): Promise<void> {
  const { historyCsv, historyFileName } = await import('@/utils/stock/history-csv');
  downloadBlob(new Blob(['\uFEFF', historyCsv(events)], { type: 'text/csv;charset=utf-8' }), historyFileName());
}

export function StockHistory() {
  const { t, i18n } = useTranslation();
  const history = useStockHistory();
  const latest = history.slice(-SHOWN).reverse();
  const time = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'short', timeStyle: 'short' });
  return (
    <section className="stock-block">
      <div className="stock-block-heading">
        <h3>{t('stock.historyTitle')}</h3>
        <button type="button" className="btn btn-small" data-testid="stock-history-export" disabled={history.length === 0} onClick={() => void exportCsv(history)}>
          {t('stock.exportCsv')}
        </button>
      </div>
      {latest.length === 0 && <p className="muted">{t('stock.noHistory')}</p>}
      <ul className="stock-list" data-testid="stock-history">
        {latest.map((e, i) => (
          <li key={`${e.at}-${e.sku}-${i}`} data-testid="stock-event" data-sku={e.sku} data-delta={e.delta} data-source={e.source}>
            <time dateTime={new Date(e.at).toISOString()}>{time.format(e.at)}</time> <strong>{e.sku}</strong>{' '}
            <span className={e.delta < 0 ? 'stock-down' : 'stock-up'}>{e.delta > 0 ? `+${e.delta}` : e.delta}</span> · {sourceText(e.source, t)}
          </li>
        ))}
      </ul>
    </section>
  );
}
