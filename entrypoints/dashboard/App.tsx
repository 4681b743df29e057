/** The dashboard shell: header with the sections (from sections.tsx), the open section, the toast. */
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { HelpMenu } from '../../components/help/HelpMenu';
import { Toast } from '../../components/ui/Toast';
import { LANGUAGES } from '../../utils/i18n';
import { useLanguageSetting } from '../../utils/i18n/use-language';
import { useUiStore } from '../../utils/ui-store';
import { SECTIONS } from './sections';
import { StockPanel } from '../../components/stock/StockPanel';
import { PracticeBanner } from '../../components/practice/PracticeBanner';
import { PracticeMenu } from '../../components/practice/PracticeMenu';

function sectionFromHash(): string {
  const id = location.hash.replace(/^#\/?/, '');
  return SECTIONS.some((s) => s.id === id) ? id : (SECTIONS[0]?.id ?? 'catalogue');
}

export function App() {
  const { t } = useTranslation();
  const [language, chooseLanguage] = useLanguageSetting();
  const section = useUiStore((s) => s.section);
  const setSection = useUiStore((s) => s.setSection);

  useEffect(() => {
    setSection(sectionFromHash());
    const onHash = () => setSection(sectionFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, [setSection]);

  const current = SECTIONS.find((s) => s.id === section) ?? SECTIONS[0];
  const title = current ? `${t(current.label)} — ${t('app.name')}` : t('app.name');
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <div className="app">
      <PracticeBanner />
      <header className="app-header">
        <div className="brand">
          <img src="/icon/48.png" alt="" width={28} height={28} onError={(e) => (e.currentTarget.hidden = true)} />
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('nav.label')} className="app-nav">
          {SECTIONS.map((s) => (
            <a
              key={s.id}
              href={`#${s.id}`}
              className="nav-link"
              data-testid={`nav-${s.id}`}
              aria-current={s.id === current?.id ? 'page' : undefined}
            >
              {t(s.label)}
            </a>
          ))}
        </nav>
        <PracticeMenu />
        <HelpMenu />
        <div className="lang-switch" role="group" aria-label={t('settings.language')}>
          {LANGUAGES.map((l) => (
            <button
              key={l}
              type="button"
              lang={l}
              className={`chip ${language === l ? 'is-on' : ''}`}
              aria-pressed={language === l}
              data-testid={`language-${l}`}
              onClick={() => chooseLanguage(l)}
            >
              {l.toUpperCase()}
            </button>
          ))}
        </div>
      </header>
      <main className="app-main">
        {/* Stock sync is on the dashboard as it opens, whatever the section (DESIGN.md). */}
        <StockPanel />
        <Suspense fallback={<span className="spinner" role="status" aria-label={t('common.loading')} />}>
          {current && <current.Component />}
        </Suspense>
      </main>
      <Toast />
    </div>
  );
}
