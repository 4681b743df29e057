/**
 * Execute-stage primitives: how a value gets into a widget so that the page's framework commits it.
 * Each returns nothing; the caller verifies by reading the value back.
 */
import { editorText } from './dom';

/**
 * Text and number inputs. React keeps a value tracker on the element: a plain `el.value = v` is seen
 * as "no change" and swallowed, so the prototype's own setter is called, then the events a typing
 * person causes. Vue's v-model listens to `input` (and `change` for `.lazy`).
 */
export function setInputValue(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const view = el.ownerDocument.defaultView!;
  const proto = el instanceof view.HTMLTextAreaElement ? view.HTMLTextAreaElement.prototype : view.HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  el.focus();
  el.dispatchEvent(new view.FocusEvent('focusin', { bubbles: true }));
  if (setter) setter.call(el, value);
  else el.value = value;
  el.dispatchEvent(new view.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }));
  el.dispatchEvent(new view.Event('change', { bubbles: true }));
  el.dispatchEvent(new view.FocusEvent('blur'));
  el.dispatchEvent(new view.FocusEvent('focusout', { bubbles: true }));
  el.blur();
}

/** A native <select>: choose the option whose text is one of `labels`. Returns the text chosen. */
export function setSelectByText(el: HTMLSelectElement, matches: (text: string) => boolean): string | undefined {
  const option = Array.from(el.options).find((o) => matches(o.textContent ?? ''));
  if (!option) return undefined;
  const view = el.ownerDocument.defaultView!;
  const setter = Object.getOwnPropertyDescriptor(view.HTMLSelectElement.prototype, 'value')?.set;
  if (setter) setter.call(el, option.value);
  else el.value = option.value;
  el.dispatchEvent(new view.Event('input', { bubbles: true }));
  el.dispatchEvent(new view.Event('change', { bubbles: true }));
  return option.textContent?.trim();
}

/**
 * Rich text (Quill, ProseMirror, plain contenteditable). Replacing innerHTML is reverted by the editor's
 * own model, so the text goes in the way a person's paste or typing does: select all, then a paste of
 * text/plain (editors split it into paragraphs); if the editor ignores the paste, `insertText` line by
 * line with `insertParagraph` between, which keeps the seller's line breaks.
 */
export function setRichText(el: HTMLElement, text: string): void {
  const doc = el.ownerDocument;
  const view = doc.defaultView!;
  el.focus();
  selectAll(el);
  const before = editorText(el);
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  const paste = new view.ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: data });
  const handled = !el.dispatchEvent(paste);
  if (handled && editorText(el) !== before) return finishEditing(el);
  const exec = typeof doc.execCommand === 'function' ? doc.execCommand.bind(doc) : undefined;
  if (exec) {
    selectAll(el);
    exec('delete', false);
    text.split('\n').forEach((line, i) => {
      if (i > 0) exec('insertParagraph', false);
      if (line) exec('insertText', false, line);
    });
    if (editorText(el) !== before || !text) return finishEditing(el);
  }
  // No editor took it (a bare contenteditable in a test page): write paragraphs and say so with `input`.
  el.replaceChildren(
    ...text.split('\n').map((line) => {
      const p = doc.createElement('p');
      if (line) p.textContent = line;
      else p.append(doc.createElement('br'));
      return p;
    }),
  );
  el.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: text }));
  finishEditing(el);
}

function selectAll(el: HTMLElement): void {
  const selection = el.ownerDocument.getSelection();
  if (!selection) return;
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  selection.removeAllRanges();
  selection.addRange(range);
}

function finishEditing(el: HTMLElement): void {
  const view = el.ownerDocument.defaultView!;
  el.dispatchEvent(new view.FocusEvent('blur'));
  el.dispatchEvent(new view.FocusEvent('focusout', { bubbles: true }));
}

/** A photo from the catalogue (a data URL) as a File the page's uploader accepts. */
export function dataUrlToFile(dataUrl: string, name: string, view: Window & typeof globalThis): File {
  const [head, body = ''] = dataUrl.split(',', 2);
  const type = /data:([^;]+)/.exec(head ?? '')?.[1] ?? 'image/jpeg';
  const binary = view.atob(body);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const ext = type.split('/')[1]?.replace('jpeg', 'jpg') ?? 'jpg';
  return new view.File([bytes], `${name}.${ext}`, { type });
}

/** Hidden file inputs: files through a DataTransfer, then the events an uploader listens for. */
export function setFiles(input: HTMLInputElement, files: File[]): void {
  const view = input.ownerDocument.defaultView!;
  const transfer = new view.DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new view.Event('input', { bubbles: true }));
  input.dispatchEvent(new view.Event('change', { bubbles: true }));
}
