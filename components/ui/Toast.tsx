/** The one toast at the bottom of the page ("Produk dihapus. [Urungkan]"), read from the UI store. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../../utils/i18n';
import { useUiStore } from '../../utils/ui-store';

const SHOW_MS = 8000;

export function Toast() {
  const { t } = useTranslation();
  const toast = useUiStore((s) => s.toast);
  const dismiss = useUiStore((s) => s.dismissToast);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => dismiss(toast.id), SHOW_MS);
    return () => clearTimeout(timer);
  }, [toast, dismiss]);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <div className={`toast ${toast.tone === 'error' ? 'toast-error' : ''}`} data-testid="toast">
          <span>{pick(toast.message)}</span>
          {toast.action && (
            <button
              type="button"
              className="btn btn-small"
              data-testid="toast-action"
              onClick={async () => {
                dismiss(toast.id);
                await toast.action?.run();
              }}
            >
              {pick(toast.action.label)}
            </button>
          )}
          <button type="button" className="btn btn-small btn-icon" aria-label={t('common.close')} onClick={() => dismiss(toast.id)}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
