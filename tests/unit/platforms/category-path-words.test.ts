/**
 * Walking a category tree level by level from the seller's words: each level's options are scored by
 * the category's words and their English (2), the name's (1) and the words of the levels above the
 * category (1, category-parents.ts). A leaf must name the category itself; a tie stays a tie unless one
 * option carries words the seller never wrote.
 */
import { describe, expect, test } from 'vitest';
import { bestLevelOption, namesCategory } from '../../../utils/platforms/flows/category-words';
import { parentWords } from '../../../utils/platforms/flows/category-parents';
import { pathWords } from '../../../utils/platforms/flows/category-path-words';

const KERIPIK = { category: 'Makanan Ringan Keripik', name: 'Keripik Singkong Balado 250 g' };
const KERIPIK_ONLY = { category: 'Keripik', name: 'Kusuka Keripik Singkong Rasa Barbeque 180 g' };

const pick = (options: string[], listing: { category: string; name: string }) => {
  const best = bestLevelOption(options, pathWords(listing));
  return 'index' in best ? options[best.index] : 'tie' in best ? 'tie' : 'none';
};

describe('parent words of a Bahasa category', () => {
  test.each([
    ['Keripik', ['makanan', 'ringan', 'snacks', 'food', 'groceries']],
    ['Kopi Bubuk', ['minuman', 'beverages', 'drinks']],
    ['Hijab Segi Empat', ['fashion', 'muslim']],
    // whole words only: "teh" is not inside "tehnik"
    ['Buku Tehnik', []],
  ])('%s → includes %j', (text, words) => {
    const parents = parentWords(text);
    for (const w of words) expect(parents).toContain(w);
    if (!words.length) expect(parents).toEqual([]);
  });
});

describe('one level of a category tree', () => {
  test.each([
    // level 1 from the leaf word alone: only the parents table knows where "Keripik" lives
    ['Keripik alone, Bahasa level 1', ['Pakaian Wanita', 'Makanan & Minuman', 'Kerajinan Tangan'], KERIPIK_ONLY, 'Makanan & Minuman'],
    ['Keripik alone, English level 1', ['Fashion', 'Food & Beverages', 'Beauty'], KERIPIK_ONLY, 'Food & Beverages'],
    ['English level 2', ['Snacks', 'Drinks', 'Cooking Essentials'], KERIPIK, 'Snacks'],
    ['English leaf', ['Chips', 'Nuts', 'Cookies'], KERIPIK, 'Chips'],
    ['Bahasa leaf', ['Kacang', 'Keripik', 'Kue Kering'], KERIPIK_ONLY, 'Keripik'],
    // a look-alike with a word the seller never wrote loses the tie
    ['look-alike with an extra word', ['Makanan Ringan Impor', 'Makanan Ringan', 'Minuman'], KERIPIK, 'Makanan Ringan'],
    // nothing names it: no pick, never the first entry
    ['a tree without it', ['Pakaian Wanita', 'Perawatan & Kecantikan'], { category: 'Sepatu Lari', name: 'Sepatu Lari Pria' }, 'none'],
    // two entries equally close: the seller chooses
    ['a real tie', ['Keripik Pedas', 'Keripik Manis'], KERIPIK_ONLY, 'tie'],
  ])('%s', (_why, options, listing, expected) => {
    expect(pick(options, listing)).toBe(expected);
  });
});

describe('a leaf must name the category itself', () => {
  test.each([
    ['Keripik', KERIPIK_ONLY, true],
    ['Chips', KERIPIK, true],
    // shares only words of the levels above: a sibling, not the seller's category
    ['Kacang', KERIPIK_ONLY, false],
    ['Makanan Ringan', KERIPIK_ONLY, false],
    ['Nuts', KERIPIK, false],
  ])('%s for %j → %s', (option, listing, expected) => {
    expect(namesCategory(option, pathWords(listing))).toBe(expected);
  });
});
