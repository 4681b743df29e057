/** Which marketplaces the seller uses (`enabledPlatformsSetting`): only these are pre-ticked to publish. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLATFORM_IDS, type PlatformId } from '../../utils/platforms/hosts';
import { enabledPlatformsSetting } from '../../utils/settings';
import { PLATFORM_NAMES } from './platform-names';

export function useEnabledPlatforms(): [PlatformId[] | undefined, (ids: PlatformId[]) => void] {
  const [enabled, setEnabled] = useState<PlatformId[]>();
  useEffect(() => {
    let alive = true;
    void enabledPlatformsSetting.getValue().then((v) => alive && setEnabled(v));
    const unwatch = enabledPlatformsSetting.watch((v) => setEnabled(v));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  const save = (ids: PlatformId[]) => {
    // Kept in the registry's order whatever order they were ticked in.
    const ordered = PLATFORM_IDS.filter((id) => ids.includes(id));
    setEnabled(ordered);
    void enabledPlatformsSetting.setValue(ordered);
  };
  return [enabled, save];
}

export function PlatformSwitches() {
  const { t } = useTranslation();
  const [enabled, save] = useEnabledPlatforms();
  return (
    <fieldset className="settings-block" data-testid="settings-platforms" aria-busy={enabled === undefined}>
      <legend>{t('settings.platforms')}</legend>
      <p className="field-hint">{t('settings.platformsHint')}</p>
      <ul className="platform-list">
        {PLATFORM_IDS.map((id) => (
          <li key={id}>
            <label className="check choice">
              <input
                type="checkbox"
                data-testid="settings-platform"
                data-platform={id}
                disabled={enabled === undefined}
                checked={enabled?.includes(id) ?? false}
                onChange={(e) => save(e.target.checked ? [...(enabled ?? []), id] : (enabled ?? []).filter((p) => p !== id))}
              />{' '}
              {PLATFORM_NAMES[id]}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
