/**
 * Every word that can name a level of the seller's category on some seller centre: the category's own
 * words and their English (2 points), the name's (1 point), and the levels above it (1 point). One
 * builder for every category widget, so a Bahasa path and an English tree are walked alike.
 */
import { categoryWords, type CategoryWords } from './category-words';
import { englishWords } from './english-category-words';
import { parentWords } from './category-parents';

export function pathWords(listing: { category: string; name: string }): CategoryWords {
  const own = categoryWords(listing);
  const category = [...new Set([...own.category, ...englishWords(listing.category)])];
  const name = [...new Set([...own.name, ...englishWords(listing.name)])].filter((w) => !category.includes(w));
  const parents = [...new Set([...parentWords(listing.category), ...parentWords(listing.name)])].filter(
    (w) => !category.includes(w) && !name.includes(w),
  );
  return { category, name, parents };
}
