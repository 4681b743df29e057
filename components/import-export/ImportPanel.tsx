/**
 * What the seller sees after picking a file: the preview (new / updated / rejected, each rejection with
 * its row and reason), then the result. Test ids follow DESIGN.md's test contract exactly.
 */
import { useTranslation } from 'react-i18next';
import type { ImportRow } from '../../utils/catalogue/import';
import { pick } from '../../utils/i18n';
import type { ImportState } from './use-import';

const LISTED = 50;

function RowList({ title, rows }: { title: string; rows: ImportRow[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <details className="import-rows">
      <summary>
        {title} ({rows.length})
      </summary>
      <ul>
        {rows.slice(0, LISTED).map((r) => (
          <li key={r.row}>
            <span className="import-row-no">{t('importExport.row', { row: r.row })}</span> {r.sku}
            {r.product ? ` · ${r.product.name}` : ''}
          </li>
        ))}
        {rows.length > LISTED && <li>{t('importExport.andMore', { count: rows.length - LISTED })}</li>}
      </ul>
    </details>
  );
}

interface Props {
  state: ImportState;
  onConfirm: () => void;
  onClose: () => void;
}

export function ImportPanel({ state, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  if (state.step === 'idle') return null;
  const busy = state.step === 'reading' || state.step === 'writing';
  return (
    <section className="import-panel" aria-labelledby="import-title" data-testid="import-panel" aria-busy={busy}>
      <div className="import-head">
        <h2 id="import-title">{t('importExport.previewTitle', { file: state.fileName })}</h2>
        {!busy && (
          <button type="button" className="btn btn-small" data-testid="import-close" onClick={onClose}>
            {t('common.close')}
          </button>
        )}
      </div>

      {busy && (
        <p className="import-progress" role="status" data-testid="import-progress">
          <span className="spinner" aria-hidden="true" />{' '}
          {state.step === 'reading' ? t('importExport.reading', { file: state.fileName }) : t('importExport.writing')}
        </p>
      )}

      {state.step === 'failed' && (
        <p className="notice notice-error" role="alert" data-testid="import-failed">
          {t('importExport.failed', { reason: pick(state.reason) })}
        </p>
      )}

      {state.step === 'preview' && state.preview.fileError && (
        <p className="notice notice-error" role="alert" data-testid="import-file-error">
          {t('importExport.fileError', { reason: pick(state.preview.fileError) })}
        </p>
      )}

      {(state.step === 'preview' || state.step === 'writing') && !state.preview.fileError && (
        <Preview state={state} busy={busy} onConfirm={onConfirm} onClose={onClose} />
      )}

      {state.step === 'result' && (
        <p
          className="notice notice-ok"
          role="status"
          data-testid="import-result"
          data-imported={state.imported}
          data-rejected={state.rejected}
        >
          {t('importExport.result', { imported: state.imported, rejected: state.rejected })}
        </p>
      )}
    </section>
  );
}

function Preview({
  state,
  busy,
  onConfirm,
  onClose,
}: {
  state: Extract<ImportState, { step: 'preview' | 'writing' }>;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { rows, counts } = state.preview;
  const rejected = rows.filter((r) => r.status === 'rejected');
  return (
    <>
      <p className="import-note">{t('importExport.previewNote')}</p>
      <ul className="import-counts" data-testid="import-counts">
        <li className="count-new" data-testid="import-count-new" data-count={counts.new}>
          {t('importExport.countNew', { count: counts.new })}
        </li>
        <li className="count-updated" data-testid="import-count-updated" data-count={counts.updated}>
          {t('importExport.countUpdated', { count: counts.updated })}
        </li>
        <li className="count-rejected" data-testid="import-count-rejected" data-count={counts.rejected}>
          {t('importExport.countRejected', { count: counts.rejected })}
        </li>
      </ul>
      {rejected.length > 0 && (
        <div className="import-rejected">
          <h3>{t('importExport.rejectedRows')}</h3>
          <ul>
            {rejected.map((r) => (
              <li key={r.row} data-testid="import-error" data-row={r.row}>
                <strong>{t('importExport.row', { row: r.row })}</strong>
                {r.sku ? ` (SKU ${r.sku})` : ''}: {r.errors.map((e) => pick(e)).join('; ')}
              </li>
            ))}
          </ul>
        </div>
      )}
      <RowList title={t('importExport.newRows')} rows={rows.filter((r) => r.status === 'new')} />
      <RowList title={t('importExport.updatedRows')} rows={rows.filter((r) => r.status === 'updated')} />
      <div className="import-actions">
        <button type="button" className="btn btn-primary" data-testid="import-confirm" disabled={busy} onClick={onConfirm}>
          {busy ? t('common.saving') : t('importExport.confirm')}
        </button>
        <button type="button" className="btn" onClick={onClose} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
    </>
  );
}
