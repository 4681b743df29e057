/**
 * "Atur ulang latihan?": the confirmation before a workshop reset. It offers the catalogue backup first
 * (the same JSON backup as "Unduh cadangan"), because a trainer resetting a shared laptop may be about
 * to delete a participant's real work.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../utils/ui-store';
import { resetWorkshop } from '../../utils/workshop/reset';
import { both } from '../catalogue/product-actions';
import { downloadCatalogueBackup } from '../import-export/backup';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/error-text';

export function ResetWorkshopDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const showToast = useUiStore((s) => s.showToast);
  const setSection = useUiStore((s) => s.setSection);
  const closeEditor = useUiStore((s) => s.closeEditor);
  const [busy, setBusy] = useState<'backup' | 'reset' | null>(null);
  const [backedUp, setBackedUp] = useState<string | null>(null);

  async function backup() {
    setBusy('backup');
    try {
      const file = await downloadCatalogueBackup('json');
      setBackedUp(file);
      showToast({ message: both((m) => m.importExport.exported, { file }) });
    } catch (error) {
      showToast({ message: errorMessage(error), tone: 'error' });
    } finally {
      setBusy(null);
    }
  }

  async function reset() {
    setBusy('reset');
    try {
      await resetWorkshop();
      closeEditor();
      // Back to the catalogue, where the empty state offers the sample again.
      if (location.hash && location.hash !== '#catalogue') location.hash = '#catalogue';
      setSection('catalogue');
      onClose();
      showToast({ message: { id: t('workshop.done', { lng: 'id' }), en: t('workshop.done', { lng: 'en' }) } });
    } catch (error) {
      setBusy(null);
      showToast({ message: errorMessage(error), tone: 'error' });
    }
  }

  return (
    <Dialog title={t('workshop.resetTitle')} onClose={onClose} className="reset-dialog" testId="workshop-reset-dialog">
      <header className="dialog-head">
        <h2>{t('workshop.resetTitle')}</h2>
      </header>
      <div className="dialog-body">
        <p>{t('workshop.resetBody')}</p>
        <div className="reset-backup">
          <p>{t('workshop.backupFirst')}</p>
          <button
            type="button"
            className="btn"
            data-testid="workshop-reset-backup"
            data-autofocus
            disabled={busy !== null}
            onClick={() => void backup()}
          >
            {busy === 'backup' ? <span className="spinner" aria-hidden="true" /> : <span aria-hidden="true">↓</span>} {t('workshop.backup')}
          </button>
          {backedUp && (
            <p className="notice notice-ok" role="status" data-testid="workshop-reset-backed-up">
              {t('workshop.backedUp', { file: backedUp })}
            </p>
          )}
        </div>
      </div>
      <footer className="dialog-actions">
        <span className="dialog-actions-note" />
        <button type="button" className="btn" onClick={onClose} disabled={busy === 'reset'}>
          {t('common.cancel')}
        </button>
        <button type="button" className="btn btn-danger" data-testid="workshop-reset-confirm" disabled={busy !== null} onClick={() => void reset()}>
          {busy === 'reset' && <span className="spinner" aria-hidden="true" />} {t('workshop.confirm')}
        </button>
      </footer>
    </Dialog>
  );
}
