/**
 * The panel's UI state: what the seller typed, which product is picked, the listing prepared for this
 * platform, and the latest fill report. The catalogue is not copied here (it is read live from
 * IndexedDB); a report belongs to one press of "Isi formulir" (`runId`) and is replaced on the next.
 */
import { create } from 'zustand';
import type { FillReport, Listing, ListingChange } from '@/utils/fill/types';
import type { Bilingual } from '@/utils/bilingual';
import type { PlatformId } from '@/utils/platforms/hosts';
import type { PanelProduct } from '@/entrypoints/background/panel-catalogue';

export type Prepared =
  | { state: 'preparing'; sku: string }
  | { state: 'ready'; sku: string; listing: Listing; changes: ListingChange[] }
  | { state: 'error'; sku: string; error: Bilingual };

export interface PanelState {
  platform: PlatformId;
  query: string;
  /** the product the seller picked, as the list showed it (the "chosen product" card) */
  chosen?: PanelProduct;
  /** the search and the list are open: before the first pick, and after "Ganti produk" */
  choosing: boolean;
  prepared?: Prepared;
  report?: FillReport;
  /** the page could not be reached or the engine stopped: shown in the report */
  runError?: Bilingual;
  setQuery: (query: string) => void;
  /** a pick: the list folds to this product */
  choose: (product: PanelProduct) => void;
  /** "Ganti produk": the search and the list open again; the chosen product stays until another pick */
  changeProduct: () => void;
  setPrepared: (prepared: Prepared) => void;
  /** a new press: the old report goes, a running one takes its place */
  startRun: (runId: string) => void;
  /** progress or the final report of the current run; anything from an older run is ignored */
  acceptReport: (report: FillReport) => void;
  failRun: (runId: string, error: Bilingual) => void;
}

export function createPanelStore(platform: PlatformId) {
  return create<PanelState>()((set, get) => ({
    platform,
    query: '',
    choosing: true,
    setQuery: (query) => set({ query }),
    // A finished report speaks of the product it filled: another pick takes it away, so the seller never
    // reads product A's report beside product B. A running fill keeps its report until it ends.
    choose: (chosen) => {
      const { chosen: before, report } = get();
      const another = before?.sku !== chosen.sku && report?.state !== 'running';
      set(another ? { chosen, choosing: false, report: undefined, runError: undefined } : { chosen, choosing: false });
    },
    changeProduct: () => set({ choosing: true }),
    setPrepared: (prepared) => set({ prepared }),
    startRun: (runId) =>
      set({
        runError: undefined,
        report: { runId, platform, state: 'running', fields: [], startedAt: Date.now() },
      }),
    acceptReport: (report) => {
      const current = get().report;
      if (!current || current.runId !== report.runId) return;
      // Progress can arrive after the final answer; a finished report never goes back to running.
      if (current.state === 'done' && report.state !== 'done') return;
      set({ report });
    },
    failRun: (runId, error) => {
      const current = get().report;
      if (!current || current.runId !== runId) return;
      set({ runError: error, report: { ...current, state: 'done', finishedAt: Date.now() } });
    },
  }));
}

export type PanelStore = ReturnType<typeof createPanelStore>;
