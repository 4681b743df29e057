/** Settings: language and marketplaces, then whatever panels other features registered. */
import { useTranslation } from 'react-i18next';
import { SETTINGS_PANELS } from './settings-panels';

export function SettingsView() {
  const { t } = useTranslation();
  return (
    <section className="settings" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <p className="field-hint">{t('settings.savedNote')}</p>
      {SETTINGS_PANELS.map(({ id, Component }) => (
        <Component key={id} />
      ))}
    </section>
  );
}
