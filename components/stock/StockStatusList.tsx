/** One `stock-sync-status` per listing pushed: where, which product, the stock sent, how far it got. */
import { useTranslation } from 'react-i18next';
import { pick } from '@/utils/i18n';
import { PLATFORM_NAMES } from '../settings/platform-names';
import { useStockStatuses } from './use-stock';

export function StockStatusList() {
  const { t } = useTranslation();
  const statuses = Object.values(useStockStatuses()).sort((a, b) => b.updatedAt - a.updatedAt);
  return (
    <section className="stock-block" aria-live="polite">
      <h3>{t('stock.statusTitle')}</h3>
      {statuses.length === 0 ? (
        <p className="muted">{t('stock.noStatuses')}</p>
      ) : (
        <ul className="stock-list">
          {statuses.map((s) => (
            <li
              key={`${s.productSku}|${s.platform}`}
              data-testid="stock-sync-status"
              data-platform={s.platform}
              data-sku={s.productSku}
              data-stock={s.stock}
              data-state={s.state}
              className={`stock-status state-${s.state}`}
            >
              <strong>{s.productSku}</strong> · {PLATFORM_NAMES[s.platform]} · {t('stock.stockValue', { count: s.stock })}{' '}
              <span className="badge">{t(`stock.states.${s.state}`)}</span>
              {s.error && <span className="stock-reason">{pick(s.error)}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
