// Photo slots the way seller centres build them: a styled box (the visible "+ Tambah foto") over a
// hidden <input type=file accept="image/*">, and/or a drop zone taking files dragged onto it.
// `onFiles(names)` receives every accepted file name, in order; only image files count.
import { h } from './app.js';

export const imageNames = (files) => [...(files ?? [])].filter((f) => /^image\//.test(f.type) || /\.(jpe?g|png|webp)$/i.test(f.name)).map((f) => f.name);

/** A hidden file input behind a label. `bind(input, handler)` lets a React page route `change`
 *  through its root listener; a Vue page listens on the input itself. */
export function hiddenFileInput({ name = 'file', multiple = true, label, className = 'photo-add', bind, onFiles }) {
  const input = h('input', { type: 'file', name, accept: 'image/*', multiple, hidden: true, tabindex: '-1' });
  const handler = (files) => onFiles(imageNames(files));
  if (bind) bind(input, handler);
  else input.addEventListener('change', () => handler(input.files));
  const box = h('label', { class: className, tabindex: '0', onkeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); input.click(); } } }, h('span', { class: `${className}__plus`, 'aria-hidden': 'true', text: '+' }), h('span', { text: label }), input);
  return { el: box, input };
}

/** A drop zone: dragover must be cancelled for the drop to arrive; only `drop` commits. */
export function dropZone({ label, className = 'drop-zone', onFiles }) {
  const zone = h('div', { class: className, role: 'button', tabindex: '0', 'aria-label': label }, h('span', { text: label }));
  zone.addEventListener('dragenter', (e) => { e.preventDefault(); zone.classList.add('is-over'); });
  zone.addEventListener('dragover', (e) => { e.preventDefault(); });
  zone.addEventListener('dragleave', () => zone.classList.remove('is-over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('is-over');
    onFiles(imageNames(e.dataTransfer?.files));
  });
  return zone;
}
