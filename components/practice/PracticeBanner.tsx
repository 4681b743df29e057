/**
 * "Mode latihan aktif" on every screen (dashboard, popup, panel, practice pages) while practice mode is
 * on, so a workshop never mistakes a practice publish for a real one, with the way to turn it off.
 * Its own small stylesheet: it is drawn on pages with different themes (and a replica's own CSS).
 */
import { useTranslation } from 'react-i18next';
import { usePracticeMode } from './use-practice-mode';
import './practice-banner.css';

export function PracticeBanner({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const [on, setOn] = usePracticeMode();
  if (!on) return null;
  return (
    <div className={`serentak-practice-banner${compact ? ' is-compact' : ''}`} data-testid="practice-banner" role="status">
      <span className="serentak-practice-banner-mark" aria-hidden="true">
        ✎
      </span>
      <span className="serentak-practice-banner-text">
        <strong>{t('practice.banner')}</strong>
        {!compact && <span> — {t('practice.bannerHint')}</span>}
      </span>
      <button type="button" className="serentak-practice-banner-off" data-testid="practice-banner-off" onClick={() => setOn(false)}>
        {t('practice.turnOff')}
      </button>
    </div>
  );
}
