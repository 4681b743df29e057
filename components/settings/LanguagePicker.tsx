/** Bahasa Indonesia / English, switched at once and kept in `languageSetting`. */
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../utils/i18n';
import { useLanguageSetting } from '../../utils/i18n/use-language';

// Each language names itself, so a seller who switched by mistake can find the way back.
const NATIVE: Record<string, string> = { id: 'Bahasa Indonesia', en: 'English' };

export function LanguagePicker() {
  const { t } = useTranslation();
  const [language, choose] = useLanguageSetting();
  return (
    <fieldset className="settings-block" data-testid="settings-language">
      <legend>{t('settings.language')}</legend>
      <p className="field-hint">{t('settings.languageHint')}</p>
      <div className="choice-row">
        {LANGUAGES.map((l) => (
          <label key={l} className="check choice">
            <input type="radio" name="language" value={l} checked={language === l} onChange={() => choose(l)} lang={l} />{' '}
            <span lang={l}>{NATIVE[l]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
