/** The reasons behind a readiness badge: blockers first, each in the seller's language. */
import type { ReadinessIssue } from '@/utils/publish/readiness';
import { usePublishText } from './text';

const ORDER = { blocker: 0, warning: 1, info: 2 } as const;

export function ReadinessIssues({ issues }: { issues: ReadinessIssue[] }) {
  const { tr } = usePublishText();
  const sorted = [...issues].sort((a, b) => ORDER[a.level] - ORDER[b.level]);
  return (
    <ul className="readiness-issues">
      {sorted.map((issue, i) => (
        <li key={i} className={`issue-${issue.level}`} data-testid="readiness-issue" data-code={issue.code} data-level={issue.level}>
          {tr(issue.message)}
        </li>
      ))}
    </ul>
  );
}
