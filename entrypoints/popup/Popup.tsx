/** The toolbar popup: how many products, how many need attention, and the way to the dashboard. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { attentionReasons } from '../../utils/catalogue/attention';
import { useProductCount, useProducts } from '../../utils/catalogue/live';
import { groupThousands } from '../../utils/money';
import { useLanguageSetting } from '../../utils/i18n/use-language';
import { usePresenterMode } from '../../components/ui/use-presenter-mode';
import { PracticeBanner } from '../../components/practice/PracticeBanner';
import { PopupPracticeLinks } from './PopupPracticeLinks';

async function openDashboard() {
  // A plain new tab: finding an open dashboard tab would need the "tabs" permission, which we do not ask for.
  await browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  window.close();
}

export function Popup() {
  const { t } = useTranslation();
  useLanguageSetting();
  usePresenterMode();
  const count = useProductCount();
  const products = useProducts();
  const attention = useMemo(() => products?.filter((p) => attentionReasons(p).length > 0).length, [products]);
  return (
    <main className="popup">
      <PracticeBanner compact />
      <h1 className="popup-brand">{t('app.name')}</h1>
      <dl className="popup-stats">
        <div className="stat" data-testid="popup-count" data-count={count ?? ''}>
          <dt>{t('popup.products')}</dt>
          <dd>{count === undefined ? '…' : groupThousands(count)}</dd>
        </div>
        <div className={`stat ${attention ? 'stat-warn' : ''}`} data-testid="popup-attention" data-count={attention ?? ''}>
          <dt>{t('popup.attention')}</dt>
          <dd>{attention === undefined ? '…' : groupThousands(attention)}</dd>
        </div>
      </dl>
      <button type="button" className="btn btn-primary popup-open" data-testid="open-dashboard" onClick={() => void openDashboard()}>
        {t('popup.open')}
      </button>
      <PopupPracticeLinks />
    </main>
  );
}
