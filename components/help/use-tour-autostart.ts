/**
 * Starts the guided tour by itself once: on the first open of the dashboard after the sample catalogue
 * was loaded (the tour is `due`), when the catalogue's first row is on the page to point at. Loading
 * the sample does not start it on the spot: the trainer is mid-sentence then; the next open is the
 * participant's first look.
 */
import { useEffect } from 'react';
import { waitFor } from '@/utils/fill/wait';
import { readTourStatus } from '@/utils/workshop/tour-setting';
import { startTour } from '../tour/tour';

/** How long the first rows may take to be drawn before the tour starts without them. */
const ROWS_PATIENCE_MS = 5000;

export function useTourAutostart(): void {
  useEffect(() => {
    const stop = new AbortController();
    void readTourStatus().then(async (status) => {
      if (status !== 'due' || stop.signal.aborted) return;
      await waitFor(() => document.querySelector('[data-testid="product-row"], [data-testid="catalogue-empty"]'), {
        timeout: ROWS_PATIENCE_MS,
        signal: stop.signal,
      });
      if (!stop.signal.aborted) startTour();
    });
    return () => stop.abort();
  }, []);
}
