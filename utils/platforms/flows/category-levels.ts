/**
 * A category chosen level by level from separate dropdowns without a search (e-Katalog's "Kategori
 * Level 1/2/3"). Each level: the remembered path's name if the page still offers it, else the option
 * sharing most words with the product's category (and name). A level where nothing matches, or two
 * options match equally, stops the flow with the level named: choosing for the seller would be a guess.
 */
import { closePopups, exactly, openTrigger, popups } from '../../fill/choose';
import { isHidden, press } from '../../fill/dom';
import { findWith } from '../../fill/find';
import { setSelectByText } from '../../fill/set';
import { settle, waitFor } from '../../fill/wait';
import type { FieldFlow, FlowResult } from '../define';
import { bestLevelOption, exactOption, namesCategory } from './category-words';
import { pathWords } from './category-path-words';

export interface LevelsSpec {
  levels: number;
  /** the label of level n (1-based), Bahasa and English */
  label: (n: number) => string[];
  /** the wizard step and button the seller finishes by hand when a level cannot be chosen */
  step: string;
  next: string;
}

const OPTION = '[role=option]';

function visibleOptionsIn(doc: Document, trigger: Element): Element[] {
  return popups(doc, trigger).flatMap((p) => Array.from(p.querySelectorAll(OPTION))).filter((o) => !isHidden(o));
}

const isNative = (el: Element | undefined): el is HTMLSelectElement => el?.tagName === 'SELECT';

/**
 * Whether a level's trigger shows this value (as its text, or the text of a part beside an arrow). A
 * native <select> shows only its chosen option: its other options' texts are no proof.
 */
const shows = (trigger: Element | undefined, text: string) =>
  !!trigger &&
  (isNative(trigger)
    ? exactly([text])(trigger.options[trigger.selectedIndex]?.textContent ?? '')
    : [trigger, ...Array.from(trigger.querySelectorAll('*'))].some((el) => exactly([text])(el.textContent ?? '')));

/** A native level's real options, once the level above enabled it and loaded them (not "— Pilih —"). */
const nativeOptions = (select: HTMLSelectElement) =>
  select.disabled ? [] : Array.from(select.options).filter((o) => o.value !== '' && !o.disabled);

export function categoryLevels(spec: LevelsSpec): FieldFlow {
  return async ({ listing, document: doc, signal, timeout = 3000 }) => {
    // the category's words, their English and the words of the levels above (an English tree, or a
    // seller who wrote only the leaf: "Keripik" under "Makanan & Minuman")
    const words = pathWords(listing);
    const wanted = listing.category || listing.name;
    const chosen: string[] = [];
    const stop = (n: number, id: string, en: string): FlowResult => ({
      status: 'failed',
      reason: {
        id: `Kategori Level ${n}: ${id}. Pilih kategori level ${n}–${spec.levels} di langkah "${spec.step}", klik "${spec.next}", lalu tekan Isi formulir lagi`,
        en: `Category Level ${n}: ${en}. Choose levels ${n}–${spec.levels} in the "${spec.step}" step, click "${spec.next}", then press Fill form again`,
      },
    });
    const level = (n: number) => {
      const r = findWith(doc, [{ label: spec.label(n) }], 'select', 'category');
      return 'found' in r ? r.found.element : undefined;
    };
    let changed = false;
    for (let n = 1; n <= spec.levels; n++) {
      const found = await waitFor(() => level(n), { timeout, signal });
      if (!found) return stop(n, 'kolom tidak ditemukan', 'the dropdown was not found');
      const trigger = found;
      // three dependent native selects (a v5/v6 variant): options are read, not opened
      const native = isNative(trigger);
      if (!native) await openTrigger(trigger);
      // lower levels load their options after the level above was chosen
      const options = await waitFor(() => {
        const list = native ? nativeOptions(level(n) as HTMLSelectElement) : visibleOptionsIn(doc, trigger);
        return list.length ? list : undefined;
      }, { timeout, signal });
      const texts = (options ?? []).map((o) => (o.textContent ?? '').trim());
      const remembered = listing.categoryPath?.[n - 1];
      let index = remembered ? exactOption(texts, remembered) : -1;
      if (index < 0) {
        const best = bestLevelOption(texts, words);
        // the last level must name the category itself: a sibling sharing only the levels' words is wrong
        const wrongLeaf = 'index' in best && n === spec.levels && !namesCategory(texts[best.index]!, words);
        if (!('index' in best) || wrongLeaf) {
          if (!native) {
            press(trigger); // close the list, as a person clicks the dropdown again
            closePopups(doc);
          }
          return !('index' in best) && 'tie' in best
            ? stop(n, `"${best.tie[0]}" dan "${best.tie[1]}" sama cocoknya dengan "${wanted}"`, `"${best.tie[0]}" and "${best.tie[1]}" match "${wanted}" equally`)
            : stop(n, `tidak ada pilihan yang cocok dengan "${wanted}"`, `no option matches "${wanted}"`);
        }
        index = best.index;
      }
      const text = texts[index]!;
      chosen.push(text);
      if (shows(native ? level(n) : trigger, text)) {
        if (!native) press(trigger);
        await settle();
        continue;
      }
      if (native) {
        const select = level(n);
        if (!isNative(select) || !setSelectByText(select, exactly([text]))) return { status: 'failed', why: 'didNotStick' };
      } else press(options![index]!);
      changed = true;
      // a pick re-renders the step (the next level's options change): read the level afresh
      const took = await waitFor(() => shows(level(n), text) || undefined, { timeout, signal });
      if (!took) return { status: 'failed', why: 'didNotStick' };
    }
    return changed ? { status: 'filled', shown: chosen.join(' > '), categoryPath: chosen } : { status: 'already' };
  };
}
