/**
 * Presenter mode ("Mode presentasi"): larger text and controls for a projector in a workshop room.
 * Remembered in `storage.local` and followed live by every extension page (dashboard, popup, panel):
 * each page puts `presenter-mode` on its <html>, and its CSS scales from there.
 */
import { storage } from 'wxt/utils/storage';

export const presenterModeItem = storage.defineItem<boolean>('local:presenterMode', {
  fallback: false,
  version: 1,
});

/** The class on <html> that the pages' CSS scales text and controls by. */
export const PRESENTER_CLASS = 'presenter-mode';

export function applyPresenterMode(on: unknown, root: Element = document.documentElement): void {
  root.classList.toggle(PRESENTER_CLASS, on === true);
}
