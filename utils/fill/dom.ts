/** Small DOM facts the engine asks about every element it touches. */
import { normaliseLabel } from '../platforms/labels';

/** Not shown to the seller: `hidden`, `display:none`, `visibility:hidden`, or inside such an element. */
export function isHidden(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return true;
    const style = (node as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
    const view = node.ownerDocument.defaultView;
    if (view && node === el) {
      const computed = view.getComputedStyle(node);
      if (computed.display === 'none' || computed.visibility === 'hidden') return true;
    }
  }
  return false;
}

export function isDisabled(el: Element): boolean {
  return (
    (el as HTMLInputElement).disabled === true ||
    el.getAttribute('aria-disabled') === 'true' ||
    el.closest('fieldset[disabled]') !== null ||
    /(^|[\s_-])(is-)?disabled($|[\s_-])/.test(el.getAttribute('class') ?? '')
  );
}

export function isReadOnly(el: Element): boolean {
  return (el as HTMLInputElement).readOnly === true || el.getAttribute('aria-readonly') === 'true';
}

/** The text a person reads in an element, normalised like labels. */
export function textOf(el: Element): string {
  return normaliseLabel(el.textContent ?? '');
}

/** Whether `text` (already normalised) equals one of the labels. */
export function matchesAny(text: string, labels: readonly string[]): string | undefined {
  return labels.find((l) => normaliseLabel(l) === text);
}

/** Keep only the outermost elements (a combobox div and the input inside it are one control). */
export function outermost<T extends Element>(els: T[]): T[] {
  return els.filter((el) => !els.some((other) => other !== el && other.contains(el)));
}

/** Keep only the innermost elements (a label span, not the row that contains it). */
export function innermost<T extends Element>(els: T[]): T[] {
  return els.filter((el) => !els.some((other) => other !== el && el.contains(other)));
}

/** The element's value as text: inputs, textareas, selects, editors. */
export function valueOf(el: Element): string {
  if (el instanceof el.ownerDocument.defaultView!.HTMLInputElement) return el.value;
  if (el instanceof el.ownerDocument.defaultView!.HTMLTextAreaElement) return el.value;
  if (el instanceof el.ownerDocument.defaultView!.HTMLSelectElement) {
    return el.selectedOptions[0]?.textContent?.trim() ?? el.value;
  }
  return editorText(el);
}

const BLOCKS = /^(P|DIV|LI|H[1-6]|BLOCKQUOTE|PRE|UL|OL)$/;

/**
 * Plain text of a rich editor with its line breaks: one line per paragraph or <br>. A lone trailing
 * <br> only keeps an empty paragraph open (Quill and ProseMirror write empty lines as <p><br></p>).
 */
export function editorText(el: Element): string {
  const lines: string[] = [];
  let line = '';
  let open = false;
  const flush = () => {
    lines.push(line);
    line = '';
    open = false;
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        line += (child.textContent ?? '').replace(/\u00a0/g, ' ');
        open = true;
      } else if (child.nodeName === 'BR') {
        if (child.nextSibling || !BLOCKS.test(node.nodeName) || node === el) flush();
        else open = true;
      } else if (BLOCKS.test(child.nodeName)) {
        if (open || line) flush();
        walk(child);
        if (child.nodeName !== 'UL' && child.nodeName !== 'OL') flush();
      } else if (child.nodeType === 1) walk(child);
    }
  };
  walk(el);
  if (open || line) flush();
  return lines.join('\n').replace(/\n+$/, '');
}

/** A person's click, as frameworks listen for it (some open menus on mousedown, some on click). */
export function press(el: Element): void {
  const view = el.ownerDocument.defaultView!;
  const init = { bubbles: true, cancelable: true, composed: true, view, button: 0 };
  const PointerCtor = (view as unknown as { PointerEvent?: typeof PointerEvent }).PointerEvent ?? view.MouseEvent;
  el.dispatchEvent(new PointerCtor('pointerdown', init));
  el.dispatchEvent(new view.MouseEvent('mousedown', init));
  (el as HTMLElement).focus?.();
  el.dispatchEvent(new PointerCtor('pointerup', init));
  el.dispatchEvent(new view.MouseEvent('mouseup', init));
  // click() rather than a dispatched event: it also runs native activation (checkbox, radio, label)
  if (typeof (el as HTMLElement).click === 'function') (el as HTMLElement).click();
  else el.dispatchEvent(new view.MouseEvent('click', init));
}
