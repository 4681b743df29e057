/**
 * Whether the guided tour has been seen, remembered in `storage.local` (a versioned WXT item).
 * `new`: never offered; `due`: the sample catalogue was loaded, so the tour starts on the next open of
 * the dashboard; `done` / `skipped`: the seller finished or left it, it never starts by itself again
 * (the Bantuan menu restarts it). Every read goes through zod: an older build or a hand edit may have
 * left anything there.
 */
import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';

export const tourStatusSchema = z.enum(['new', 'due', 'done', 'skipped']);
export type TourStatus = z.infer<typeof tourStatusSchema>;

export const tourStatusItem = storage.defineItem<TourStatus>('local:tourStatus', {
  fallback: 'new',
  version: 1,
});

export async function readTourStatus(): Promise<TourStatus> {
  const parsed = tourStatusSchema.safeParse(await tourStatusItem.getValue().catch(() => 'new'));
  return parsed.success ? parsed.data : 'new';
}

/** After the sample catalogue loads: a seller who has never seen the tour gets it on the next open. */
export async function markTourDueAfterSample(): Promise<void> {
  if ((await readTourStatus()) === 'new') await tourStatusItem.setValue('due');
}

/** Which status to remember when the tour closes: finished on its last step, or left early. */
export function tourStatusOnClose(stepIndex: number | undefined, stepCount: number): TourStatus {
  return stepIndex !== undefined && stepIndex >= stepCount - 1 ? 'done' : 'skipped';
}
