/**
 * The panel beside a seller-centre form: pick a product, see what this platform will receive, press
 * "Isi formulir", read the report. Lives in an extension-origin iframe, so it reads the catalogue
 * directly and the marketplace page cannot read it back.
 */
import { useEffect, useRef } from 'react';
import { getPlatform } from '@/utils/platforms/registry';
import type { FieldKey } from '@/utils/fill/types';
import type { PanelProduct } from '@/entrypoints/background/panel-catalogue';
import type { PanelStore } from './panel-store';
import { listenForProgress, requestFill, requestHighlight, requestListing } from './page-link';
import { usePanelProducts } from './use-panel-products';
import { usePanelText } from './use-panel-text';
import { useCollapsed } from './use-collapsed';
import { ProductPicker } from './ProductPicker';
import { ChosenProduct } from './ChosenProduct';
import { ListingPreview } from './ListingPreview';
import { FillReportView } from './FillReport';
import { PanelHeader } from './PanelHeader';
import { SaveToCatalogue } from '@/components/publish/SaveToCatalogue';
import { usePresenterMode } from '@/components/ui/use-presenter-mode';
import { PracticeBanner } from '@/components/practice/PracticeBanner';

export function PanelApp({ store }: { store: PanelStore }) {
  const text = usePanelText();
  const { t, pick } = text;
  const [collapsed, setCollapsed] = useCollapsed();
  usePresenterMode();
  const { platform, query, chosen, choosing, prepared, report, runError, setQuery } = store();
  const list = usePanelProducts(query);
  const platformLabel = getPlatform(platform).label;

  useEffect(() => listenForProgress((r) => store.getState().acceptReport(r)), [store]);
  useEffect(() => {
    document.documentElement.lang = text.language;
  }, [text.language]);

  const pickProduct = async (product: PanelProduct) => {
    const { sku } = product;
    const { setPrepared, choose } = store.getState();
    choose(product);
    setPrepared({ state: 'preparing', sku });
    const built = await requestListing(sku, platform);
    // A later pick wins: a slow answer for an earlier pick must not land on top of it.
    if (store.getState().prepared?.sku !== sku) return;
    setPrepared(built.ok ? { state: 'ready', sku, listing: built.listing, changes: built.changes } : { state: 'error', sku, error: built.error });
  };

  const reportRef = useRef<HTMLDivElement>(null);
  const fill = async () => {
    const current = store.getState().prepared;
    if (current?.state !== 'ready') return;
    const runId = crypto.randomUUID();
    store.getState().startRun(runId);
    reportRef.current?.scrollIntoView({ block: 'nearest' });
    const { report: final, error } = await requestFill(runId, current.listing);
    if (final) store.getState().acceptReport(final);
    else store.getState().failRun(runId, error!);
  };

  const show = (field: FieldKey) => void requestHighlight(field);

  if (collapsed === undefined) return null;
  if (collapsed) {
    return (
      <button type="button" className="collapsed-tab" data-testid="panel-expand" aria-label={t('expand')} title={t('expand')} onClick={() => setCollapsed(false)}>
        <span className="collapsed-mark" aria-hidden="true">
          «
        </span>
        <span className="collapsed-label">Serentak</span>
      </button>
    );
  }

  const running = report?.state === 'running';
  return (
    <div className="panel">
      <PracticeBanner compact />
      <PanelHeader platformLabel={platformLabel} text={text} onCollapse={() => setCollapsed(true)} />
      <main className="panel-body">
        <SaveToCatalogue platform={platform} language={text.language} />
        {choosing || !chosen ? (
          <ProductPicker list={list} query={query} onQuery={setQuery} pickedSku={prepared?.sku} onPick={(p) => void pickProduct(p)} text={text} autoFocus={!!chosen} />
        ) : (
          <ChosenProduct product={chosen} onChange={() => store.getState().changeProduct()} text={text} />
        )}
        <div ref={reportRef}>
          {report && <FillReportView key={report.runId} report={report} runError={runError} onShow={show} text={text} />}
        </div>
        {prepared?.state === 'preparing' && (
          <p className="muted" role="status">
            {t('preparing', { platform: platformLabel })}
          </p>
        )}
        {prepared?.state === 'error' && (
          <p className="error" role="alert">
            {t('pickFailed', { reason: pick(prepared.error) })}
          </p>
        )}
        {prepared?.state === 'ready' && (
          <ListingPreview platformLabel={platformLabel} listing={prepared.listing} changes={prepared.changes} text={text} />
        )}
      </main>
      <footer className="panel-footer">
        <button type="button" className="primary" data-testid="fill-button" aria-busy={running} disabled={prepared?.state !== 'ready'} onClick={() => void fill()}>
          {t('fill')}
        </button>
        <p className="muted small">{prepared ? t('neverSaves') : t('pickFirst')}</p>
      </footer>
    </div>
  );
}
