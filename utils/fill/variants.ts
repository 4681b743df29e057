/**
 * Variant grids (up to two option groups, e.g. Warna × Ukuran, each combination with its own price,
 * stock and SKU), driven by the adapter's `grid` data:
 *   1. open the groups: "enable" when none is there, "add group" for the second;
 *   2. type each group's name and options (options left over from an earlier fill are cleared, so the
 *      page ends with exactly the product's combinations);
 *   3. wait for the table to show a row for every combination, recognised by its option labels;
 *   4. price, stock and SKU per row, by column header; read everything back once more, because variation
 *      tables re-render while they are typed into.
 * Filling twice gives the same result: every input already right is left alone.
 */
import { fieldSpec, type Platform, type VariantGridSpec } from '../platforms/define';
import { isDisabled, outermost, press, valueOf } from './dom';
import { findField } from './find';
import type { Listing, Outcome } from './types';
import { buttonIn, cellInput, columnOf, groupsIn, rowFor, type Group } from './variant-grid';
import { waitFor } from './wait';
import { fillTyped, numberMatcher, readNumber, textMatcher, type WidgetContext } from './widgets';

type Variants = NonNullable<Listing['variants']>;
type Item = Variants['items'][number];
/** The runner passes its whole context; the platform tells which grid this page has. */
type VariantContext = WidgetContext & { platform?: Platform };

const incomplete = (detail: string): Outcome => ({ status: 'failed', why: 'variantsIncomplete', detail });
const combination = (item: Item) => Object.values(item.options).join(' / ');
const firstText = (locators: VariantGridSpec['enable']) => {
  const l = locators.find((x) => 'label' in x);
  return l && 'label' in l ? `"${l.label[0]}"` : 'tombol / button';
};

export async function fillVariants(section: Element, variants: Variants, ctx: VariantContext): Promise<Outcome> {
  const spec = ctx.platform && fieldSpec(ctx.platform, 'variants');
  const grid = spec?.grid;
  if (!grid) return incomplete('—');
  const wait = <T>(check: () => T | undefined | null | false) => waitFor(check, { timeout: ctx.timeout, signal: ctx.signal, root: ctx.doc });
  // Pressing "enable" can re-mount the row around the editor (Lazada redraws its sales card), and the
  // row's label no longer finds it once the table's "Harga"/"Stok" headers sit inside. What the page
  // kept of the old row (the editor itself) is then the section; the adapter's locators are the fallback.
  const known = [section, ...Array.from(section.querySelectorAll('*'))];
  const live = (): Element => {
    if (section.isConnected) return section;
    const kept = outermost(known.filter((el) => el.isConnected));
    if (kept.length === 1) section = kept[0]!;
    else {
      const again = findField(ctx.doc, 'variants', spec!);
      if ('found' in again) section = again.found.element;
    }
    return section;
  };
  const outcomes: Outcome[] = [];
  const groupNames = variants.options.map((o) => o.name);

  for (const [g, group] of variants.options.entries()) {
    const opened = await openGroup(live, grid, g, wait);
    if (!opened) return incomplete(firstText(g === 0 ? grid.enable : grid.addGroup));
    const named = await fillTyped(opened.name, group.name, textMatcher(group.name, false));
    if (named.status === 'failed' || named.status === 'locked') return incomplete(group.name);
    outcomes.push(named);
    const typed = await fillOptions(live, grid, g, group.values, wait);
    if (typeof typed === 'string') return incomplete(`${group.name}: ${typed}`);
    outcomes.push(...typed);
  }

  const rowsShown = await wait(() => variants.items.every((item) => rowFor(live(), grid, groupNames, item.options)));
  if (!rowsShown) {
    const missing = variants.items.filter((item) => !rowFor(live(), grid, groupNames, item.options)).map(combination);
    return incomplete(missing.join(', '));
  }
  const columns = {
    price: columnOf(live(), grid, grid.columns.price),
    stock: columnOf(live(), grid, grid.columns.stock),
    sku: columnOf(live(), grid, grid.columns.sku),
  };
  if (columns.price < 0 || columns.stock < 0) return incomplete(columns.price < 0 ? 'Harga / Price' : 'Stok / Stock');

  // typing into a row can re-render the table; a second pass puts back anything the page dropped
  let failed: string[] = [];
  for (let pass = 0; pass < 2; pass++) {
    failed = [];
    for (const item of variants.items) {
      const cells: [number, string, (s: string) => boolean][] = [
        [columns.price, String(item.price), numberMatcher(item.price)],
        [columns.stock, String(item.stock), numberMatcher(item.stock)],
      ];
      if (item.sku && columns.sku >= 0) cells.push([columns.sku, item.sku, textMatcher(item.sku, false)]);
      for (const [col, text, matches] of cells) {
        const input = () => cellInput(rowFor(live(), grid, groupNames, item.options)?.[col]);
        const el = input() ?? (await wait(input));
        const outcome = el ? await fillTyped(el, text, matches) : incomplete(combination(item));
        if (outcome.status === 'failed' || outcome.status === 'locked') failed.push(combination(item));
        if (pass === 0) outcomes.push(outcome);
      }
    }
    if (failed.length || allHold(live, grid, groupNames, variants.items, columns)) break;
  }
  if (failed.length) return incomplete([...new Set(failed)].join(', '));
  if (outcomes.every((o) => o.status === 'already')) return { status: 'already' };
  return { status: 'filled', shown: `${variants.items.length} varian (${groupNames.join(' × ')})` };
}

