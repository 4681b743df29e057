/**
 * Starts the guided tour by itself once: on the first open of the dashboard after the sample catalogue
 * was loaded (the tour is `due`). Loading the sample does not start it on the spot: the trainer is
 * mid-sentence then; the next open is the participant's first look.
 */
import { useEffect } from 'react';
import { readTourStatus } from '@/utils/workshop/tour-setting';
import { startTourOnCatalogue } from '../tour/start';

export function useTourAutostart(): void {
  useEffect(() => {
    const stop = new AbortController();
    void readTourStatus().then((status) => {
      if (status === 'due' && !stop.signal.aborted) return startTourOnCatalogue(stop.signal);
    });
    return () => stop.abort();
  }, []);
}
