// A rich-text editor in the shape of ProseMirror/Quill: a contenteditable whose document is the
// editor's own state. Changes that arrive with an `input` event (typing, execCommand insertText) or a
// `paste` carrying text are taken in; a DOM change without one (innerHTML/textContent set by a script)
// is rolled back to the editor's state on the next tick, the way a view redraws its document.

export function richEditor({ className = 'rich-editor', placeholder = '', onCommit }) {
  const el = document.createElement('div');
  el.className = className;
  el.contentEditable = 'true';
  el.setAttribute('role', 'textbox');
  el.setAttribute('aria-multiline', 'true');
  if (placeholder) el.dataset.placeholder = placeholder;
  el.innerHTML = '<p><br></p>';
  let committedHtml = el.innerHTML;
  let sawInput = false;
  let restoring = false;

  const commit = () => {
    committedHtml = el.innerHTML;
    const text = el.innerText.replace(/\n{2,}/g, '\n').replace(/^\n+|\n+$/g, '');
    el.classList.toggle('is-empty', text === '');
    onCommit(text);
  };
  el.addEventListener('input', () => { sawInput = true; commit(); });
  el.addEventListener('paste', (e) => {
    const text = e.clipboardData?.getData('text/plain');
    if (!text) return;
    e.preventDefault(); // the editor inserts the text itself, as ProseMirror and Quill do
    const sel = getSelection();
    const allSelected = sel && sel.rangeCount && el.contains(sel.anchorNode) && sel.toString().length >= el.innerText.trim().length;
    const html = text.split('\n').map((l) => `<p>${l.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]) || '<br>'}</p>`).join('');
    if (allSelected || el.innerText.trim() === '') el.innerHTML = html;
    else el.insertAdjacentHTML('beforeend', html);
    sawInput = true;
    commit();
  });
  new MutationObserver(() => {
    if (restoring) return;
    if (sawInput) { sawInput = false; return; }
    setTimeout(() => {
      if (sawInput || el.innerHTML === committedHtml) return;
      restoring = true;
      el.innerHTML = committedHtml;
      queueMicrotask(() => { restoring = false; });
    }, 0);
  }).observe(el, { childList: true, characterData: true, subtree: true });
  el.classList.add('is-empty');
  return el;
}
