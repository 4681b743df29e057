// Vue's v-model on a text input: the listener sits on the element itself and commits on `input`,
// except between compositionstart and compositionend (an IME is still composing), then once at the end.
// A value written without an input event is never seen.

export function vueInput(el, commit, { lazy = false } = {}) {
  let composing = false;
  el.addEventListener('compositionstart', () => { composing = true; });
  el.addEventListener('compositionend', () => {
    if (!composing) return;
    composing = false;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  el.addEventListener(lazy ? 'change' : 'input', () => {
    if (composing) return;
    const shown = commit(el.type === 'checkbox' ? el.checked : el.type === 'file' ? el.files : el.value);
    if (shown !== undefined && shown !== el.value) el.value = shown;
  });
  return el;
}
