/**
 * "Muat katalog contoh": loads the bundled workshop sample catalogue through the import (issue 10).
 * Exactly one is on the page at a time (`load-sample`): in the empty catalogue's call to action, or in
 * the import/export bar once the catalogue has products.
 */
import { useTranslation } from 'react-i18next';

export function LoadSampleButton({ busy, onLoad, primary = false }: { busy: boolean; onLoad: () => void; primary?: boolean }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={`btn${primary ? ' btn-primary' : ''}`}
      data-testid="load-sample"
      title={t('sample.hint')}
      disabled={busy}
      aria-busy={busy}
      onClick={onLoad}
    >
      {busy ? <span className="spinner" aria-hidden="true" /> : <span aria-hidden="true">★</span>} {t('sample.load')}
    </button>
  );
}
