/**
 * The stock on a product's edit page (issue 9, a push's read-before-write and write): each variant's
 * own stock field in the variant table (found by its "SKU" and "Stok/Stock/Quantity" column headers),
 * or the product's single stock field (found the way the fill engine finds it), keyed by the SKU the
 * page shows. Writing goes through the fill engine's setter, so React's value tracker and Vue's
 * v-model commit it; then the page's own save is pressed and its own success or error text awaited.
 */
import type { Platform } from '../platforms/define';
import { fieldSpec } from '../platforms/define';
import type { StockPageSpec } from '../platforms/stock/define';
import { normaliseLabel } from '../platforms/labels';
import { findField } from '../fill/find';
import { setInputValue } from '../fill/set';
import { quiet, waitFor } from '../fill/wait';
import { isHidden } from '../fill/dom';
import type { StockBySku } from './ledger';
import type { StockEditReply } from './messages';
import { cellValue, cellsOf, dataRows, findStockTables, parseStock } from './table';

export interface StockField {
  sku: string;
  input: HTMLInputElement;
}

const INPUT = 'input:not([type=hidden]):not([type=checkbox]):not([type=radio])';

function inputOf(el: Element | undefined): HTMLInputElement | undefined {
  if (!el) return undefined;
  return (el.matches(INPUT) ? el : el.querySelector(INPUT)) as HTMLInputElement | undefined;
}

/** Every stock field the page shows, with its SKU ('' when the page shows no SKU beside it). */
export function stockFields(doc: Document, platform: Platform, spec: StockPageSpec): StockField[] {
  const fields: StockField[] = [];
  for (const table of findStockTables(doc, spec.skuHeaders, spec.stockHeaders)) {
    for (const row of dataRows(table)) {
      const cells = cellsOf(row);
      const input = inputOf(cells[table.stock]);
      const sku = cellValue(cells[table.sku]);
      if (input && !isHidden(input)) fields.push({ sku, input });
    }
  }
  if (fields.length) return fields;
  const stockSpec = fieldSpec(platform, 'stock');
  const found = stockSpec ? findField(doc, 'stock', stockSpec) : { missing: true as const };
  const input = 'found' in found ? inputOf(found.found.element) : undefined;
  if (!input) return [];
  const skuSpec = fieldSpec(platform, 'sku');
  const skuFound = skuSpec ? findField(doc, 'sku', skuSpec) : { missing: true as const };
  const skuInput = 'found' in skuFound ? inputOf(skuFound.found.element) : undefined;
  return [{ sku: skuInput?.value.trim() ?? '', input }];
}

export function readStocks(fields: StockField[]): StockBySku {
  const stocks: StockBySku = {};
  for (const { sku, input } of fields) {
    const n = parseStock(input.value);
    if (sku && n !== null) stocks[sku] = n;
  }
  return stocks;
}

const matchesAny = (text: string, words: readonly string[]) => {
  const t = normaliseLabel(text);
  return words.some((w) => t.includes(normaliseLabel(w)));
};

function saveButton(doc: Document, spec: StockPageSpec): HTMLElement | undefined {
  const buttons = Array.from(doc.querySelectorAll<HTMLElement>('button, [role=button]')).filter(
    (b) => !isHidden(b) && !b.closest('[data-testid=serentak-panel]') && !(b as HTMLButtonElement).disabled,
  );
  for (const label of spec.saveButtons) {
    const found = buttons.find((b) => normaliseLabel(b.textContent ?? '') === normaliseLabel(label));
    if (found) return found;
  }
  return undefined;
}

/** Messages the page shows (toasts, alerts), newest last. */
const messagesOn = (doc: Document) => Array.from(doc.querySelectorAll('[role=status], [role=alert], [aria-live]'));

