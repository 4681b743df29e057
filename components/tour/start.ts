/**
 * Starts the tour where it has something to point at: on the catalogue section, once its first rows
 * (or the empty catalogue's offer) are drawn. From Settings or Kesiapan the dashboard goes back to the
 * catalogue first, so "Ubah" and "Terbitkan ke semua" are on the page.
 */
import { waitFor } from '@/utils/fill/wait';
import { startTour } from './tour';

/** How long the first rows may take to be drawn before the tour starts without them. */
const ROWS_PATIENCE_MS = 5000;

export async function startTourOnCatalogue(signal?: AbortSignal): Promise<void> {
  if (location.hash && location.hash !== '#catalogue') location.hash = '#catalogue';
  await waitFor(() => document.querySelector('[data-testid="product-row"], [data-testid="catalogue-empty"]'), {
    timeout: ROWS_PATIENCE_MS,
    signal,
  });
  if (!signal?.aborted) startTour();
}
