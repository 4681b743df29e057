/**
 * Dashboard UI state only: which section is open, what the seller typed in search, the filter,
 * which dialog is open, the toast. The catalogue itself is never copied here: it is read live from
 * IndexedDB through `useProducts()`, so an edit in another tab shows without reload.
 */
import { create } from 'zustand';
import type { FieldKey } from './fill/types';
import type { Bilingual } from './bilingual';

export type CatalogueFilter = 'all' | 'attention' | 'out-of-stock';

/**
 * Which product the editor shows: a new one, or an existing one by SKU — and, when the seller came
 * from a readiness reason ("Perbaiki"), the field to put the cursor in.
 */
export type EditorTarget = { mode: 'create' } | { mode: 'edit'; sku: string; focus?: FieldKey };

export interface Toast {
  id: number;
  message: Bilingual;
  /** e.g. "Urungkan" after a delete; the toast closes after the action runs */
  action?: { label: Bilingual; run: () => void | Promise<void> };
  tone?: 'info' | 'error';
}

interface UiState {
  section: string;
  query: string;
  filter: CatalogueFilter;
  editor: EditorTarget | null;
  /** the SKU whose "Terbitkan ke semua" dialog is open */
  publishing: string | null;
  toast: Toast | null;
  setSection: (section: string) => void;
  setQuery: (query: string) => void;
  setFilter: (filter: CatalogueFilter) => void;
  openEditor: (target: EditorTarget) => void;
  closeEditor: () => void;
  openPublish: (sku: string) => void;
  closePublish: () => void;
  showToast: (toast: Omit<Toast, 'id'>) => void;
  dismissToast: (id?: number) => void;
}

let toastSeq = 0;

export const useUiStore = create<UiState>()((set) => ({
  section: 'catalogue',
  query: '',
  filter: 'all',
  editor: null,
  publishing: null,
  toast: null,
  setSection: (section) => set({ section, publishing: null }),
  setQuery: (query) => set({ query }),
  setFilter: (filter) => set({ filter }),
  openEditor: (editor) => set({ editor }),
  closeEditor: () => set({ editor: null }),
  openPublish: (publishing) => set({ publishing }),
  closePublish: () => set({ publishing: null }),
  showToast: (toast) => set({ toast: { ...toast, id: ++toastSeq } }),
  // Only dismiss the toast the caller knows about: a newer toast must not vanish with an old timer.
  dismissToast: (id) => set((s) => (id === undefined || s.toast?.id === id ? { toast: null } : s)),
}));
