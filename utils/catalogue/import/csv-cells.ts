/**
 * One parser per CSV column: cell text → value, or what is wrong with it (the caller names the column
 * and quotes the value). The rupiah and whole-number rules are money.ts's, the one parser everywhere.
 */
import type { Bilingual } from '../../bilingual';
import { parseRupiah, parseWholeNumber } from '../../money';
import { NAME_MAX, SKU_MAX } from '../schema';
import { reason } from './reasons';

export type CellResult<T> = { value: T } | { problem: Bilingual };

/** Words that mean "this product has no brand" (a real choice on every marketplace). */
export const NO_BRAND_WORDS = ['tanpa merek', 'tidak ada merek', 'no brand'];
export const NO_BRAND = Symbol('no brand');

/** "15.000,5", "Rp 15000,50", "15000.5": a number with sen, which rupiah never have. */
const WITH_SEN = /^(rp\.?|idr)?\s*\d[\d.]*,\d+$|^(rp\.?|idr)?\s*\d+\.\d{1,2}$/i;

export const CELL_PARSERS = {
  sku(text: string): CellResult<string> {
    const sku = text.trim();
    return sku.length > SKU_MAX ? { problem: reason('skuTooLong', { max: SKU_MAX, length: sku.length }) } : { value: sku };
  },
  name(text: string): CellResult<string> {
    // A line break in a name would be refused by every marketplace; a space is what the seller meant.
    const name = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
    if (name.length > NAME_MAX) return { problem: reason('nameTooLong', { max: NAME_MAX, length: name.length }) };
    return { value: name };
  },
  description(text: string): CellResult<string> {
    return { value: text.replace(/\r\n?/g, '\n').trim() };
  },
  price(text: string): CellResult<number> {
    const price = parseRupiah(text);
    if (price === null) {
      const written = text.trim();
      if (written.startsWith('-')) return { problem: reason('priceMin') };
      return { problem: reason(WITH_SEN.test(written) ? 'priceCents' : 'priceNotRupiah') };
    }
    if (price < 1) return { problem: reason('priceMin') };
    return { value: price };
  },
  stock(text: string): CellResult<number> {
    const stock = parseWholeNumber(text);
    return stock === null ? { problem: reason('stockNotWhole') } : { value: stock };
  },
  weightGrams(text: string): CellResult<number> {
    const grams = parseWholeNumber(text);
    return grams === null || grams === 0 ? { problem: reason('weightNotGrams') } : { value: grams };
  },
  condition(text: string): CellResult<'new' | 'used'> {
    const word = text.trim().toLowerCase();
    if (word === 'new' || word === 'baru') return { value: 'new' };
    if (word === 'used' || word === 'bekas') return { value: 'used' };
    return { problem: reason('conditionUnknown') };
  },
  brand(text: string): CellResult<string | typeof NO_BRAND> {
    const brand = text.trim();
    if (NO_BRAND_WORDS.includes(brand.toLowerCase())) return { value: NO_BRAND };
    return brand.length > 100 ? { problem: reason('brandTooLong', { max: 100, length: brand.length }) } : { value: brand };
  },
  category(text: string): CellResult<string> {
    const category = text.trim();
    return category.length > 200 ? { problem: reason('categoryTooLong', { max: 200, length: category.length }) } : { value: category };
  },
  dimension(text: string): CellResult<number> {
    const s = text.trim();
    const cm = /^\d+([.,]\d+)?$/.test(s) ? Number(s.replace(',', '.')) : NaN;
    return Number.isFinite(cm) && cm > 0 ? { value: cm } : { problem: reason('dimensionNotCm') };
  },
  minOrder(text: string): CellResult<number> {
    const n = parseWholeNumber(text);
    return n === null || n < 1 ? { problem: reason('minOrderNotWhole') } : { value: n };
  },
};

/**
 * Our CSV export puts "'" before a cell starting with = + - @ so Excel shows it as text instead of
 * running it as a formula; take it off again so export → import gives back the same text.
 */
export function unescapeFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
