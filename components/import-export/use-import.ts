/**
 * The import flow as a small state machine: pick a file → reading → preview (nothing written) →
 * confirm → writing → result. An unreadable file ends in `preview` with a fileError and no confirm.
 * `importNow` is the one-click path (the sample catalogue): loading → result, through the very same
 * preview and apply, so the same checks and merge rules hold; only the seller's look at the preview
 * is skipped.
 */
import { useCallback, useRef, useState } from 'react';
import type { ImportPreview } from '../../utils/catalogue/import';
import type { Bilingual } from '../../utils/bilingual';
import { errorMessage } from '../ui/error-text';

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  /** one click: fetching, checking and writing, with no preview to confirm */
  | { step: 'loading'; fileName: string }
  | { step: 'preview'; fileName: string; preview: ImportPreview }
  | { step: 'writing'; fileName: string; preview: ImportPreview }
  // The preview stays so the rejected rows are still listed (and downloadable) after the import.
  | { step: 'result'; fileName: string; imported: number; rejected: number; preview: ImportPreview }
  | { step: 'failed'; fileName: string; reason: Bilingual };

export function useImport() {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  // A newer pick wins over a slower earlier one still being read.
  const ticket = useRef(0);

  const pick = useCallback(async (file: File) => {
    const mine = ++ticket.current;
    setState({ step: 'reading', fileName: file.name });
    try {
      // Loaded on first use: the CSV parser is not needed to show the catalogue.
      const { previewImport } = await import('../../utils/catalogue/import');
      const preview = await previewImport(file);
      if (mine === ticket.current) setState({ step: 'preview', fileName: file.name, preview });
    } catch (error) {
      if (mine === ticket.current) setState({ step: 'failed', fileName: file.name, reason: errorMessage(error) });
    }
  }, []);

  const confirm = useCallback(async () => {
    if (state.step !== 'preview' || state.preview.fileError) return;
    const { fileName, preview } = state;
    const mine = ++ticket.current;
    setState({ step: 'writing', fileName, preview });
    try {
      const { applyImport } = await import('../../utils/catalogue/import');
      const { imported, rejected } = await applyImport(preview);
      if (mine === ticket.current) setState({ step: 'result', fileName, imported, rejected, preview });
    } catch (error) {
      if (mine === ticket.current) setState({ step: 'failed', fileName, reason: errorMessage(error) });
    }
  }, [state]);

  /** Check and write a file in one go; an unreadable file still ends in its preview, writing nothing. */
  const importNow = useCallback(async (fileName: string, getFile: () => Promise<File>) => {
    const mine = ++ticket.current;
    setState({ step: 'loading', fileName });
    try {
      const file = await getFile();
      const { applyImport, previewImport } = await import('../../utils/catalogue/import');
      const preview = await previewImport(file);
      if (mine !== ticket.current) return;
      if (preview.fileError) return setState({ step: 'preview', fileName, preview });
      const { imported, rejected } = await applyImport(preview);
      if (mine === ticket.current) setState({ step: 'result', fileName, imported, rejected, preview });
    } catch (error) {
      if (mine === ticket.current) setState({ step: 'failed', fileName, reason: errorMessage(error) });
    }
  }, []);

  const close = useCallback(() => {
    ticket.current++;
    setState({ step: 'idle' });
  }, []);

  return { state, pick, confirm, importNow, close };
}

/** Something is being read or written: the import and sample buttons wait. */
export function isBusy(state: ImportState): boolean {
  return state.step === 'reading' || state.step === 'writing' || state.step === 'loading';
}

/** While a file is read or previewed, the catalogue behind it is not shown (it would compete with it). */
export function isPreviewing(state: ImportState): boolean {
  if (state.step === 'reading' || state.step === 'writing') return true;
  return state.step === 'preview' && !state.preview.fileError;
}
