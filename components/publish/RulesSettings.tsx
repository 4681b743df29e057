/**
 * Per-marketplace rules (issue 4 §2) in Settings: markup (percent and/or fixed, rounded up to a tidy
 * step), name prefix/suffix, description header/footer, default brand and condition, auto-save
 * (off unless the seller turns it on), and which TikTok/Tokopedia host to open. Which platforms are on
 * is the "Marketplace" switches just above (enabledPlatformsSetting). Saved as the seller types.
 */
import { PLATFORM_IDS, type PlatformId } from '@/utils/platforms/hosts';
import { formatRupiah } from '@/utils/money';
import { markedUpPrice, type PlatformRules } from '@/utils/publish/rules';
import { rulesFor, type PublishSettings } from '@/utils/publish/rules-setting';
import { PLATFORM_NAMES } from '../settings/platform-names';
import { PUBLISH_TEXT, usePublishText } from './text';
import { usePublishSettings } from './use-publish-state';

type NumberKey = 'markupPercent' | 'markupFixed' | 'roundTo';
type TextKey = 'namePrefix' | 'nameSuffix' | 'defaultBrand';
type AreaKey = 'descriptionHeader' | 'descriptionFooter';

const NUMBERS: NumberKey[] = ['markupPercent', 'markupFixed', 'roundTo'];
const TEXTS: TextKey[] = ['namePrefix', 'nameSuffix', 'defaultBrand'];
const AREAS: AreaKey[] = ['descriptionHeader', 'descriptionFooter'];

function withRule(settings: PublishSettings, platform: PlatformId, change: Partial<PlatformRules>): PublishSettings {
  return { ...settings, rules: { ...settings.rules, [platform]: { ...settings.rules[platform], ...change } } };
}

function PlatformRulesForm({ platform, settings, save }: { platform: PlatformId; settings: PublishSettings; save: (s: PublishSettings) => void }) {
  const { tr } = usePublishText();
  const rules = rulesFor(settings, platform);
  const set = (change: Partial<PlatformRules>) => save(withRule(settings, platform, change));
  const id = (key: string) => `rules-${platform}-${key}`;
  return (
    <details className="rules-platform" data-testid="rules-platform" data-platform={platform}>
      <summary>
        {PLATFORM_NAMES[platform]}{' '}
        <span className="field-hint">{tr(PUBLISH_TEXT.example, { price: formatRupiah(markedUpPrice(15_000, rules)) })}</span>
      </summary>
      <div className="rules-grid">
        {NUMBERS.map((key) => (
          <label key={key} htmlFor={id(key)}>
            {tr(PUBLISH_TEXT[key])}
            <input
              id={id(key)}
              type="number"
              inputMode="numeric"
              data-testid={`rules-${key}`}
              min={key === 'roundTo' ? 1 : undefined}
              value={rules[key]}
              onChange={(e) => {
                const n = Number(e.target.value);
                if (Number.isFinite(n)) set({ [key]: key === 'markupPercent' ? n : Math.round(n) });
              }}
            />
          </label>
        ))}
        {TEXTS.map((key) => (
          <label key={key} htmlFor={id(key)}>
            {tr(PUBLISH_TEXT[key])}
            <input id={id(key)} type="text" data-testid={`rules-${key}`} value={rules[key]} maxLength={key === 'defaultBrand' ? 100 : 60} onChange={(e) => set({ [key]: e.target.value })} />
          </label>
        ))}
        {AREAS.map((key) => (
          <label key={key} htmlFor={id(key)} className="rules-wide">
            {tr(PUBLISH_TEXT[key])}
            <textarea id={id(key)} rows={2} data-testid={`rules-${key}`} value={rules[key]} maxLength={2000} onChange={(e) => set({ [key]: e.target.value })} />
          </label>
        ))}
        <label htmlFor={id('condition')}>
          {tr(PUBLISH_TEXT.defaultCondition)}
          <select id={id('condition')} data-testid="rules-defaultCondition" value={rules.defaultCondition} onChange={(e) => set({ defaultCondition: e.target.value === 'used' ? 'used' : 'new' })}>
            <option value="new">{tr(PUBLISH_TEXT.conditionNew)}</option>
            <option value="used">{tr(PUBLISH_TEXT.conditionUsed)}</option>
          </select>
        </label>
        <label className="check choice rules-wide">
          <input type="checkbox" data-testid="rules-autoSubmit" checked={rules.autoSubmit} onChange={(e) => set({ autoSubmit: e.target.checked })} />{' '}
          {tr(PUBLISH_TEXT.autoSubmit)}
        </label>
        {platform === 'tiktok-tokopedia' && (
          <label htmlFor={id('host')} className="rules-wide">
            {tr(PUBLISH_TEXT.tiktokHost)}
            <select
              id={id('host')}
              data-testid="rules-tiktokHost"
              value={settings.tiktokHost}
              onChange={(e) => save({ ...settings, tiktokHost: e.target.value === 'seller-id.tiktok.com' ? 'seller-id.tiktok.com' : 'seller-id.tokopedia.com' })}
            >
              <option value="seller-id.tokopedia.com">seller-id.tokopedia.com (Tokopedia)</option>
              <option value="seller-id.tiktok.com">seller-id.tiktok.com (TikTok Shop)</option>
            </select>
          </label>
        )}
      </div>
    </details>
  );
}

export function RulesSettings() {
  const { tr } = usePublishText();
  const [settings, loaded, save] = usePublishSettings();
  return (
    <fieldset className="settings-block" data-testid="settings-publish-rules" aria-busy={!loaded}>
      <legend>{tr(PUBLISH_TEXT.rulesTitle)}</legend>
      <p className="field-hint">{tr(PUBLISH_TEXT.rulesHint)}</p>
      {loaded && PLATFORM_IDS.map((platform) => <PlatformRulesForm key={platform} platform={platform} settings={settings} save={save} />)}
    </fieldset>
  );
}
