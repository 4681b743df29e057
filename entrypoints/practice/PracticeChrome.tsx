/**
 * Serentak's own strip above the practice form: the practice-mode banner, a clear "Latihan" mark with
 * what this page is, and, after the page's own save, the success state with the fake listing link.
 * Follows the seller's language like every other screen.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguageSetting } from '@/utils/i18n/use-language';
import { PracticeBanner } from '@/components/practice/PracticeBanner';

export interface SavedListing {
  id: string;
  url: string;
  /** the catalogue product whose link was recorded (undefined: nothing was filled from Serentak) */
  sku?: string;
}

export type PracticeState = { state: 'loading' } | { state: 'ready' } | { state: 'failed'; reason: string } | { state: 'unknown' };

interface Props {
  platformName: string;
  /** the replica's own page title ("Tambah Produk Baru | Shopee Seller Centre") */
  formTitle: string;
  page: PracticeState;
  saved?: SavedListing;
}

export function PracticeChrome({ platformName, formTitle, page, saved }: Props) {
  const { t } = useTranslation();
  const [language] = useLanguageSetting();
  const badge = t('practice.pageBadge');
  useEffect(() => {
    // the tab says "Latihan" too: a trainer with many tabs open tells practice from real at a glance
    document.title = formTitle ? `${badge} · ${formTitle}` : `${badge} — Serentak`;
  }, [language, badge, formTitle]);

  // `lang` on our part only: the replica's form below keeps its seller centre's own language.
  return (
    <div lang={language}>
      <PracticeBanner />
      <div className="practice-strip">
        <span className="practice-badge">{badge}</span>
        <div className="practice-strip-text">
          <strong>{page.state === 'unknown' ? t('practice.menu') : t('practice.pageTitle', { platform: platformName })}</strong>
          <span>{page.state === 'unknown' ? t('practice.pageMissing') : t('practice.pageHint', { platform: platformName })}</span>
        </div>
      </div>
      {page.state === 'failed' && (
        <p className="practice-failed" role="alert">
          {t('practice.pageFailed', { reason: page.reason })}
        </p>
      )}
      {saved && (
        <div className="practice-saved" data-testid="practice-saved" data-listing-id={saved.id} role="status">
          <strong>✓ {t('practice.saved')}</strong>
          <span>
            {t('practice.savedLink')}:{' '}
            <a href={saved.url} data-testid="practice-listing-link">
              {saved.url}
            </a>
          </span>
          <span className="practice-saved-note">{saved.sku ? t('practice.savedRecorded', { sku: saved.sku }) : t('practice.savedNotRecorded')}</span>
        </div>
      )}
    </div>
  );
}
