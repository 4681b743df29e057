/**
 * `stock-conflict`: a shop shows more than Serentak last put there (restocked or edited by hand there).
 * Never applied by itself: the seller accepts the shop's number or sends the catalogue's over it.
 */
import { browser } from 'wxt/browser';
import { useTranslation } from 'react-i18next';
import type { StockConflict } from '@/utils/stock/ledger';
import type { StockRequest } from '@/utils/stock/requests';
import { useCatalogueStock } from './use-catalogue-stock';
import { PLATFORM_NAMES } from '../settings/platform-names';
import { useStockConflicts } from './use-stock';

function answer(conflict: StockConflict, accept: boolean): void {
  const request: StockRequest = { type: 'stock-conflict-answer', sku: conflict.sku, platform: conflict.platform, accept };
  void browser.runtime.sendMessage(request);
}

export function StockConflicts() {
  const { t } = useTranslation();
  const conflicts = useStockConflicts();
  const stockOf = useCatalogueStock(conflicts.map((c) => c.productSku));
  if (conflicts.length === 0) return null;
  return (
    <section className="stock-block stock-conflicts" role="alert">
      <h3>{t('stock.conflictsTitle')}</h3>
      <ul className="stock-list">
        {conflicts.map((c) => (
          <li key={`${c.sku}|${c.platform}`} data-testid="stock-conflict" data-sku={c.sku} data-platform={c.platform} data-seen={c.seen}>
            <span>{t('stock.conflict', { platform: PLATFORM_NAMES[c.platform], seen: c.seen, sku: c.sku, last: c.lastSynced })}</span>
            <span className="stock-actions">
              <button type="button" className="btn btn-small btn-primary" data-testid="stock-conflict-accept" onClick={() => answer(c, true)}>
                {t('stock.accept', { seen: c.seen })}
              </button>
              <button type="button" className="btn btn-small" data-testid="stock-conflict-reject" onClick={() => answer(c, false)}>
                {t('stock.reject', { stock: stockOf(c.productSku, c.sku) ?? c.lastSynced })}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
