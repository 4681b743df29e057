/**
 * The photo widget family, told apart by the DOM, never by the platform's name: an image file input
 * (hidden or not; one `multiple` input, or one input per slot as Lazada-like galleries draw them), a
 * drop zone with no input (the files arrive as a drop, like a person dragging them in), or a media
 * dialog opened from a tile (the adapter's flow, flows/media-center.ts). A fill counts only when the
 * page shows the files afterwards (thumbnails or their names); otherwise it is `failed`.
 */
import type { FieldSpec, FlowContext, FlowResult } from '../platforms/define';
import { FIELD_LABELS, normaliseLabel } from '../platforms/labels';
import { innermost, isDisabled, isHidden } from './dom';
import { dataUrlToFile, setFiles } from './set';
import type { Outcome } from './types';
import { settle, waitFor } from './wait';

const DIALOG = '[role=dialog],[aria-modal=true]';
/** Words of a photo row's label or a drop zone's text (id, en). */
const PHOTO_WORDS = ['foto', 'gambar', 'image', 'images', 'photo', 'photos', 'picture'];
const DROP_WORDS = ['seret', 'tarik', 'letakkan', 'jatuhkan', 'drag', 'drop'];
const DROP_ZONE = '[class*=drop],[class*=Drop],[class*=upload],[class*=Upload],[data-dropzone]';
const THUMB = 'img,canvas,[style*=background-image]';

const words = (text: string) => normaliseLabel(text).split(/[^\p{L}\p{N}]+/u);
const saysPhoto = (text: string) => words(text).some((w) => PHOTO_WORDS.includes(w));

/** An input that takes images: accept names images (or says nothing), never video or documents only. */
function takesImages(input: HTMLInputElement): boolean {
  const accept = (input.getAttribute('accept') ?? '').toLowerCase();
  return !accept || /image|\.jpe?g|\.png|\.webp/.test(accept);
}

/** The photos row: around the field's element, else around a label naming the photos. */
export function photoRow(doc: Document, near?: Element): Element | undefined {
  const holds = (el: Element) => el.querySelector('input[type=file]') || el.querySelector(DROP_ZONE);
  for (let up = near ?? null, depth = 0; up && depth < 6 && up !== doc.body; depth++, up = up.parentElement) {
    if (holds(up)) return up;
  }
  const labels = new Set(FIELD_LABELS.photos.map(normaliseLabel));
  for (const el of Array.from(doc.querySelectorAll('label,span,div,p,h2,h3,h4,dt,legend'))) {
    const text = el.textContent ?? '';
    if (text.length > 40 || el.children.length > 2 || el.closest(DIALOG) || isHidden(el)) continue;
    if (!labels.has(normaliseLabel(text)) && !saysPhoto(text)) continue;
    for (let up = el.parentElement, depth = 0; up && depth < 5 && up !== doc.body; depth++, up = up.parentElement) {
      if (holds(up)) return up;
    }
  }
  return undefined;
}

/** Image file inputs: in the photos row first; else the page's only one (or the ones whose row says photo). */
export function imageInputs(doc: Document, row?: Element): HTMLInputElement[] {
  const all = (root: ParentNode) =>
    (Array.from(root.querySelectorAll('input[type=file]')) as HTMLInputElement[]).filter((i) => takesImages(i) && !i.closest(DIALOG) && !isDisabled(i));
  const inRow = row ? all(row) : [];
  if (inRow.length) return inRow;
  const page = all(doc);
  if (page.length <= 1) return page;
  return page.filter((i) => {
    for (let up = i.parentElement, depth = 0; up && depth < 4; depth++, up = up.parentElement) if (saysPhoto(up.textContent ?? '')) return true;
    return false;
  });
}

/**
 * A drop zone with no input: the innermost block in the photos row whose class or text says upload or
 * drag & drop (events bubble up, never down, so the drop goes to the innermost one). Outside a photos
 * row only a zone whose own text says photo counts.
 */
export function dropZone(doc: Document, row?: Element): Element | undefined {
  const saysDrop = (z: Element) => words(z.textContent ?? '').some((w) => DROP_WORDS.includes(w));
  const zones = Array.from((row ?? doc).querySelectorAll(DROP_ZONE)).filter((z) => !isHidden(z) && !z.closest(DIALOG));
  const byText = Array.from((row ?? doc).querySelectorAll('div,label,section')).filter(
    (z) => !isHidden(z) && !z.closest(DIALOG) && (z.textContent ?? '').length < 120 && saysDrop(z),
  );
  const found = innermost([...new Set([...zones, ...byText])]).filter((z) => row || saysPhoto(z.textContent ?? ''));
  return found.find((z) => saysPhoto(z.textContent ?? '') || saysDrop(z)) ?? found[0];
}

/** What the page shows of uploaded photos outside dialogs: names (alt, title, text) and thumbnail count. */
function shown(doc: Document): { names: Set<string>; thumbs: number } {
  const names = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll('img,span,div,p,li,a'))) {
    if (el.closest(DIALOG)) continue;
    for (const t of [el.getAttribute('alt'), el.getAttribute('title'), el.children.length ? null : el.textContent]) if (t?.trim()) names.add(t.trim());
  }
  const thumbs = Array.from(doc.querySelectorAll(THUMB)).filter((t) => !t.closest(DIALOG)).length;
  return { names, thumbs };
}

