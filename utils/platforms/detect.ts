/**
 * What kind of page the seller is on: from the URL first, then from what the page shows (e-Katalog and
 * Blibli paths are guesses, so their add form is recognised on any path). A login URL, a login host,
 * or any form with a password field is 'login' (DESIGN.md needs-login).
 */
import type { PageKind } from '../messaging';
import type { PlatformSite } from './define';
import { normaliseLabel } from './labels';

/** `*` matches any run of characters; `[0-9]*` one or more digits. Matched against path + query. */
export function pathMatches(pattern: string, pathAndQuery: string): boolean {
  const source = pattern
    .split(/(\*|\[0-9\]\*)/)
    .map((part) => (part === '*' ? '.*' : part === '[0-9]*' ? '\\d+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}/?$`).test(pathAndQuery) || new RegExp(`^${source}(\\?.*)?$`).test(pathAndQuery);
}

const matchesAny = (patterns: readonly string[] | undefined, path: string) => (patterns ?? []).some((p) => pathMatches(p, path));

function showsText(doc: Document, texts: readonly string[]): boolean {
  const wanted = texts.map(normaliseLabel);
  const candidates = doc.querySelectorAll('h1,h2,h3,[role=heading],title,.page-title,header');
  return Array.from(candidates).some((el) => wanted.includes(normaliseLabel(el.textContent ?? '')));
}

function hasPasswordForm(doc: Document): boolean {
  return doc.querySelector('input[type=password]') !== null;
}

export function detectPageKind(platform: PlatformSite, location: Pick<Location, 'hostname' | 'pathname' | 'search'>, doc: Document): PageKind {
  const path = location.pathname + location.search;
  if (platform.loginHosts?.includes(location.hostname) || matchesAny(platform.pages.login, path) || hasPasswordForm(doc)) {
    return 'login';
  }
  // edit before add: Lazada's edit URL is its add URL with ?productId=
  if (matchesAny(platform.pages.edit, path)) return 'edit';
  if (matchesAny(platform.pages.add, path)) return 'add';
  if (matchesAny(platform.pages.list, path)) return 'list';
  // the page itself says it is a product form (paths we could only guess, or moved ones)
  const hasForm = doc.querySelector('input, textarea, [contenteditable]') !== null &&
    (!platform.detect.formSelector || doc.querySelector(platform.detect.formSelector) !== null);
  if (hasForm && platform.detect.editTexts && showsText(doc, platform.detect.editTexts)) return 'edit';
  if (hasForm && showsText(doc, platform.detect.addTexts)) return 'add';
  return 'other';
}