/** Group `g` open on the page: press "enable" / "add group" when it is not there yet. */
async function openGroup(
  live: () => Element,
  grid: VariantGridSpec,
  g: number,
  wait: <T>(check: () => T | undefined | null | false) => Promise<T | null>,
): Promise<Group | undefined> {
  const current = () => groupsIn(live(), grid)[g];
  if (current()) return current();
  const locators = g === 0 ? grid.enable : grid.addGroup;
  // the switch before the grid (TikTok) may still be mounting the editor: wait for a group or the button
  const ready = await wait(() => {
    const group = current();
    if (group) return { group };
    const button = buttonIn(live(), locators);
    return button && { button };
  });
  if (!ready) return undefined;
  if ('group' in ready) return ready.group;
  if (isDisabled(ready.button)) return undefined;
  press(ready.button);
  return (await wait(current)) ?? undefined;
}

/** Type the option values of group `g`; returns the outcomes, or the value that could not go in. */
async function fillOptions(
  live: () => Element,
  grid: VariantGridSpec,
  g: number,
  values: string[],
  wait: <T>(check: () => T | undefined | null | false) => Promise<T | null>,
): Promise<Outcome[] | string> {
  const inputs = () => groupsIn(live(), grid)[g]?.options ?? [];
  const outcomes: Outcome[] = [];
  for (const [k, value] of values.entries()) {
    // most editors add the next empty option input only once the previous one has text
    const input = await wait(() => inputs()[k]);
    if (!input) return value;
    const outcome = await fillTyped(input, value, textMatcher(value, false));
    if (outcome.status === 'failed' || outcome.status === 'locked') return value;
    outcomes.push(outcome);
  }
  // options beyond the product's (an earlier fill, or typed by the seller) would add combinations
  for (let guard = 0; guard < 20; guard++) {
    const extra = inputs().slice(values.length).find((i) => valueOf(i).trim());
    if (!extra) break;
    const cleared = await fillTyped(extra, '', (s) => !s.trim());
    if (cleared.status === 'failed') return valueOf(extra);
    outcomes.push(cleared);
  }
  return outcomes;
}

/** Every row still shows its price, stock and SKU (nothing was reset by a re-render). */
function allHold(live: () => Element, grid: VariantGridSpec, groupNames: string[], items: Item[], columns: Record<'price' | 'stock' | 'sku', number>): boolean {
  return items.every((item) => {
    const row = rowFor(live(), grid, groupNames, item.options);
    const value = (col: number) => {
      const input = cellInput(row?.[col]);
      return input ? valueOf(input) : '';
    };
    if (readNumber(value(columns.price)) !== item.price || readNumber(value(columns.stock)) !== item.stock) return false;
    return !item.sku || columns.sku < 0 || value(columns.sku).trim() === item.sku;
  });
}
