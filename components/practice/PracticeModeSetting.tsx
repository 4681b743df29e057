/** The settings panel's practice-mode switch (`practice-mode`, the checkbox itself). */
import { useTranslation } from 'react-i18next';
import { usePracticeMode } from './use-practice-mode';

export function PracticeModeSetting() {
  const { t } = useTranslation();
  const [on, setOn] = usePracticeMode();
  return (
    <fieldset className="settings-block" data-testid="settings-practice" aria-busy={on === undefined}>
      <legend>{t('practice.setting')}</legend>
      <p className="field-hint">{t('practice.settingHint')}</p>
      <label className="check choice">
        <input type="checkbox" data-testid="practice-mode" disabled={on === undefined} checked={on ?? false} onChange={(e) => setOn(e.target.checked)} />{' '}
        {t('practice.settingLabel')}
      </label>
    </fieldset>
  );
}
