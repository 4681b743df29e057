/** The panel's top line: which page this is, the language switch, and the fold-away button. */
import type { Language, PanelText } from './text';

const LANGUAGES: { value: Language; label: string }[] = [
  { value: 'id', label: 'ID' },
  { value: 'en', label: 'EN' },
];

interface Props {
  platformLabel: string;
  onCollapse: () => void;
  text: PanelText;
}

export function PanelHeader({ platformLabel, onCollapse, text: { t, language, setLanguage } }: Props) {
  return (
    <header className="panel-header">
      <div className="panel-title">
        <h1>{t('title')}</h1>
        <p className="muted small">{t('platformPage', { platform: platformLabel })}</p>
      </div>
      <div className="language" role="group" aria-label={t('language')}>
        {LANGUAGES.map((l) => (
          <button
            key={l.value}
            type="button"
            className="chip"
            data-testid={`panel-language-${l.value}`}
            aria-pressed={language === l.value}
            onClick={() => setLanguage(l.value)}
          >
            {l.label}
          </button>
        ))}
      </div>
      <button type="button" className="icon-button" data-testid="panel-collapse" aria-label={t('collapse')} title={t('collapse')} onClick={onCollapse}>
        »
      </button>
    </header>
  );
}
