/**
 * Choose marketplaces, start, and watch each one's state live. Readiness is shown before anything
 * opens: a blocked platform lists its reasons (the background checks again and will not open it).
 * The state comes from the background's record in session storage, so closing and reopening this
 * dialog — or a second dashboard tab — shows the same truth.
 */
import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { useProduct } from '@/utils/catalogue/live';
import type { PublishRequest } from '@/utils/messaging';
import { PLATFORM_IDS, type PlatformId } from '@/utils/platforms/hosts';
import { photoFactsOf, readiness, type Readiness } from '@/utils/publish/readiness';
import { rulesFor } from '@/utils/publish/rules-setting';
import { Dialog } from '../ui/Dialog';
import { useEnabledPlatforms } from '../settings/PlatformSwitches';
import { PLATFORM_NAMES } from '../settings/platform-names';
import { PublishStatusList } from './PublishStatusList';
import { ReadinessIssues } from './ReadinessIssues';
import { PUBLISH_TEXT, usePublishText, VERDICT_TEXT } from './text';
import { usePublishRun, usePublishSettings } from './use-publish-state';

export function sendPublish(request: PublishRequest): Promise<unknown> {
  return browser.runtime.sendMessage(request);
}

export function PublishDialog({ sku, onClose }: { sku: string; onClose: () => void }) {
  const { tr } = usePublishText();
  const product = useProduct(sku);
  const [enabled] = useEnabledPlatforms();
  const [settings] = usePublishSettings();
  const run = usePublishRun(sku);
  const [chosen, setChosen] = useState<PlatformId[]>();
  const [sending, setSending] = useState(false);

  // Pre-tick the platforms switched on in settings, once they are known.
  useEffect(() => {
    if (enabled && !chosen) setChosen(enabled);
  }, [enabled, chosen]);

  const checks = useMemo(() => {
    if (!product) return undefined;
    const facts = photoFactsOf(product);
    return Object.fromEntries(PLATFORM_IDS.map((p) => [p, readiness(facts, p, rulesFor(settings, p))])) as Record<PlatformId, Readiness>;
  }, [product, settings]);

  const start = async () => {
    if (!chosen?.length || sending) return;
    setSending(true);
    try {
      await sendPublish({ type: 'publish-start', sku, platforms: chosen });
    } finally {
      setSending(false);
    }
  };

  const title = tr(PUBLISH_TEXT.dialogTitle, { name: product?.name ?? sku });
  return (
    <Dialog title={title} onClose={onClose} className="publish-dialog" testId="publish-dialog">
      <h2>{title}</h2>
      <p className="field-hint">{tr(PUBLISH_TEXT.neverSaves)}</p>
      <fieldset className="publish-choices">
        <legend>{tr(PUBLISH_TEXT.choose)}</legend>
        {PLATFORM_IDS.map((platform) => {
          const check = checks?.[platform];
          const rules = rulesFor(settings, platform);
          return (
            <div key={platform} className="publish-choice">
              <label className="check choice">
                <input
                  type="checkbox"
                  data-testid="publish-platform"
                  data-platform={platform}
                  disabled={chosen === undefined}
                  checked={chosen?.includes(platform) ?? false}
                  onChange={(e) =>
                    setChosen((c = []) => (e.target.checked ? PLATFORM_IDS.filter((p) => p === platform || c.includes(p)) : c.filter((p) => p !== platform)))
                  }
                />{' '}
                {PLATFORM_NAMES[platform]}
                {rules.autoSubmit && <span className="badge">{tr(PUBLISH_TEXT.autoSubmitOn)}</span>}
              </label>
              {check && (
                <span className={`badge readiness-${check.verdict}`} data-testid="publish-readiness" data-platform={platform} data-verdict={check.verdict}>
                  {tr(VERDICT_TEXT[check.verdict])}
                </span>
              )}
              {check && check.verdict !== 'ready' && <ReadinessIssues issues={check.issues} />}
            </div>
          );
        })}
      </fieldset>
      {chosen?.length === 0 && <p className="field-hint">{tr(PUBLISH_TEXT.noPlatform)}</p>}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          {tr(PUBLISH_TEXT.close)}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          data-testid="publish-start"
          disabled={!chosen?.length || sending}
          onClick={() => void start()}
        >
          {sending ? tr(PUBLISH_TEXT.starting) : tr(PUBLISH_TEXT.start)}
        </button>
      </div>
      {run && <PublishStatusList run={run} onRetry={(platform) => void sendPublish({ type: 'publish-retry', sku, platform })} />}
    </Dialog>
  );
}
