/**
 * Category by the page's own suggestions (Lazada): a moment after the name is typed, the page offers a
 * few category paths as radios beside a search select whose options are whole paths. In order: the path
 * the seller chose here before; the suggestion sharing most of the product's words; the page's search,
 * word by word; last, the page's own top suggestion, reported as such for the seller to check. The tree
 * may be English while the seller writes Bahasa: the words' English equivalents count beside them.
 */
import { exactly, searchCategory, visibleOptions } from '../../fill/choose';
import { isHidden, press } from '../../fill/dom';
import { setInputValue } from '../../fill/set';
import { settle, waitFor } from '../../fill/wait';
import type { FieldFlow, FlowResult } from '../define';
import { normaliseLabel } from '../labels';
import { bestOption, categoryWords, type CategoryWords } from './category-words';
import { englishWords } from './english-category-words';

const SEPARATOR = /\s*(?:>|›|»|\/)\s*/;

/** The smallest element around the trigger that also holds the suggestion radios. */
function rowOf(trigger: Element): Element {
  let row: Element = trigger;
  for (let up = trigger.parentElement, depth = 0; up && depth < 4; up = up.parentElement, depth++) {
    row = up;
    if (up.querySelector('input[type=radio],[role=radio]')) break;
  }
  return row;
}

interface Suggestion {
  text: string;
  radio: Element;
}

function suggestions(row: Element): Suggestion[] {
  return Array.from(row.querySelectorAll('input[type=radio],[role=radio]')).map((radio) => {
    const label = radio.closest('label') ?? radio.parentElement?.parentElement ?? radio;
    return { text: (label.textContent ?? '').trim(), radio };
  });
}

const isChecked = (el: Element) => (el as HTMLInputElement).checked === true || el.getAttribute('aria-checked') === 'true';

/** The path the page shows as chosen: a checked suggestion, or a text outside the suggestions. */
function shownPath(row: Element, trigger: Element, wanted: string): boolean {
  const want = normaliseLabel(wanted);
  if (suggestions(row).some((s) => isChecked(s.radio) && normaliseLabel(s.text) === want)) return true;
  return Array.from(row.querySelectorAll('div,span')).some(
    (el) => !el.closest('label') && !trigger.contains(el) && !el.querySelector('input') && normaliseLabel(el.textContent ?? '') === want,
  );
}

/** The product's words plus their English equivalents (an English tree shares none of "keripik"). */
function wordsWithEnglish(listing: { category: string; name: string }): CategoryWords {
  const words = categoryWords(listing);
  const category = [...words.category, ...englishWords(listing.category)];
  return { category, name: [...words.name, ...englishWords(listing.name)].filter((w) => !category.includes(w)) };
}

const filled = (text: string): FlowResult => ({ status: 'filled', shown: text, categoryPath: text.split(SEPARATOR).filter(Boolean) });

async function choose(s: Suggestion): Promise<FlowResult | undefined> {
  // Fusion draws its own dot over a transparent native radio: a person clicks the label
  const transparent = s.radio.ownerDocument.defaultView?.getComputedStyle(s.radio).opacity === '0';
  const clickable = isHidden(s.radio) || transparent ? (s.radio.closest('label') ?? s.radio) : s.radio;
  press(clickable);
  await settle();
  return isChecked(s.radio) ? filled(s.text) : undefined;
}

export const suggestedCategory: FieldFlow = async ({ element: trigger, listing, document: doc, signal, timeout = 3000 }) => {
  const row = rowOf(trigger);
  const remembered = listing.categoryPath?.length ? listing.categoryPath.join(' > ') : undefined;
  if (remembered) {
    if (shownPath(row, trigger, remembered)) return { status: 'already' };
    const suggested = suggestions(row).find((s) => normaliseLabel(s.text) === normaliseLabel(remembered));
    const chosen = suggested && (await choose(suggested));
    if (chosen) return chosen;
    // the search lists whole paths: search the last level, take the option naming the whole path
    const box = trigger.tagName === 'INPUT' ? (trigger as HTMLInputElement) : Array.from(trigger.querySelectorAll('input')).find((i) => !isHidden(i));
    if (box) {
      setInputValue(box, listing.categoryPath!.at(-1)!);
      const option = await waitFor(() => visibleOptions(doc, exactly([remembered]), undefined, trigger)[0], { timeout, signal });
      if (option) {
        press(option);
        await settle();
        return filled(remembered);
      }
    }
  }

  const words = wordsWithEnglish(listing);
  // suggestions come from the name a moment after it was typed (the name is filled before the category)
  await waitFor(() => suggestions(row).length > 0 || undefined, { timeout: 1500, signal });
  const offered = suggestions(row);
  const best = bestOption(offered.map((s) => s.text), words);
  // a tie between suggestions is broken by the page's own ranking (it lists the likeliest first)
  const pick = 'index' in best ? best.index : 'tie' in best ? offered.findIndex((s) => s.text === best.tie[0]) : -1;
  if (pick >= 0) {
    const s = offered[pick]!;
    if (isChecked(s.radio)) return { status: 'already' };
    const chosen = await choose(s);
    if (chosen) return chosen;
  }
  if (listing.category) {
    const query = [listing.category, ...englishWords(listing.category)].join(' ');
    const path = await searchCategory(doc, trigger, query, { signal, timeout });
    if (path) return { status: 'filled', shown: path.join(' > '), categoryPath: path };
  }
  // Last: the page's own top suggestion, made from the name by the marketplace (a category tree in
  // another language shares no word with the seller's). Said so in the report, for the seller to check.
  const top = offered[0];
  if (top && isChecked(top.radio)) return { status: 'already' };
  const taken = top && (await choose(top));
  if (taken && taken.status === 'filled') return { ...taken, shown: `${taken.shown} (saran halaman — periksa / the page's suggestion — check it)` };
  const wanted = listing.category || listing.name;
  return {
    status: 'failed',
    reason: {
      id: `Kategori untuk "${wanted}" tidak cocok dengan saran atau pencarian halaman; pilih manual`,
      en: `No suggestion or search result matches the category "${wanted}"; choose it by hand`,
    },
  };
};
