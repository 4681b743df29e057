/**
 * The reasons behind a readiness badge: blockers first, each in the seller's language. Given `onFix`,
 * a blocker or warning gets a "Perbaiki" button that takes the seller to that field of the product;
 * `info` lines are changes the seller's own rules make, fixed in the rules, not in the product.
 */
import { useTranslation } from 'react-i18next';
import type { FieldKey } from '@/utils/fill/types';
import type { ReadinessIssue } from '@/utils/publish/readiness';
import { usePublishText } from './text';

const ORDER = { blocker: 0, warning: 1, info: 2 } as const;

export function ReadinessIssues({ issues, onFix }: { issues: ReadinessIssue[]; onFix?: (field: FieldKey) => void }) {
  const { tr } = usePublishText();
  const { t } = useTranslation();
  const sorted = [...issues].sort((a, b) => ORDER[a.level] - ORDER[b.level]);
  return (
    <ul className="readiness-issues">
      {sorted.map((issue, i) => {
        const message = tr(issue.message);
        return (
          <li key={i} className={`issue-${issue.level}`} data-testid="readiness-issue" data-code={issue.code} data-level={issue.level}>
            <span className="issue-text">{message}</span>
            {onFix && issue.level !== 'info' && (
              <button
                type="button"
                className="link-button"
                data-testid="readiness-fix"
                data-field={issue.field}
                aria-label={t('publishDialog.fixNamed', { reason: message })}
                onClick={() => onFix(issue.field)}
              >
                {t('publishDialog.fix')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
