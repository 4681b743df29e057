/**
 * A remembered category path walked again: level by level on a cascader, in one pick on a list whose
 * options are whole paths (Blibli's searchable category list); a level the page no longer offers ends
 * the walk (the caller then searches by the product's words).
 */
import { afterEach, expect, test } from 'vitest';
import { walkPath } from '../../../utils/fill/choose';

afterEach(() => document.body.replaceChildren());

const TREE: Record<string, string[]> = {
  '': ['Makanan & Minuman', 'Pakaian Wanita'],
  'Makanan & Minuman': ['Makanan Ringan', 'Minuman'],
  'Makanan & Minuman/Makanan Ringan': ['Keripik', 'Kacang'],
};

/** A trigger whose click opens a portal list; `wholePaths` = one option per leaf, "A > B > C". */
function page(wholePaths: boolean) {
  const chosen: string[] = [];
  const trigger = document.createElement('div');
  trigger.setAttribute('role', 'button');
  trigger.textContent = 'Pilih kategori';
  document.body.append(trigger);
  const list = document.createElement('ul');
  list.setAttribute('role', 'listbox');
  const paint = () => {
    const options = wholePaths
      ? ['Makanan & Minuman > Makanan Ringan > Keripik', 'Makanan & Minuman > Makanan Ringan > Kacang', 'Pakaian Wanita > Atasan > Kaos']
      : (TREE[chosen.join('/')] ?? []);
    list.replaceChildren(
      ...options.map((text) => {
        const li = document.createElement('li');
        li.setAttribute('role', 'option');
        li.textContent = text;
        li.addEventListener('click', () => {
          if (wholePaths) chosen.push(...text.split(' > '));
          else chosen.push(text);
          if (wholePaths || !TREE[chosen.join('/')]) list.remove();
          else paint();
        });
        return li;
      }),
    );
  };
  trigger.addEventListener('click', () => {
    paint();
    document.body.append(list);
  });
  return { trigger, chosen };
}

const KERIPIK = ['Makanan & Minuman', 'Makanan Ringan', 'Keripik'];
const GONE = ['Makanan & Minuman', 'Camilan', 'Keripik'];

test.each([
  { case: 'cascader: level by level', wholePaths: false, path: KERIPIK, walked: KERIPIK, onPage: KERIPIK },
  { case: 'list of whole paths: one pick', wholePaths: true, path: KERIPIK, walked: KERIPIK, onPage: KERIPIK },
  { case: 'a level no longer offered: the walk stops there', wholePaths: false, path: GONE, walked: undefined, onPage: ['Makanan & Minuman'] },
  { case: 'a whole path no longer offered: nothing picked', wholePaths: true, path: GONE, walked: undefined, onPage: [] },
])('$case', async ({ wholePaths, path, walked, onPage }) => {
  const { trigger, chosen } = page(wholePaths);
  expect(await walkPath(document, trigger, path, { timeout: 300 })).toEqual(walked);
  expect(chosen).toEqual(onPage);
});