/** Wait until the page shows the sent files: all their names, or as many new thumbnails. */
async function committed(doc: Document, sent: File[], before: number, timeout: number, signal?: AbortSignal): Promise<boolean> {
  const ok = await waitFor(() => {
    const now = shown(doc);
    return sent.every((f) => now.names.has(f.name)) || now.thumbs >= before + sent.length || undefined;
  }, { timeout, signal });
  return ok === true;
}

function dispatchDrop(zone: Element, files: File[]): void {
  const view = zone.ownerDocument.defaultView as Window & typeof globalThis;
  const transfer = new view.DataTransfer();
  for (const file of files) transfer.items.add(file);
  for (const type of ['dragenter', 'dragover', 'drop']) {
    const init = { bubbles: true, cancelable: true, composed: true, dataTransfer: transfer };
    const event = typeof view.DragEvent === 'function' ? new view.DragEvent(type, init) : new view.Event(type, init);
    if (!('dataTransfer' in event) || !(event as DragEvent).dataTransfer) Object.defineProperty(event, 'dataTransfer', { value: transfer });
    zone.dispatchEvent(event);
  }
}

export interface PhotoContext {
  doc: Document;
  signal?: AbortSignal;
  timeout: number;
}

/**
 * Put the photos in, in catalogue order, through whichever member of the family the page has.
 * `element` = what the adapter's locators found (a file input, an opener tile) or nothing.
 * Returns undefined when the page has no photo widget at all (yet).
 */
export async function fillPhotoFamily(
  element: Element | undefined,
  spec: FieldSpec,
  value: { photos: string[]; names: string[] },
  ctx: PhotoContext,
  flowContext: Omit<FlowContext, 'element'>,
): Promise<{ outcome: FlowResult; via: string } | undefined> {
  const { doc } = ctx;
  const view = doc.defaultView as Window & typeof globalThis;
  const files = value.photos.map((p, i) => dataUrlToFile(p, value.names[i]!, view));
  const before = shown(doc);
  const missing = files.filter((f) => !before.names.has(f.name));
  const row = photoRow(doc, element);
  const direct = element instanceof view.HTMLInputElement && element.type === 'file' ? [element] : [];
  const inputs = direct.length ? direct : imageInputs(doc, row);
  const zone = inputs.length ? undefined : dropZone(doc, row);
  const opener = element && spec.flow && !inputs.length ? element : undefined;
  if (!inputs.length && !zone && !opener) return undefined;
  if (!missing.length) return { outcome: { status: 'already' }, via: 'photos already shown' };
  if (opener) {
    const out = (await spec.flow!({ ...flowContext, element: opener })) ?? { status: 'filled', shown: `${files.length} foto / photos` };
    // the tile was no dialog opener after all (a drop zone the adapter's label also names): drop instead
    if (out.status !== 'failed' || !zone) return { outcome: out, via: 'media dialog' };
  }
  if (zone) return { outcome: await dropPhotos(zone, missing, ctx), via: 'drop zone' };
  if (inputs.length === 1 || inputs[0]!.multiple) {
    const input = inputs[0]!;
    const sent = input.multiple || missing.length === 1 ? missing : missing.slice(0, 1);
    setFiles(input, sent);
    const ok = await committed(doc, sent, before.thumbs, 3000, ctx.signal);
    await settle();
    return { outcome: ok ? { status: 'filled', shown: `${files.length} foto / photos` } : { status: 'failed', why: 'photosRejected' }, via: 'image file input' };
  }
  // one input per slot: each file to the next slot that shows no photo yet, in catalogue order
  const used = new Set<Element>();
  for (const file of missing) {
    const slots = imageInputs(doc, photoRow(doc, element) ?? row);
    const free = slots.find((i) => !used.has(i) && !i.parentElement?.querySelector(THUMB)) ?? slots.find((i) => !used.has(i));
    if (!free) return { outcome: { status: 'failed', why: 'photosRejected' }, via: 'photo slots' };
    used.add(free);
    const thumbs = shown(doc).thumbs;
    setFiles(free, [file]);
    if (!(await committed(doc, [file], thumbs, 3000, ctx.signal))) return { outcome: { status: 'failed', why: 'photosRejected' }, via: 'photo slots' };
  }
  await settle();
  return { outcome: { status: 'filled', shown: `${files.length} foto / photos` }, via: `${inputs.length} photo slots` };
}

/** A drop zone: the files as one drop, then the page must show them. */
export async function dropPhotos(zone: Element, files: File[], ctx: PhotoContext): Promise<Outcome> {
  const before = shown(ctx.doc).thumbs;
  dispatchDrop(zone, files);
  const ok = await committed(ctx.doc, files, before, 3000, ctx.signal);
  await settle();
  return ok ? { status: 'filled', shown: `${files.length} foto / photos` } : { status: 'failed', why: 'photosRejected' };
}