/** The page's answer to a save: its success text, or its error text (a toast or a field's alert). */
function outcome(doc: Document, spec: StockPageSpec, before: Set<Element>): StockEditReply | undefined {
  for (const el of messagesOn(doc)) {
    if (before.has(el)) continue;
    const text = (el.textContent ?? '').trim();
    if (!text) continue;
    if (matchesAny(text, spec.successTexts)) return { state: 'done' };
    if (el.getAttribute('role') === 'alert' || matchesAny(text, spec.errorTexts) || /error|gagal|failed/i.test(el.className)) {
      return { state: 'failed', error: { id: `Halaman menolak simpan: ${text}`, en: `The page refused to save: ${text}` } };
    }
  }
  return undefined;
}

const SAVE_TIMEOUT_MS = 20_000;

/** Sets each SKU's stock, presses save, waits for the page's answer. */
/**
 * The stock fields once the edit page shows its product: it renders its form first and fills in the
 * product after, so wait for a field, then until the page is still. Failed when no field ever shows.
 */
async function settledStockFields(doc: Document, platform: Platform, spec: StockPageSpec): Promise<StockField[] | StockEditReply> {
  const fields = await waitFor(() => {
    const found = stockFields(doc, platform, spec);
    return found.length ? found : null;
  }, { timeout: 10_000 });
  if (!fields) return { state: 'failed', error: { id: 'Kolom stok tidak ditemukan di halaman edit.', en: 'No stock field found on the edit page.' } };
  await quiet(300, 5000);
  return stockFields(doc, platform, spec);
}

export async function writeStocks(doc: Document, platform: Platform, spec: StockPageSpec, stocks: StockBySku): Promise<StockEditReply> {
  const now = await settledStockFields(doc, platform, spec);
  if (!Array.isArray(now)) return now;
  const skus = Object.keys(stocks);
  // A product without variants whose page shows no SKU beside its one stock field: that field is it.
  const only = now.length === 1 && skus.length === 1 && !now[0]!.sku ? now[0] : undefined;
  for (const sku of skus) {
    const field = only ?? now.find((f) => f.sku === sku);
    if (!field) {
      return { state: 'failed', error: { id: `SKU ${sku} tidak ada di halaman edit.`, en: `SKU ${sku} is not on the edit page.` } };
    }
    setInputValue(field.input, String(stocks[sku]));
  }
  await quiet(150, 3000);
  const after = stockFields(doc, platform, spec);
  for (const sku of skus) {
    const field = only ? after[0] : after.find((f) => f.sku === sku);
    if (!field || parseStock(field.input.value) !== stocks[sku]) {
      return { state: 'failed', error: { id: `Stok ${sku} tidak tersimpan di kolomnya.`, en: `The stock of ${sku} did not stay in its field.` } };
    }
  }
  const button = saveButton(doc, spec);
  if (!button) return { state: 'failed', error: { id: 'Tombol simpan tidak ditemukan.', en: 'No save button found.' } };
  const before = new Set(messagesOn(doc));
  button.click();
  const answer = await waitFor(() => outcome(doc, spec, before), { timeout: SAVE_TIMEOUT_MS });
  if (!answer) return { state: 'failed', unconfirmed: true, error: { id: 'Halaman tidak menjawab setelah simpan.', en: 'The page did not answer after saving.' } };
  return answer.state === 'done' ? { state: 'done', stocks } : answer;
}

/**
 * What the page shows now, once its product has loaded. `skus`: what the push is for; when it is one
 * SKU and the page shows exactly one stock field with no SKU beside it (Shopee's drifted single-SKU edit
 * page hides the SKU), that field is read as it — as `writeStocks` writes it — so a sale made there is
 * still seen before the write.
 */
export async function readEditPage(doc: Document, platform: Platform, spec: StockPageSpec, skus: readonly string[] = []): Promise<StockEditReply> {
  const now = await settledStockFields(doc, platform, spec);
  if (!Array.isArray(now)) return now;
  if (now.length === 1 && !now[0]!.sku && skus.length === 1) return { state: 'read', stocks: readStocks([{ ...now[0]!, sku: skus[0]! }]) };
  return { state: 'read', stocks: readStocks(now) };
}
