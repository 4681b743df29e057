/**
 * Takes the seller to one catalogue field in the open editor: the place a readiness reason ("Berat
 * belum diisi") points at. Fields carry `data-editor-field`; inside, `data-editor-focus` marks the
 * control to use when the first one is not the right one (photos: "Tambah foto", not a tile's arrow).
 */
import type { FieldKey } from '../../utils/fill/types';

const FOCUSABLE = 'input:not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled])';

/** Focuses the field's control and scrolls it into the middle of the editor; false if there is none. */
export function focusEditorField(root: ParentNode, field: FieldKey): boolean {
  const box = root.querySelector<HTMLElement>(`[data-editor-field="${field}"]`);
  if (!box) return false;
  // e-Katalog fields sit in a folded <details>: unfold it, or the control cannot take focus.
  const folded = box.closest('details');
  if (folded && !folded.open) folded.open = true;
  const control =
    box.querySelector<HTMLElement>(`[data-editor-focus]:not([disabled])`) ??
    (box.matches(FOCUSABLE) ? box : box.querySelector<HTMLElement>(FOCUSABLE));
  if (!control) return false;
  control.focus({ preventScroll: true });
  // A visually hidden control (the photo file input) has no box of its own: scroll to the field.
  (control.offsetParent && control.getBoundingClientRect().height > 1 ? control : box).scrollIntoView({ block: 'center' });
  return document.activeElement === control;
}
