/** "Tunjukkan" (show me): scroll a field into view and outline it for a moment. */
import { fieldSpec, type Platform } from '../platforms/define';
import { isHidden } from './dom';
import { findField } from './find';
import { bestCandidate } from './resemble';
import type { FieldKey } from './types';

const OUTLINE_MS = 2500;

/**
 * Returns false when nothing on the page is or resembles the field. A field the report called
 * `failed` with a look-alike ("the closest control is …") shows that control.
 */
export function highlightField(platform: Platform, field: FieldKey, doc: Document = document): boolean {
  const spec = fieldSpec(platform, field);
  if (!spec) return false;
  const found = findField(doc, field, spec);
  const element = 'found' in found ? found.found.element : 'missing' in found ? bestCandidate(doc, field, spec)?.element : undefined;
  if (!element) return false;
  // hidden file inputs and editors' hidden textareas: outline what the seller can see
  let target: Element | null = element;
  while (target && isHidden(target)) target = target.parentElement;
  if (!target) return false;
  const el = target as HTMLElement;
  el.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  const before = { outline: el.style.outline, offset: el.style.outlineOffset };
  el.style.outline = '3px solid #f59e0b';
  el.style.outlineOffset = '2px';
  el.setAttribute('data-serentak-highlight', field);
  setTimeout(() => {
    el.style.outline = before.outline;
    el.style.outlineOffset = before.offset;
    el.removeAttribute('data-serentak-highlight');
  }, OUTLINE_MS);
  return true;
}
