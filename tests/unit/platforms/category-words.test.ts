/**
 * Choosing among a page's category options by the product's words (Lazada's suggestions, each level of
 * e-Katalog's category wizard). Whole words only; a tie or no shared word is reported, never guessed.
 */
import { describe, expect, test } from 'vitest';
import { bestOption, categoryWords, exactOption, wordsOf } from '../../../utils/platforms/flows/category-words';

const keripik = { category: 'Keripik singkong', name: 'Keripik Singkong Balado Pedas Renyah 250 gr' };

describe('the words of a category or a name', () => {
  test.each([
    ['Keripik Singkong Balado 250 gr', ['keripik', 'singkong', 'balado']],
    ['Makanan & Minuman', ['makanan', 'minuman']],
    ['Groceries > Snacks > Chips & Crisps', ['groceries', 'snacks', 'chips', 'crisps']],
    ['Kopi Bubuk 1kg untuk Kafe', ['kopi', 'bubuk', 'kafe']],
    ['Lilin & Aromaterapi', ['lilin', 'aromaterapi']],
  ])('%s', (text, words) => {
    expect(wordsOf(text)).toEqual(words);
  });
});

describe('the best option at one level', () => {
  test.each([
    {
      case: 'level 1: the category names the top level',
      listing: { category: 'Makanan Ringan Keripik', name: keripik.name },
      options: ['Makanan & Minuman', 'Pakaian Wanita', 'Fashion Muslim', 'Kerajinan Tangan'],
      expected: 'Makanan & Minuman',
    },
    {
      case: 'level 2: both category words beat one',
      listing: { category: 'Makanan Ringan Keripik', name: keripik.name },
      options: ['Makanan Ringan', 'Bahan Pokok', 'Minuman'],
      expected: 'Makanan Ringan',
    },
    {
      case: 'level 3: the leaf the seller wrote',
      listing: keripik,
      options: ['Keripik', 'Kacang', 'Kue Kering', 'Cokelat'],
      expected: 'Keripik',
    },
    {
      case: 'an English plural is the same word',
      listing: { category: 'Potato chip', name: 'Keripik Kentang' },
      options: ['Groceries > Snacks > Chips & Crisps', 'Groceries > Snacks > Nuts'],
      expected: 'Groceries > Snacks > Chips & Crisps',
    },
    {
      case: 'the name breaks what the category leaves open',
      listing: { category: 'Batik', name: 'Kemeja Batik Pria Lengan Panjang' },
      options: ['Kain Batik', 'Kemeja Batik'],
      expected: 'Kemeja Batik',
    },
  ])('$case', ({ listing, options, expected }) => {
    const best = bestOption(options, categoryWords(listing));
    expect('index' in best && options[best.index]).toBe(expected);
  });

  test.each([
    {
      case: 'no option shares a word (a top level the seller never named)',
      listing: keripik,
      options: ['Makanan & Minuman', 'Pakaian Wanita', 'Perlengkapan Rumah'],
      expected: { none: true },
    },
    {
      case: 'letters inside a word are not a word ("gr" is not "Groceries")',
      listing: keripik,
      options: ['Groceries > Snacks > Chips & Crisps', 'Groceries > Staples > Rice'],
      expected: { none: true },
    },
    {
      case: 'a prefix is not the same word ("kopi" is not "kopiah")',
      listing: { category: 'Kopi', name: 'Kopi Robusta' },
      options: ['Kopiah', 'Peci'],
      expected: { none: true },
    },
    {
      case: 'two options share the most words: reported, not broken by guessing',
      listing: { category: 'Batik', name: 'Batik Tulis Solo' },
      options: ['Kain Batik', 'Kemeja Batik'],
      expected: { tie: ['Kain Batik', 'Kemeja Batik'] },
    },
  ])('$case', ({ listing, options, expected }) => {
    expect(bestOption(options, categoryWords(listing))).toEqual(expected);
  });
});

describe('a remembered path level', () => {
  test.each([
    ['Makanan Ringan', ['Makanan Ringan', 'Bahan Pokok'], 0],
    ['makanan  ringan', ['Bahan Pokok', 'Makanan Ringan'], 1],
    ['Makanan', ['Makanan Ringan', 'Bahan Pokok'], -1],
  ])('%s in %j → %i', (wanted, options, index) => {
    expect(exactOption(options, wanted)).toBe(index);
  });
});
