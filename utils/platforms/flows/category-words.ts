/**
 * Matching a seller's category words against the options a page offers (a suggestion list, one level of
 * a category wizard). Pure, so the rules are tested as tables. Whole words only: "gr" in a name must not
 * match "Groceries", and a tie between two options is reported rather than broken by guessing.
 */
import { normaliseLabel } from '../labels';

/** Words that say nothing about a category (Bahasa and English). */
const FILLER = new Set(['dan', 'atau', 'untuk', 'dengan', 'yang', 'lainnya', 'and', 'or', 'for', 'with', 'the', 'of', 'other', 'others']);

/** The meaningful words of a text: lower case, no punctuation, no numbers or units, no filler. */
export function wordsOf(text: string): string[] {
  const words = normaliseLabel(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !/\d/.test(w) && !FILLER.has(w));
  return [...new Set(words)];
}

/** The same word, or its English plural ("chip" / "chips", "box" / "boxes"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long === `${short}s` || long === `${short}es`;
}

export interface CategoryWords {
  /** the product's category (or the seller's override for this platform): counts double */
  category: string[];
  /** the product's name: breaks ties and helps when the category is a single broad word */
  name: string[];
  /**
   * words of the levels above the seller's category (category-parents.ts: "keripik" lies under
   * "Makanan Ringan" / "Snacks"): 1 point each, so a level-1 column can be walked from a leaf word
   */
  parents?: string[];
}

export function categoryWords(listing: { category: string; name: string }): CategoryWords {
  const category = wordsOf(listing.category);
  return { category, name: wordsOf(listing.name).filter((w) => !category.includes(w)) };
}

/** 2 points per category word the option shares, 1 per name word, 1 per parent word. */
export function scoreOption(option: string, words: CategoryWords): number {
  const own = wordsOf(option);
  const shares = (w: string) => own.some((o) => sameWord(o, w));
  const parents = (words.parents ?? []).filter((w) => !words.category.includes(w) && !words.name.includes(w));
  return words.category.filter(shares).length * 2 + words.name.filter(shares).length + parents.filter(shares).length;
}

/**
 * Whether an option can be the seller's category itself (a leaf): it shares a word of the category or
 * the name. Sharing only parent words ("Makanan Ringan" for "Keripik") is a level on the way, never
 * the place to stop: a "close enough" sibling such as "Kacang" must not be chosen for "Keripik".
 */
export function namesCategory(option: string, words: CategoryWords): boolean {
  const own = wordsOf(option);
  return [...words.category, ...words.name].some((w) => own.some((o) => sameWord(o, w)));
}

export type Best = { index: number; score: number } | { none: true } | { tie: [string, string] };

/** The option sharing most words; `none` when no option shares any, `tie` when two share the most. */
export function bestOption(options: readonly string[], words: CategoryWords): Best {
  const scored = options.map((text, index) => ({ text, index, score: scoreOption(text, words) })).sort((a, b) => b.score - a.score);
  const [first, second] = scored;
  if (!first || first.score === 0) return { none: true };
  if (second && second.score === first.score) return { tie: [first.text, second.text] };
  return { index: first.index, score: first.score };
}

/** The option naming exactly this level of a remembered path (case and spacing aside). */
export function exactOption(options: readonly string[], wanted: string): number {
  const w = normaliseLabel(wanted);
  return options.findIndex((o) => normaliseLabel(o) === w);
}

/**
 * Like `bestOption`, but a tie is broken by the words the seller did not write: "Makanan Ringan" beats
 * "Makanan Ringan Impor" for "Makanan Ringan Keripik" (the extra "Impor" is a claim the seller never
 * made). Two options as close in both stay a tie: the seller chooses.
 */
export function bestLevelOption(options: readonly string[], words: CategoryWords): Best {
  const best = bestOption(options, words);
  if (!('tie' in best)) return best;
  const known = [...words.category, ...words.name, ...(words.parents ?? [])];
  const foreign = (text: string) => wordsOf(text).filter((w) => !known.some((k) => sameWord(k, w))).length;
  const top = Math.max(...options.map((o) => scoreOption(o, words)));
  const tied = options.map((text, index) => ({ text, index })).filter((o) => o.text && scoreOption(o.text, words) === top);
  tied.sort((a, b) => foreign(a.text) - foreign(b.text));
  const [first, second] = tied;
  if (first && second && foreign(first.text) < foreign(second.text)) return { index: first.index, score: top };
  return best;
}
