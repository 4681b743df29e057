/**
 * What the fill did, field by field, in the seller's language: filled, skipped (the form has no such
 * field, or nothing to fill) or failed, each with its reason, and "Tunjukkan" to scroll the page to it.
 */
import type { FieldKey, FillReport } from '@/utils/fill/types';
import type { Bilingual } from '@/utils/bilingual';
import { FIELD_NAMES, STATUS_TEXT, type PanelText } from './text';

interface Props {
  report: FillReport;
  runError?: Bilingual;
  onShow: (field: FieldKey) => void;
  text: PanelText;
}

export function FillReportView({ report, runError, onShow, text: { t, pick } }: Props) {
  const count = (status: string) => report.fields.filter((f) => f.status === status).length;
  const done = report.state === 'done';
  return (
    <section className="report" data-testid="fill-report" data-state={report.state} aria-labelledby="report-heading" aria-busy={!done}>
      <h2 id="report-heading" className="subheading">
        {t('reportTitle')}
      </h2>
      <p className="report-summary" role="status">
        {done ? t('reportDone', { filled: count('filled'), skipped: count('skipped'), failed: count('failed') }) : t('reportRunning')}
      </p>
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
        {report.fields.map((f) => (
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
