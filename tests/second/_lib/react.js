// React's value tracker, the part that matters to a form filler: React remembers the last value it
// saw on each input (and every value assigned through the instance `el.value = …`); its root listener
// handles a bubbling `input`/`change` only when the DOM value differs from that memory. So a plain
// `el.value = v` + input event changes nothing, while the prototype setter + a bubbling input commits.

const bindings = new WeakMap();
const roots = new WeakSet();

function track(el) {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  const native = Object.getOwnPropertyDescriptor(proto, 'value');
  let last = native.get.call(el);
  Object.defineProperty(el, 'value', {
    configurable: true,
    get() { return native.get.call(this); },
    set(v) { last = String(v); native.set.call(this, v); },
  });
  return {
    changed() {
      const now = native.get.call(el);
      if (now === last) return false;
      last = now;
      return true;
    },
    /** What a re-render does: the state's (possibly formatted) value written back into the input. */
    render(v) { last = String(v); native.set.call(el, v); },
  };
}

/** Listens once at the app root, like React 17+ (a non-bubbling event never reaches it). */
export function reactRoot(root) {
  if (roots.has(root)) return;
  roots.add(root);
  const handle = (e) => {
    const b = bindings.get(e.target);
    if (!b) return;
    if (e.target.type === 'checkbox' || e.target.type === 'radio') {
      if (e.type === 'click' || e.type === 'change') b.onChange(e.target);
      return;
    }
    if (e.target.type === 'file') { if (e.type === 'change') b.onChange(e.target); return; }
    if (b.tracker.changed()) b.onChange(e.target);
  };
  root.addEventListener('input', handle);
  root.addEventListener('change', handle);
}

/**
 * A controlled React input. `commit(raw)` updates the app state and returns what the app renders back
 * (e.g. a price formatted "15.000"), or undefined to leave the DOM as typed.
 */
export function reactInput(el, commit) {
  const tracker = el.type === 'file' || el.type === 'checkbox' || el.type === 'radio' ? null : track(el);
  bindings.set(el, {
    tracker,
    onChange(target) {
      const shown = commit(target.type === 'checkbox' ? target.checked : target.type === 'file' ? target.files : target.value);
      if (tracker && shown !== undefined && shown !== target.value) tracker.render(shown);
    },
  });
  return el;
}
