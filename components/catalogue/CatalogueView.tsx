/**
 * The catalogue section: toolbar, import/export, the list, and the editor dialog. Products are read live
 * (an edit in another tab shows here without reload); the search index is rebuilt only when they change.
 */
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { attentionReasons } from '../../utils/catalogue/attention';
import { useUiStore } from '../../utils/ui-store';
import { markTourDueAfterSample } from '../../utils/workshop/tour-setting';
import { PublishDialogHost } from '../publish/PublishDialogHost';
import { ImportExportBar } from '../import-export/ImportExportBar';
import { ImportPanel } from '../import-export/ImportPanel';
import { LoadSampleButton } from '../import-export/LoadSampleButton';
import { fetchSampleCatalogue, SAMPLE_FILE_NAME } from '../import-export/sample';
import { turnPracticeModeOn } from '../practice/turn-on';
import { isBusy, isPreviewing, useImport } from '../import-export/use-import';
import { CatalogueToolbar } from './CatalogueToolbar';
import { ProductList } from './ProductList';
import { buildIndex, countFilters, createSearch, type IndexedProduct } from './search-index';
import { useCatalogueList } from './use-catalogue-list';

// The editor (photos, variants) loads on the first "Tambah produk"/"Ubah": the list comes first.
const ProductEditor = lazy(() => import('../editor/ProductEditor').then((m) => ({ default: m.ProductEditor })));

export function CatalogueView() {
  const { t } = useTranslation();
  const { products, complete } = useCatalogueList();
  const editor = useUiStore((s) => s.editor);
  const importFlow = useImport();

  const index = useMemo(() => buildIndex(products ?? [], attentionReasons), [products]);
  const counts = useMemo(() => countFilters(index), [index]);
  // After the sample loads, the guided tour is due (it starts on the next open of the dashboard), and
  // practice mode turns on: publishing a sample product goes to the practice pages.
  const loadSample = () =>
    void importFlow
      .importNow(SAMPLE_FILE_NAME, () => fetchSampleCatalogue().then(turnPracticeModeOn))
      .then(() => markTourDueAfterSample());
  const busy = isBusy(importFlow.state);
  const previewing = isPreviewing(importFlow.state);
  // The empty catalogue offers the sample itself; the bar offers it otherwise (one `load-sample` at a time).
  const emptyOffer = complete && index.length === 0 && !previewing;

  return (
    <section className="catalogue" aria-labelledby="catalogue-title">
      <div className="catalogue-heading">
        <h1 id="catalogue-title">{t('catalogue.title')}</h1>
        <ImportExportBar
          onPick={(file) => void importFlow.pick(file)}
          onLoadSample={emptyOffer ? undefined : loadSample}
          busy={busy}
        />
      </div>
      <ImportPanel state={importFlow.state} onConfirm={() => void importFlow.confirm()} onClose={importFlow.close} />
      {/* During a preview the list behind would only compete with it ("0 dari 0 produk", "Belum ada
          produk… impor dari file CSV"); it comes back with the result. */}
      {!previewing && (
        <>
          <CatalogueToolbar counts={counts} />
          <SearchResults
            index={index}
            loaded={products !== undefined}
            complete={complete}
            emptyOffer={<LoadSampleButton primary busy={busy} onLoad={loadSample} />}
          />
        </>
      )}
      <PublishDialogHost />
      {editor && (
        <Suspense fallback={<span className="spinner" role="status" aria-label={t('common.loading')} />}>
          <ProductEditor key={editor.mode === 'edit' ? editor.sku : 'new'} target={editor} />
        </Suspense>
      )}
    </section>
  );
}

/**
 * What the search and filter show. The only part of the catalogue view that reads the query, so a
 * keystroke re-renders the count and the list, not the import bar, the heading or the dialogs.
 */
function SearchResults({
  index,
  loaded,
  complete,
  emptyOffer,
}: {
  index: IndexedProduct[];
  loaded: boolean;
  complete: boolean;
  emptyOffer: ReactNode;
}) {
  const { t } = useTranslation();
  const query = useUiStore((s) => s.query);
  const filter = useUiStore((s) => s.filter);
  const [search] = useState(createSearch);
  const shown = useMemo(() => search(index, query, filter), [search, index, query, filter]);
  return (
    <>
      <p className="catalogue-count" aria-live="polite" data-testid="catalogue-count" data-shown={shown.length} data-total={index.length}>
        {loaded ? t('catalogue.shown', { shown: shown.length, total: index.length }) : t('catalogue.loading')}
        {loaded && !complete && (
          <span className="loading-more">
            {' '}
            <span className="spinner" aria-hidden="true" /> {t('catalogue.loading')}
          </span>
        )}
      </p>
      {complete && index.length === 0 && (
        <div className="empty-catalogue" data-testid="catalogue-empty">
          <p>
            {t('catalogue.empty')} {t('sample.hint')}
          </p>
          {emptyOffer}
        </div>
      )}
      {loaded && index.length > 0 && shown.length === 0 && <p className="empty">{t('catalogue.noMatch')}</p>}
      <ProductList entries={shown} resetKey={`${filter}\n${query}`} />
    </>
  );
}
