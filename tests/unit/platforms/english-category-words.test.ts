/**
 * A seller's Bahasa category words in English, for a category tree in English (Lazada): the words the
 * page's search and suggestions can share. Whole words and phrases only; unknown words add nothing.
 */
import { describe, expect, test } from 'vitest';
import { bestOption, wordsOf } from '../../../utils/platforms/flows/category-words';
import { englishWords } from '../../../utils/platforms/flows/english-category-words';

describe('English words of a Bahasa category', () => {
  test.each([
    ['Keripik', ['chips', 'crisps']],
    ['Makanan Ringan Keripik', ['groceries', 'food', 'snacks', 'chips', 'crisps']],
    ['Kopi Bubuk', ['coffee']],
    ['Hijab Segi Empat', []],
    ['Kaos Wanita', ['women', 'shirts']],
    // whole words only: "tas" is not inside "tasbih", "teh" not inside "tehnik"
    ['Tasbih Kayu', []],
    ['Buku Tehnik', ['books']],
    ['', []],
  ])('%s → %j', (text, words) => {
    expect(englishWords(text).sort()).toEqual([...words].sort());
  });

  test('with them, the English leaf the seller meant shares the most words', () => {
    const options = ['Groceries > Snacks > Chips & Crisps', 'Groceries > Snacks > Nuts', 'Groceries > Beverages > Coffee'];
    const category = [...wordsOf('Makanan Ringan Keripik'), ...englishWords('Makanan Ringan Keripik')];
    expect(bestOption(options, { category, name: [] })).toMatchObject({ index: 0 });
    expect(bestOption(options, { category: wordsOf('Keripik'), name: [] })).toEqual({ none: true });
  });
});
