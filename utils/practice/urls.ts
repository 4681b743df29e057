/**
 * The bundled practice seller pages (entrypoints/practice): one extension page, the platform in its
 * query (`practice.html?platform=shopee`). After the page's own save, the page moves to the same URL
 * with `&listing=<id>`: its fake listing link, which publish records as it records a real edit URL.
 * Pure (no `browser`): the caller passes the extension's base URL where one is needed.
 */
import { PLATFORM_IDS, type PlatformId } from '../platforms/hosts';

export const PRACTICE_PAGE = '/practice.html';
/** Extension origins in the browsers we ship to (Chromium, Edge: chrome-extension; Firefox: moz-extension). */
const EXTENSION_PROTOCOLS = ['chrome-extension:', 'moz-extension:'];

/** `base`: the extension's root URL, e.g. `browser.runtime.getURL('/')`. */
export function practicePageUrl(base: string, platform: PlatformId, listingId?: string): string {
  const url = new URL(PRACTICE_PAGE, base);
  url.searchParams.set('platform', platform);
  if (listingId) url.searchParams.set('listing', listingId);
  return url.href;
}

function parsePractice(url: string): URL | undefined {
  try {
    const u = new URL(url);
    return EXTENSION_PROTOCOLS.includes(u.protocol) && u.pathname === PRACTICE_PAGE ? u : undefined;
  } catch {
    return undefined;
  }
}

/** The platform a practice page URL stands for, or undefined when it is not one. */
export function practicePlatform(url: string): PlatformId | undefined {
  const wanted = parsePractice(url)?.searchParams.get('platform');
  return PLATFORM_IDS.find((id) => id === wanted);
}

export function isPracticeUrl(platform: PlatformId, url: string): boolean {
  return practicePlatform(url) === platform;
}

/** The fake listing id a saved practice page carries (`&listing=`), like an edit URL's id. */
export function practiceListingId(platform: PlatformId, url: string): string | undefined {
  if (!isPracticeUrl(platform, url)) return undefined;
  return parsePractice(url)?.searchParams.get('listing') || undefined;
}
