/**
 * Photos through a "Media Center" dialog (Lazada): the gallery's add tile opens a dialog, the photos go
 * into the hidden file input inside it, and only the dialog's Confirm puts them in the product. Photos
 * already in the gallery (shown by file name) are not uploaded twice.
 */
import { exactly } from '../../fill/choose';
import { isHidden, press } from '../../fill/dom';
import { dataUrlToFile, setFiles } from '../../fill/set';
import { settle, waitFor } from '../../fill/wait';
import type { FieldFlow } from '../define';

const CONFIRM = ['Konfirmasi', 'Confirm', 'OK', 'Gunakan', 'Use', 'Pilih', 'Select'];
const DIALOG = '[role=dialog],[aria-modal=true],[class*=dialog],[class*=Dialog],[class*=modal],[class*=Modal]';

/** File names the page shows (as text or on thumbnails), outside any open dialog. */
function shownNames(doc: Document): Set<string> {
  const names = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll('img[alt],img[title],span,div,p'))) {
    if (el.closest(DIALOG)) continue;
    for (const text of [el.getAttribute('alt'), el.getAttribute('title'), el.children.length ? null : el.textContent]) {
      if (text?.trim()) names.add(text.trim());
    }
  }
  return names;
}

export const mediaCenterUpload: FieldFlow = async ({ element, document: doc, value, signal, timeout = 3000 }) => {
  if (!value || !('photos' in value)) return { status: 'failed', why: 'photosRejected' };
  const view = doc.defaultView as Window & typeof globalThis;
  const files = value.photos.map((p, i) => dataUrlToFile(p, value.names[i]!, view));
  const shown = shownNames(doc);
  const missing = files.filter((f) => !shown.has(f.name));
  if (!missing.length) return { status: 'already' };

  press(element);
  const found = await waitFor(() => {
    const dialog = Array.from(doc.querySelectorAll(DIALOG)).find((d) => !isHidden(d) && d.querySelector('input[type=file]'));
    return dialog ? { dialog, input: dialog.querySelector('input[type=file]') as HTMLInputElement } : undefined;
  }, { timeout, signal });
  if (!found) return { status: 'failed', why: 'photosRejected' };
  const { dialog, input } = found;
  setFiles(input, input.multiple ? missing : missing.slice(0, 1));
  // the dialog uploads, then lists each photo by name; Confirm before that would add nothing
  const listed = await waitFor(() => {
    const text = dialog.textContent ?? '';
    const alts = Array.from(dialog.querySelectorAll('img')).map((img) => img.getAttribute('alt') ?? img.getAttribute('title') ?? '');
    return missing.every((f) => text.includes(f.name) || alts.includes(f.name)) || undefined;
  }, { timeout: timeout + 2000, signal });
  const isConfirm = exactly(CONFIRM);
  const confirm = Array.from(dialog.querySelectorAll('button,[role=button]')).find((b) => !isHidden(b) && isConfirm(b.textContent ?? ''));
  if (!listed || !confirm) {
    // leave nothing half-chosen behind: close the dialog the way a person cancels it
    const cancel = Array.from(dialog.querySelectorAll('button,[role=button]')).find((b) => exactly(['Batal', 'Cancel', 'Tutup', 'Close'])(b.textContent ?? ''));
    if (cancel) press(cancel);
    return { status: 'failed', why: 'photosRejected' };
  }
  press(confirm);
  await settle();
  const inGallery = await waitFor(() => {
    const now = shownNames(doc);
    return missing.every((f) => now.has(f.name)) || undefined;
  }, { timeout, signal });
  return inGallery ? { status: 'filled', shown: `${files.length} foto / photos` } : { status: 'failed', why: 'photosRejected' };
};
