import { afterEach, describe, expect, it } from 'vitest';
import { focusEditorField } from '../../../components/editor/focus-field';

/** The editor's shape, as far as finding a field goes: a named box, its control, a folded section. */
function editor(): HTMLElement {
  const root = document.createElement('form');
  root.innerHTML = `
    <div data-editor-field="name"><label for="n">Nama</label><input id="n"></div>
    <fieldset data-editor-field="photos">
      <button type="button">←</button>
      <label><input type="file" data-editor-focus> Pilih foto</label>
    </fieldset>
    <fieldset data-editor-field="dimensions"><input id="length"><input id="width"></fieldset>
    <details><summary>e-Katalog</summary>
      <div data-editor-field="unit"><label for="u">Satuan</label><input id="u"></div>
    </details>`;
  document.body.append(root);
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a readiness reason takes the seller to its field', () => {
  it.each([
    { field: 'name', focused: 'n' },
    { field: 'dimensions', focused: 'length' },
  ] as const)('$field: its first control', ({ field, focused }) => {
    const root = editor();
    expect(focusEditorField(root, field)).toBe(true);
    expect(document.activeElement?.id).toBe(focused);
  });

  it('photos: the add-photos control, not a tile button', () => {
    const root = editor();
    focusEditorField(root, 'photos');
    expect(document.activeElement).toBe(root.querySelector('[data-editor-focus]'));
  });

  it('an e-Katalog field unfolds its section first', () => {
    const root = editor();
    expect(focusEditorField(root, 'unit')).toBe(true);
    expect(root.querySelector('details')!.open).toBe(true);
    expect(document.activeElement?.id).toBe('u');
  });

  it('a field the editor does not have changes nothing', () => {
    const root = editor();
    expect(focusEditorField(root, 'preorder')).toBe(false);
    expect(document.activeElement).toBe(document.body);
  });
});
