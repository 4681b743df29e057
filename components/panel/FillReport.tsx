/**
 * What the fill did, readable at a glance: the counts first (filled / needs you / skipped, in words),
 * then one line per field with its reason, the lines that need the seller first, each with "Tunjukkan"
 * to scroll the page to that field.
 */
import type { FieldKey, FieldStatus, FillReport } from '@/utils/fill/types';
import type { Bilingual } from '@/utils/bilingual';
import { FIELD_NAMES, STATUS_TEXT, type PanelText, type PanelTextKey } from './text';

interface Props {
  report: FillReport;
  runError?: Bilingual;
  onShow: (field: FieldKey) => void;
  text: PanelText;
}

/** The counts in the order a seller reads them; the lines put what needs the seller first. */
const COUNTS: { status: FieldStatus; words: PanelTextKey }[] = [
  { status: 'filled', words: 'countFilled' },
  { status: 'failed', words: 'countFailed' },
  { status: 'skipped', words: 'countSkipped' },
];
const LINE_ORDER: Record<FieldStatus, number> = { failed: 0, filled: 1, skipped: 2 };

export function FillReportView({ report, runError, onShow, text: { t, pick } }: Props) {
  const count = (status: FieldStatus) => report.fields.filter((f) => f.status === status).length;
  const done = report.state === 'done';
  // a stable sort: within a status, the engine's own order (the form's order) stays
  const lines = [...report.fields].sort((a, b) => LINE_ORDER[a.status] - LINE_ORDER[b.status]);
  return (
    <section className="report" data-testid="fill-report" data-state={report.state} aria-labelledby="report-heading" aria-busy={!done}>
      <h2 id="report-heading" className="subheading">
        {t('reportTitle')}
      </h2>
      <div role="status">
        {done ? (
          <ul className="report-counts">
            {COUNTS.map(({ status, words }) => {
              const n = count(status);
              return (
                <li key={status} className={`report-count count-${status}${n > 0 ? ' nonzero' : ''}`} data-testid="report-count" data-count-status={status} data-count={n}>
                  <span className="count-number">{n}</span> <span className="count-words">{t(words, { count: n })}</span>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="report-summary">{t('reportRunning')}</p>
        )}
      </div>
      {runError && (
        <p className="error" role="alert">
          {pick(runError)}
        </p>
      )}
      {report.nextAction && (
        <p className="next-action">
          <strong>{t('nextAction')}:</strong> {pick(report.nextAction)}
        </p>
      )}
      <ul className="report-fields">
        {lines.map((f) => (
          <li key={f.field} className={`report-field status-${f.status}`} data-field={f.field} data-status={f.status}>
            <div className="report-line">
              <span className="report-name">{pick(FIELD_NAMES[f.field])}</span>
              <span className={`status status-${f.status}`}>{t(STATUS_TEXT[f.status])}</span>
              <button
                type="button"
                className="link-button"
                aria-label={t('showField', { field: pick(FIELD_NAMES[f.field]) })}
                onClick={() => onShow(f.field)}
              >
                {t('show')}
              </button>
            </div>
            <p className="reason">{pick(f.reason)}</p>
            {f.matchedBy && <p className="matched muted">{t('matchedBy', { how: f.matchedBy })}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
