/**
 * "Impor CSV/JSON" (the file input itself is `catalogue-import`, visually a button) and the two
 * downloads. Sits in the catalogue view so it is always on the page, whatever section tests open.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../utils/ui-store';
import { both } from '../catalogue/product-actions';
import { errorMessage } from '../ui/error-text';
import { downloadCatalogueBackup } from './backup';
import { LoadSampleButton } from './LoadSampleButton';

interface Props {
  onPick: (file: File) => void;
  /** loads the sample catalogue; its button is left out while the empty catalogue offers it instead */
  onLoadSample?: () => void;
  busy?: boolean;
}

export function ImportExportBar({ onPick, onLoadSample, busy = false }: Props) {
  const { t } = useTranslation();
  const showToast = useUiStore((s) => s.showToast);
  const [exporting, setExporting] = useState<'json' | 'csv' | null>(null);

  async function exportAs(kind: 'json' | 'csv') {
    setExporting(kind);
    try {
      const name = await downloadCatalogueBackup(kind);
      showToast({ message: both((m) => m.importExport.exported, { file: name }) });
    } catch (error) {
      showToast({ message: errorMessage(error), tone: 'error' });
    } finally {
      setExporting(null);
    }
  }

  return (
    <div className="import-export-bar" role="group" aria-label={t('importExport.title')}>
      <label className="btn file-button" title={t('importExport.importHint')}>
        <input
          type="file"
          accept=".csv,.json,text/csv,application/json"
          className="visually-hidden"
          data-testid="catalogue-import"
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Cleared so choosing the same file again (after fixing it in Excel) reads it again.
            e.target.value = '';
            if (file) onPick(file);
          }}
        />
        <span aria-hidden="true">↑</span> {t('importExport.import')}
      </label>
      <button type="button" className="btn" data-testid="export-json" disabled={exporting !== null} onClick={() => void exportAs('json')}>
        {exporting === 'json' ? <span className="spinner" aria-hidden="true" /> : <span aria-hidden="true">↓</span>}{' '}
        {t('importExport.exportJson')}
      </button>
      <button type="button" className="btn" data-testid="export-csv" disabled={exporting !== null} onClick={() => void exportAs('csv')}>
        {exporting === 'csv' ? <span className="spinner" aria-hidden="true" /> : <span aria-hidden="true">↓</span>}{' '}
        {t('importExport.exportCsv')}
      </button>
      {onLoadSample && <LoadSampleButton busy={busy} onLoad={onLoadSample} />}
    </div>
  );
}
