// A custom dropdown whose menu is mounted at the end of <body> (a portal), with options that load
// after a delay ("Memuat…" first), an optional search box, and keyboard use (Enter/Space opens,
// arrows move, Enter picks, Escape closes). Only a click (or Enter) on an option commits.
import { h, t } from './app.js';

export function portalSelect({ placeholder, loadOptions, onPick, classes = {}, searchable = false, delayMs = 400, label }) {
  const c = { trigger: 'select-trigger', popup: 'select-popup', option: 'select-option', search: 'select-search', ...classes };
  const value = h('span', { class: `${c.trigger}__value is-placeholder`, text: placeholder });
  const trigger = h('div', { class: c.trigger, role: 'combobox', tabindex: '0', 'aria-expanded': 'false', 'aria-haspopup': 'listbox', 'aria-label': label }, value, h('span', { class: `${c.trigger}__arrow`, 'aria-hidden': 'true', text: '▾' }));
  let popup = null;
  let seq = 0;

  const close = () => {
    popup?.remove();
    popup = null;
    trigger.setAttribute('aria-expanded', 'false');
  };
  const pick = (opt) => {
    value.textContent = opt.label;
    value.classList.remove('is-placeholder');
    close();
    onPick(opt);
    trigger.focus();
  };
  const render = async (list, query) => {
    const my = ++seq;
    list.replaceChildren(h('li', { class: `${c.popup}__loading`, text: t('Memuat…', 'Loading…') }));
    const options = await loadOptions(query);
    await new Promise((r) => setTimeout(r, delayMs));
    if (my !== seq || !popup) return;
    list.replaceChildren(...(options.length ? options.map((o) => h('li', {
      class: c.option, role: 'option', tabindex: '-1', 'data-value': o.value,
      onclick: () => pick(o), onkeydown: (e) => { if (e.key === 'Enter') { e.preventDefault(); pick(o); } },
    }, o.label)) : [h('li', { class: `${c.popup}__empty`, text: t('Tidak ada hasil', 'No results') })]));
  };
  const open = () => {
    if (popup) return close();
    const list = h('ul', { class: `${c.popup}__list`, role: 'listbox' });
    const search = searchable ? h('input', { class: c.search, placeholder: t('Cari', 'Search'), 'aria-label': t('Cari', 'Search'), oninput: (e) => render(list, e.target.value) }) : null;
    popup = h('div', { class: c.popup }, search, list);
    const r = trigger.getBoundingClientRect();
    Object.assign(popup.style, { position: 'absolute', left: `${r.left + scrollX}px`, top: `${r.bottom + scrollY + 4}px`, minWidth: `${r.width}px` });
    document.body.append(popup);
    trigger.setAttribute('aria-expanded', 'true');
    popup.addEventListener('keydown', (e) => {
      const items = [...popup.querySelectorAll(`.${c.option}`)];
      const i = items.indexOf(document.activeElement);
      if (e.key === 'ArrowDown') { e.preventDefault(); items[Math.min(i + 1, items.length - 1)]?.focus(); }
      if (e.key === 'ArrowUp') { e.preventDefault(); (i <= 0 ? search ?? items[0] : items[i - 1])?.focus(); }
      if (e.key === 'Escape') { close(); trigger.focus(); }
    });
    render(list, '');
    search?.focus();
  };
  trigger.addEventListener('click', open);
  trigger.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ' || e.key === 'ArrowDown') { e.preventDefault(); if (!popup) open(); else popup.querySelector(`.${c.option}`)?.focus(); }
  });
  document.addEventListener('mousedown', (e) => { if (popup && !popup.contains(e.target) && !trigger.contains(e.target)) close(); });
  return {
    el: trigger,
    reset() { value.textContent = placeholder; value.classList.add('is-placeholder'); close(); },
  };
}
