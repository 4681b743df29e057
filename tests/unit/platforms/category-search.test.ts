/**
 * Category search through a page's own search box. Blibli's (and Lazada's) box keeps the results whose
 * path contains the query as one substring, so a seller's phrase of several words finds nothing there:
 * the engine then searches word by word and takes the result sharing most of the seller's words.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { searchCategory } from '../../../utils/fill/choose';

afterEach(() => document.body.replaceChildren());

const PATHS = [
  'Makanan & Minuman > Makanan Ringan > Keripik',
  'Makanan & Minuman > Makanan Ringan > Kue Kering',
  'Makanan & Minuman > Minuman > Kopi',
  'Kerajinan Tangan > Batik > Kain Batik',
  'Kerajinan Tangan > Batik > Kemeja Batik',
];

/** A Blibli-like dropdown: a click opens a body-level menu with a search box filtering by substring. */
function substringDropdown(picked: string[]) {
  const trigger = document.createElement('div');
  trigger.setAttribute('role', 'button');
  trigger.textContent = 'Pilih kategori';
  document.body.append(trigger);
  trigger.addEventListener('click', () => {
    const popup = document.createElement('div');
    popup.className = 'blu-dropdown__menu';
    const search = document.createElement('input');
    const list = document.createElement('div');
    const paint = () => {
      const q = search.value.trim().toLowerCase();
      const shown = PATHS.filter((p) => p.toLowerCase().includes(q));
      list.replaceChildren(
        ...(shown.length ? shown : ['Tidak ada data']).map((text) => {
          const item = document.createElement('div');
          item.textContent = text;
          if (shown.length) item.addEventListener('click', () => (picked.push(text), popup.remove()));
          return item;
        }),
      );
    };
    search.addEventListener('input', paint);
    popup.append(search, list);
    document.body.append(popup);
    paint();
  });
  return trigger;
}

describe('searching a category with the seller’s words', () => {
  test.each([
    ['one word the page knows', 'Keripik', 'Makanan & Minuman > Makanan Ringan > Keripik'],
    ['two words, the page matches neither phrase: each word alone', 'Keripik singkong', 'Makanan & Minuman > Makanan Ringan > Keripik'],
    ['two words both in one result beat a result with one', 'kue kering renyah', 'Makanan & Minuman > Makanan Ringan > Kue Kering'],
    ['the whole phrase found as one substring', 'Kemeja Batik', 'Kerajinan Tangan > Batik > Kemeja Batik'],
  ])('%s: "%s"', async (_case, words, expected) => {
    const picked: string[] = [];
    const trigger = substringDropdown(picked);
    const path = await searchCategory(document, trigger, words, { timeout: 300 });
    expect(picked).toEqual([expected]);
    expect(path).toEqual(expected.split(' > '));
  });

  test('no word matches anything: nothing is picked', async () => {
    const picked: string[] = [];
    const trigger = substringDropdown(picked);
    const path = await searchCategory(document, trigger, 'Sepatu lari', { timeout: 300 });
    expect(path).toBeUndefined();
    expect(picked).toEqual([]);
  });
});
