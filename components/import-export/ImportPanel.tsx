/**
 * What the seller sees after picking a file: the preview (new / updated / rejected, each rejection with
 * its row, column, value and reason), then the result, which keeps the rejected rows listed with a
 * download of just those rows to fix and import again. The card's footer holds its buttons, so "Impor
 * sekarang" stays in view however long the lists are (the body scrolls, not the page). Test ids follow
 * DESIGN.md's test contract exactly.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRow } from '../../utils/catalogue/import';
import { currentLanguage, pick } from '../../utils/i18n';
import { useUiStore } from '../../utils/ui-store';
import { errorMessage } from '../ui/error-text';
import { downloadBlob } from './download';
import { isBusy, type ImportState } from './use-import';

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

/** Each rejected row with every reason on its own line: "Baris 8, kolom harga: 0 — harga minimal Rp1". */
function RejectedList({ rows, title }: { rows: ImportRow[]; title: string }) {
  if (rows.length === 0) return null;
  return (
    <div className="import-rejected">
      <h3>{title}</h3>
      <ul>
        {rows.map((r) => (
          <li key={r.row} data-testid="import-error" data-row={r.row}>
            {r.errors.map((e, i) => (
              <span key={i} className="import-error-line">
                {pick(e)}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface Props {
  state: ImportState;
  onConfirm: () => void;
  onClose: () => void;
}

export function ImportPanel({ state, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land on the preview (and then on the result) when it appears.
  const landing = state.step === 'preview' || state.step === 'result' ? state.step : null;
  useEffect(() => {
    if (landing) heading.current?.focus();
  }, [landing]);

  if (state.step === 'idle') return null;
  const busy = isBusy(state);
  const previewing = (state.step === 'preview' || state.step === 'writing') && !state.preview.fileError;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !busy) onClose();
  };
  return (
    <section
      // A one-click load shows itself only if it takes over a second (style.css `.is-late`).
      className={`import-panel${previewing || state.step === 'reading' ? ' is-previewing' : ''}${state.step === 'loading' ? ' is-late' : ''}`}
      aria-labelledby="import-title"
      data-testid="import-panel"
      aria-busy={busy}
      onKeyDown={onKeyDown}
    >
      <div className="import-head">
        <h2 id="import-title" ref={heading} tabIndex={-1}>
          {t(
            state.step === 'result' ? 'importExport.resultTitle' : state.step === 'loading' ? 'sample.loadingTitle' : 'importExport.previewTitle',
            { file: state.fileName },
          )}
        </h2>
        {!busy && (
          <button type="button" className="btn btn-small" data-testid="import-close" onClick={onClose}>
            {t('common.close')}
          </button>
        )}
      </div>

      <div className="import-body">
        {state.step === 'reading' && (
          <p className="import-progress" role="status" data-testid="import-progress">
            <span className="spinner" aria-hidden="true" /> {t('importExport.reading', { file: state.fileName })}
          </p>
        )}

        {state.step === 'loading' && (
          <p className="import-progress" role="status" data-testid="import-progress">
            <span className="spinner" aria-hidden="true" /> {t('sample.loading', { file: state.fileName })}
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

        {previewing && <PreviewBody state={state} />}

        {state.step === 'result' && (
          <>
            <p
              className="notice notice-ok"
              role="status"
              data-testid="import-result"
              data-imported={state.imported}
              data-rejected={state.rejected}
            >
              {t('importExport.result', { imported: state.imported, rejected: state.rejected })}
            </p>
            <RejectedList rows={state.preview.rows.filter((r) => r.status === 'rejected')} title={t('importExport.rejectedKept')} />
          </>
        )}
      </div>

      {previewing && (
        <div className="import-footer">
          <button type="button" className="btn btn-primary" data-testid="import-confirm" disabled={busy} onClick={onConfirm}>
            {state.step === 'writing' ? (
              <>
                <span className="spinner" aria-hidden="true" /> {t('importExport.writing')}
              </>
            ) : (
              t('importExport.confirm')
            )}
          </button>
          <button type="button" className="btn" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
        </div>
      )}

      {state.step === 'result' && state.rejected > 0 && (
        <div className="import-footer">
          <DownloadRejected state={state} />
          <span className="import-footer-hint">{t('importExport.downloadRejectedHint')}</span>
        </div>
      )}
    </section>
  );
}

function PreviewBody({ state }: { state: Extract<ImportState, { step: 'preview' | 'writing' }> }) {
  const { t } = useTranslation();
  const { rows, counts } = state.preview;
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
      <RejectedList rows={rows.filter((r) => r.status === 'rejected')} title={t('importExport.rejectedRows')} />
      <RowList title={t('importExport.newRows')} rows={rows.filter((r) => r.status === 'new')} />
      <RowList title={t('importExport.updatedRows')} rows={rows.filter((r) => r.status === 'updated')} />
    </>
  );
}

function DownloadRejected({ state }: { state: Extract<ImportState, { step: 'result' }> }) {
  const { t } = useTranslation();
  const showToast = useUiStore((s) => s.showToast);
  async function download() {
    try {
      const { rejectedFileName, rejectedRowsFile } = await import('../../utils/catalogue/import/rejected-file');
      downloadBlob(rejectedRowsFile(state.preview, currentLanguage()), rejectedFileName(state.fileName));
    } catch (error) {
      showToast({ message: errorMessage(error), tone: 'error' });
    }
  }
  return (
    <button type="button" className="btn btn-primary" data-testid="import-rejected-download" onClick={() => void download()}>
      <span aria-hidden="true">↓</span> {t('importExport.downloadRejected')}
    </button>
  );
}
