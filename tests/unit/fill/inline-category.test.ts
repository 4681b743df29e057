/**
 * A category picker drawn in the page rather than opened from a trigger (Blibli's first step: columns
 * C1 → C2 → C3 of buttons, the next column fetched per click): the labelled container is the widget,
 * walked in place, and `filled` only once the page marks the leaf chosen. A leaf the page never marks
 * is not filled; a tree without the seller's category is failed, nothing clicked past level 1.
 */
import { afterEach, expect, test } from 'vitest';
import { pickCategory } from '../../../utils/fill/category/pick';
import { isInlinePicker } from '../../../utils/fill/category/columns';

afterEach(() => document.body.replaceChildren());

const TREE: Record<string, string[]> = {
  '': ['Makanan & Minuman', 'Fashion Muslim'],
  'Makanan & Minuman': ['Makanan Ringan', 'Minuman'],
  'Makanan & Minuman/Makanan Ringan': ['Keripik', 'Kacang'],
  'Fashion Muslim': ['Hijab'],
  'Fashion Muslim/Hijab': ['Pashmina'],
};

/** `marks`: whether the page draws the chosen entries as pressed (a page that does not commit the pick). */
function page(marks = true) {
  let path: string[] = [];
  const group = document.createElement('div');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', 'Kategori');
  const render = () => {
    const cols = [0, 1, 2].map((level) => {
      const ul = document.createElement('ul');
      ul.setAttribute('aria-label', `C${level + 1}`);
      const kids = level <= path.length ? (TREE[path.slice(0, level).join('/')] ?? []) : [];
      for (const kid of kids) {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        const leaf = !TREE[[...path.slice(0, level), kid].join('/')];
        button.innerHTML = `<span>${kid.replace('&', '&amp;')}</span>${leaf ? '' : '<span aria-hidden="true">›</span>'}`;
        if (marks) button.setAttribute('aria-pressed', String(path[level] === kid));
        button.addEventListener('click', () => {
          path = [...path.slice(0, level), kid];
          setTimeout(render, 30); // the next column is fetched per click
        });
        li.append(button);
        ul.append(li);
      }
      return ul;
    });
    group.replaceChildren(...cols);
  };
  render();
  document.body.append(group);
  return { group, path: () => path };
}

const wanted = { category: 'Makanan Ringan Keripik', name: 'Keripik Singkong Balado 250 g' };

test('the group of columns is an inline picker; a lone button is not', () => {
  const { group } = page();
  expect(isInlinePicker(group)).toBe(true);
  expect(isInlinePicker(group.querySelector('button')!)).toBe(false);
});

test('walks the columns in place and reads the pressed leaf back', async () => {
  const { group, path } = page();
  const outcome = await pickCategory(group, wanted, { doc: document, timeout: 1000 });
  expect(outcome).toMatchObject({ status: 'filled', categoryPath: ['Makanan & Minuman', 'Makanan Ringan', 'Keripik'] });
  expect(path()).toEqual(['Makanan & Minuman', 'Makanan Ringan', 'Keripik']);
});

test('a page that never marks the leaf chosen is not filled', async () => {
  const { group } = page(false);
  const outcome = await pickCategory(group, wanted, { doc: document, timeout: 300 });
  expect(outcome.status).toBe('failed');
});

test('a tree without the category: failed, nothing chosen', async () => {
  const { group, path } = page();
  const outcome = await pickCategory(group, { category: 'Peralatan Bengkel', name: 'Kunci Pas 12 mm' }, { doc: document, timeout: 300 });
  expect(outcome.status).toBe('failed');
  expect(path()).toEqual([]);
});

/**
 * Suggestion cards (Shopee's stage 1): a radiogroup that shows its cards only a moment after the name
 * is typed; each card a label around a radio naming a whole path. The group is waited for, the card
 * naming the seller's category is checked, and the page's checked radio is the read-back.
 */
function cards(delay: number, paths: string[]) {
  const group = document.createElement('div');
  group.setAttribute('role', 'radiogroup');
  group.setAttribute('aria-label', 'Rekomendasi kategori');
  group.innerHTML = '<span>Memuat rekomendasi…</span>';
  let chosen = '';
  setTimeout(() => {
    group.replaceChildren(
      ...paths.map((path) => {
        const label = document.createElement('label');
        const radio = document.createElement('input');
        radio.type = 'radio';
        radio.name = 'rec';
        radio.addEventListener('change', () => (chosen = path));
        const span = document.createElement('span');
        span.textContent = path;
        label.append(radio, span);
        return label;
      }),
    );
  }, delay);
  document.body.append(group);
  return { group, chosen: () => chosen };
}

test('suggestion cards that load after the name: the card naming the category is checked', async () => {
  const { group, chosen } = cards(200, ['Makanan & Minuman > Makanan Ringan > Kacang', 'Makanan & Minuman > Makanan Ringan > Keripik', 'Makanan & Minuman > Minuman > Kopi']);
  const outcome = await pickCategory(group, wanted, { doc: document, timeout: 1500 });
  expect(outcome).toMatchObject({ status: 'filled', categoryPath: ['Makanan & Minuman', 'Makanan Ringan', 'Keripik'] });
  expect(chosen()).toBe('Makanan & Minuman > Makanan Ringan > Keripik');
});

test('suggestion cards none of which names the category: failed, none checked', async () => {
  const { group, chosen } = cards(50, ['Makanan & Minuman > Minuman > Kopi', 'Rumah Tangga > Dapur > Wajan']);
  const outcome = await pickCategory(group, wanted, { doc: document, timeout: 500 });
  expect(outcome.status).toBe('failed');
  expect(chosen()).toBe('');
});
