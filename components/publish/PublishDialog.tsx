/**
 * Choose marketplaces, start, and watch each one's state live. Readiness is shown before anything
 * opens: each platform's row has its badge and, beside it, its reasons, each with a "Perbaiki" that
 * opens the editor at that field (the background checks again and will not open a blocked one).
 * The head (one-line name) and the actions stay put; only the platform list scrolls.
 * The state comes from the background's record in session storage, so closing and reopening this
 * dialog — or a second dashboard tab — shows the same truth.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { useProduct } from '@/utils/catalogue/live';
import type { FieldKey } from '@/utils/fill/types';
import type { PublishRequest } from '@/utils/messaging';
import { formatRupiah } from '@/utils/money';
import { PLATFORM_IDS, type PlatformId } from '@/utils/platforms/hosts';
import { photoFactsOf, readiness, type Readiness } from '@/utils/publish/readiness';
import { rulesFor } from '@/utils/publish/rules-setting';
import { useUiStore } from '@/utils/ui-store';
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
  const { t } = useTranslation();
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

  // Chosen but blocked: the background will not open these, and the seller should know before starting.
  const blockedChosen = chosen?.filter((p) => checks?.[p]?.verdict === 'blocked').length ?? 0;

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
  // The editor opens over this dialog at the field to fix; closing it comes back here, readiness redone.
  const fix = (field: FieldKey) => useUiStore.getState().openEditor({ mode: 'edit', sku, focus: field });
  return (
    <Dialog title={title} onClose={onClose} className="publish-dialog" testId="publish-dialog">
      <header className="dialog-head">
        {/* One line however long the name: the full name shows on hover (and is the dialog's label). */}
        <h2 className="publish-title" title={product?.name ?? sku}>
          {title}
        </h2>
        {product && <p className="publish-meta">{t('publishDialog.meta', { sku: product.sku, price: formatRupiah(product.price) })}</p>}
        <p className="field-hint">{tr(PUBLISH_TEXT.neverSaves)}</p>
      </header>
      <div className="dialog-body">
        {run && <PublishStatusList run={run} onRetry={(platform) => void sendPublish({ type: 'publish-retry', sku, platform })} />}
        <fieldset className="publish-choices">
          <legend>{tr(PUBLISH_TEXT.choose)}</legend>
          {PLATFORM_IDS.map((platform) => {
            const check = checks?.[platform];
            const rules = rulesFor(settings, platform);
            const isChosen = chosen?.includes(platform) ?? false;
            return (
              <div key={platform} className={`publish-choice ${isChosen ? 'is-chosen' : ''}`} data-verdict={check?.verdict}>
                <label className="publish-choice-name">
                  <input
                    type="checkbox"
                    data-testid="publish-platform"
                    data-platform={platform}
                    disabled={chosen === undefined}
                    checked={isChosen}
                    onChange={(e) =>
                      setChosen((c = []) => (e.target.checked ? PLATFORM_IDS.filter((p) => p === platform || c.includes(p)) : c.filter((p) => p !== platform)))
                    }
                  />
                  <span>
                    {PLATFORM_NAMES[platform]}
                    {rules.autoSubmit && <span className="badge">{tr(PUBLISH_TEXT.autoSubmitOn)}</span>}
                  </span>
                </label>
                {check && (
                  <span className={`badge readiness-${check.verdict}`} data-testid="publish-readiness" data-platform={platform} data-verdict={check.verdict}>
                    {tr(VERDICT_TEXT[check.verdict])}
                  </span>
                )}
                <div className="publish-choice-reasons">
                  {check && check.verdict !== 'ready' && <ReadinessIssues issues={check.issues} onFix={fix} />}
                </div>
              </div>
            );
          })}
        </fieldset>
      </div>
      <footer className="dialog-actions">
        <p className={`dialog-actions-note ${chosen?.length === 0 ? 'is-warn' : ''}`} aria-live="polite">
          {chosen?.length === 0
            ? tr(PUBLISH_TEXT.noPlatform)
            : chosen && t('publishDialog.chosen', { count: chosen.length, total: PLATFORM_IDS.length })}
          {blockedChosen > 0 && <span className="dialog-actions-skipped"> · {t('publishDialog.skipped', { count: blockedChosen })}</span>}
        </p>
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
      </footer>
    </Dialog>
  );
}
