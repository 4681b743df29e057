/**
 * An object URL for a stored photo Blob, ready in the render that first shows it. The virtualised list
 * reuses a row for another product as the seller searches or scrolls: a URL made later, in an effect,
 * would show the previous product's photo for a frame and cost a second render per keystroke.
 *
 * URLs are shared per Blob and counted; one nobody has used for a moment is revoked, so with 10,000
 * products they never pile up (a render React throws away still gets its URL revoked).
 */
import { useEffect } from 'react';

interface SharedUrl {
  url: string;
  users: number;
  /** when `users` last became 0 (or the URL was made) */
  idleSince: number;
}

/** How long an unused URL is kept: long enough for the effect of the render that made it to run. */
const IDLE_MS = 2000;

const urls = new Map<Blob, SharedUrl>();
let sweep: ReturnType<typeof setTimeout> | undefined;

function scheduleSweep() {
  sweep ??= setTimeout(() => {
    sweep = undefined;
    const now = Date.now();
    for (const [blob, shared] of urls) {
      if (shared.users > 0) continue;
      if (now - shared.idleSince < IDLE_MS) {
        scheduleSweep();
        continue;
      }
      URL.revokeObjectURL(shared.url);
      urls.delete(blob);
    }
  }, IDLE_MS);
}

function sharedUrl(blob: Blob): SharedUrl {
  let shared = urls.get(blob);
  if (!shared) {
    shared = { url: URL.createObjectURL(blob), users: 0, idleSince: Date.now() };
    urls.set(blob, shared);
    scheduleSweep();
  }
  return shared;
}

export function usePhotoUrl(blob: Blob | undefined): string | undefined {
  const url = blob ? sharedUrl(blob).url : undefined;
  useEffect(() => {
    if (!blob) return;
    const shared = sharedUrl(blob);
    shared.users++;
    return () => {
      shared.users--;
      shared.idleSince = Date.now();
      scheduleSweep();
    };
  }, [blob]);
  return url;
}

/** How many photo URLs are alive (tests). */
export function livePhotoUrls(): number {
  return urls.size;
}
