/**
 * Where publish state lives: `storage.session`, so it outlives the MV3 service worker (which dies when
 * idle) but not the browser session — tabs it points at are gone after a restart anyway. The dashboard
 * watches the same item to show each platform's state live.
 */
import { storage } from 'wxt/utils/storage';
import { publishRunsSchema, type PublishRuns } from './publish-state';

export const publishRunsItem = storage.defineItem<PublishRuns>('session:publishRuns', { fallback: {} });

/** Session storage is ours alone, but a half-written or older shape must not stop publishing. */
export function readPublishRuns(raw: unknown): PublishRuns {
  const parsed = publishRunsSchema.safeParse(raw);
  return parsed.success ? parsed.data : {};
}
