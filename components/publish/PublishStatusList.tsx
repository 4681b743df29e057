/**
 * Each platform's live publish state (`publish-status[data-platform][data-state]`), its reasons, and
 * what the seller can do next: try that one platform again, look at its tab, open the saved listing.
 */
import { browser } from 'wxt/browser';
import { PLATFORM_IDS, type PlatformId } from '@/utils/platforms/hosts';
import type { PublishRun } from '@/utils/publish/publish-state';
import { PLATFORM_NAMES } from '../settings/platform-names';
import { PUBLISH_TEXT, STATE_TEXT, usePublishText } from './text';

const RETRYABLE = new Set(['failed', 'needs-login', 'blocked', 'filled']);

export function PublishStatusList({ run, onRetry }: { run: PublishRun; onRetry: (platform: PlatformId) => void }) {
  const { tr } = usePublishText();
  return (
    <section className="publish-statuses" aria-live="polite">
      <h3>{tr(PUBLISH_TEXT.statusTitle)}</h3>
      <ul>
        {PLATFORM_IDS.map((platform) => {
          const entry = run.platforms[platform];
          if (!entry) return null;
          return (
            <li key={platform} data-testid="publish-status" data-platform={platform} data-state={entry.state} className={`publish-status state-${entry.state}`}>
              <strong>{PLATFORM_NAMES[platform]}</strong> <span className="badge">{tr(STATE_TEXT[entry.state])}</span>
              {entry.reasons.length > 0 && (
                <ul className="publish-reasons">
                  {entry.reasons.map((r, i) => (
                    <li key={i}>{tr(r)}</li>
                  ))}
                </ul>
              )}
              <span className="publish-status-actions">
                {entry.tabId !== undefined && (
                  <button type="button" className="btn btn-small" onClick={() => void browser.tabs.update(entry.tabId!, { active: true })}>
                    {tr(PUBLISH_TEXT.showTab)}
                  </button>
                )}
                {entry.link && (
                  <a className="btn btn-small" href={entry.link.url} target="_blank" rel="noreferrer" data-testid="publish-link">
                    {tr(PUBLISH_TEXT.openListing)}
                  </a>
                )}
                {RETRYABLE.has(entry.state) && (
                  <button type="button" className="btn btn-small" data-testid="publish-retry" data-platform={platform} onClick={() => onRetry(platform)}>
                    {tr(PUBLISH_TEXT.retry)}
                  </button>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
