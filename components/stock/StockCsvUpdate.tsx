/**
 * "Perbarui stok dari CSV": a `sku,stock` file updates only the SKUs it names (variant SKUs too). Good
 * rows are saved at once in one transaction; refused rows and unknown SKUs are listed in the seller's
 * words. The change is noted first (noteStockSource), so the background's history line for it says
 * `import`, and with stock-auto on it is pushed to every linked shop like any change of the seller's.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '@/utils/bilingual';
import { catalogue, CatalogueError } from '@/utils/catalogue/api';
import { readImportFile } from '@/utils/catalogue/import/read-file';
import { parseStockCsv, type CsvStockUpdate } from '@/utils/stock/csv-update';
import { saveSkuChanges } from '@/utils/stock/save-sku-changes';
import { noteStockSource } from '@/utils/stock/store';
import { applySkuChanges } from '@/utils/stock/grid-rows';

type Outcome = { applied: number; problems: CsvStockUpdate['problems']; unknown: CsvStockUpdate['unknown'] } | { error: string };

export function StockCsvUpdate() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome>();

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    input.value = ''; // the same file chosen again is read again
    if (!file) return;
    try {
      const read = await readImportFile(file);
      if ('fileError' in read) return setOutcome({ error: pickText(read.fileError, language) });
      const result = parseStockCsv(read.text, await catalogue.list());
      if ('fileError' in result) return setOutcome({ error: pickText(result.fileError, language) });
      // Noted before the write, as every import does (store.ts noteStockSource): stock sync then names
      // the change `import` in the history, not the seller's `edit`.
      if (result.changes.size) {
        await noteStockSource('import', applySkuChanges(await catalogue.list(), result.changes));
        await saveSkuChanges(result.changes);
      }
      setOutcome({ applied: result.changes.size, problems: result.problems, unknown: result.unknown });
    } catch (error) {
      const reason = error instanceof CatalogueError ? pickText(error.message, language) : String(error);
      setOutcome({ error: t('stock.csv.failed', { reason }) });
    }
  };

  return (
    <div className="stock-csv">
      <label className="btn btn-small file-button" title={t('stock.csv.hint')}>
        <input type="file" accept=".csv,text/csv" className="visually-hidden" aria-describedby={id} data-testid="stock-csv-input" onChange={(e) => void onFile(e)} />
        {t('stock.csv.label')}
      </label>
      {/* The format, said to screen readers and on hover (title): a visible paragraph made the strip too tall. */}
      <span id={id} className="visually-hidden">
        {t('stock.csv.hint')}
      </span>
      {outcome && 'error' in outcome && (
        <p role="alert" data-testid="stock-csv-error">
          {outcome.error}
        </p>
      )}
      {outcome && 'applied' in outcome && (
        <div role="status" data-testid="stock-csv-result" data-applied={outcome.applied}>
          <p>{t('stock.csv.applied', { count: outcome.applied })}</p>
          {outcome.problems.length > 0 && (
            <>
              <p>{t('stock.csv.problems')}</p>
              <ul>
                {outcome.problems.map((p, i) => (
                  <li key={i} data-testid="stock-csv-problem" data-row={p.row} data-sku={p.sku}>
                    {pickText(p.text, language)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {outcome.unknown.length > 0 && (
            <ul>
              {outcome.unknown.map((u) => (
                <li key={u.row} data-testid="stock-csv-unknown" data-row={u.row} data-sku={u.sku}>
                  {t('stock.csv.unknown', { row: u.row, sku: u.sku })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
