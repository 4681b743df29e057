/**
 * The photo family told apart by the DOM: one image input, one input per slot, a drop zone with no
 * input; each page "uploads" (adds a thumbnail named after the file) the way its widget does. Filled
 * only when the page shows the files; an input the page ignores is `failed`.
 */
import { describe, expect, test } from 'vitest';
import { fillPhotoFamily } from '../../../utils/fill/photos';
import type { FieldSpec } from '../../../utils/platforms/define';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const value = { photos: [PNG, PNG, PNG], names: ['keripik-1', 'keripik-2', 'keripik-3'] };
const spec: FieldSpec = { find: [], kind: 'file' };
const ctx = () => ({ doc: document, timeout: 500 });
const flow = () => ({ listing: {} as never, document, timeout: 500 });

/** The page's model: file names in the order the page took them. */
let model: string[] = [];
const thumb = (gallery: Element, file: File) => {
  model.push(file.name);
  const img = document.createElement('img');
  img.alt = file.name;
  gallery.append(img);
};

function page(html: string, wire: () => void) {
  model = [];
  document.body.innerHTML = html;
  wire();
}

const CASES: [string, string, () => void, 'filled' | 'failed', string][] = [
  [
    'one hidden multiple input in the "Foto Produk" row (Blibli-like)',
    `<div class="row"><div>Foto Produk</div><div id="g"></div><label><input id="f" type="file" accept="image/*" multiple style="display:none">+</label></div>
     <div class="row"><div>Video</div><input id="v" type="file" accept="video/mp4"></div>`,
    () => document.getElementById('f')!.addEventListener('change', (e) => [...(e.target as HTMLInputElement).files!].forEach((f) => thumb(document.getElementById('g')!, f))),
    'filled',
    'image file input',
  ],
  [
    'one input per slot inside drop zones (Lazada-like)',
    `<div class="row"><div>Product Images</div><div id="slots">${[1, 2, 3, 4].map((i) => `<div class="drop-zone" id="s${i}"><input type="file" accept="image/png,image/jpeg"><span>Drag & drop</span></div>`).join('')}</div></div>`,
    () => document.querySelectorAll('#slots input').forEach((input) => input.addEventListener('change', (e) => {
      const file = (e.target as HTMLInputElement).files![0]!;
      thumb(input.parentElement!, file);
    })),
    'filled',
    '4 photo slots',
  ],
  [
    'a drop zone with no input (English)',
    `<section><h3>Photos</h3><div id="zone" class="uploader-dropzone">Drag images here</div><div id="g"></div></section>`,
    () => {
      const zone = document.getElementById('zone')!;
      zone.addEventListener('dragover', (e) => e.preventDefault());
      zone.addEventListener('drop', (e) => [...((e as DragEvent).dataTransfer?.files ?? [])].forEach((f) => thumb(document.getElementById('g')!, f)));
    },
    'filled',
    'drop zone',
  ],
  [
    'an input the page ignores: nothing shown, so failed',
    `<div class="row"><div>Foto Produk</div><input id="f" type="file" accept="image/*" multiple></div>`,
    () => undefined,
    'failed',
    'image file input',
  ],
];

describe('photo family', () => {
  test.each(CASES)('%s', async (_name, html, wire, status, via) => {
    page(html, wire);
    const result = await fillPhotoFamily(undefined, spec, value, ctx(), flow());
    expect(result?.via).toBe(via);
    expect(result?.outcome.status).toBe(status);
    if (status === 'filled') expect(model.map((n) => n.replace(/\.\w+$/, ''))).toEqual(value.names);
    else expect(model).toEqual([]);
  });

  test('a page with no photo widget at all: nothing to fill yet (pending, not guessed)', async () => {
    page('<div class="row"><div>Dokumen</div><input type="file" accept="application/pdf"></div>', () => undefined);
    expect(await fillPhotoFamily(undefined, spec, value, ctx(), flow())).toBeUndefined();
  });

  test('photos the page already shows are not sent twice', async () => {
    page(`<div><div>Foto Produk</div>${value.names.map((n) => `<img alt="${n}.png">`).join('')}<input id="f" type="file" accept="image/*" multiple></div>`, () => undefined);
    expect((await fillPhotoFamily(undefined, spec, value, ctx(), flow()))?.outcome).toEqual({ status: 'already' });
  });
});
