/**
 * One parser per CSV column: cell text → value, or what is wrong with it (the caller names the column
 * and quotes the value). The rupiah and whole-number rules are money.ts's, the one parser everywhere.
 */
import type { Bilingual } from '../../bilingual';
import { parseRupiah, parseWholeNumber } from '../../money';
import { NAME_MAX, SKU_MAX } from '../schema';

export type CellResult<T> = { value: T } | { problem: Bilingual };

const tooLong = (length: number, max: number): Bilingual => ({
  id: `terlalu panjang: ${length} karakter, maksimal ${max}`,
  en: `is too long: ${length} characters, at most ${max}`,
});

/** Words that mean "this product has no brand" (a real choice on every marketplace). */
export const NO_BRAND_WORDS = ['tanpa merek', 'tidak ada merek', 'no brand'];
export const NO_BRAND = Symbol('no brand');

export const CELL_PARSERS = {
  sku(text: string): CellResult<string> {
    const sku = text.trim();
    return sku.length > SKU_MAX ? { problem: tooLong(sku.length, SKU_MAX) } : { value: sku };
  },
  name(text: string): CellResult<string> {
    // A line break in a name would be refused by every marketplace; a space is what the seller meant.
    const name = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
    if (name.length > NAME_MAX)
      return {
        problem: {
          id: `terlalu panjang: ${name.length} karakter, maksimal ${NAME_MAX} (nama tidak dipotong otomatis)`,
          en: `is too long: ${name.length} characters, at most ${NAME_MAX} (names are not cut automatically)`,
        },
      };
    return { value: name };
  },
  description(text: string): CellResult<string> {
    return { value: text.replace(/\r\n?/g, '\n').trim() };
  },
  price(text: string): CellResult<number> {
    const price = parseRupiah(text);
    if (price === null)
      return {
        problem: {
          id: 'bukan harga rupiah yang sah (contoh: 15000, 15.000, Rp15.000)',
          en: 'is not a valid rupiah price (e.g. 15000, 15.000, Rp15.000)',
        },
      };
    if (price < 1) return { problem: { id: 'harga minimal Rp1', en: 'the price must be at least Rp1' } };
    return { value: price };
  },
  stock(text: string): CellResult<number> {
    const stock = parseWholeNumber(text);
    return stock === null
      ? { problem: { id: 'bukan bilangan bulat ≥ 0 (contoh: 10 atau 1.000)', en: 'is not a whole number ≥ 0 (e.g. 10 or 1.000)' } }
      : { value: stock };
  },
  weightGrams(text: string): CellResult<number> {
    const grams = parseWholeNumber(text);
    return grams === null || grams === 0
      ? { problem: { id: 'bukan berat dalam gram (bilangan bulat > 0, contoh: 250)', en: 'is not a weight in grams (a whole number > 0, e.g. 250)' } }
      : { value: grams };
  },
  condition(text: string): CellResult<'new' | 'used'> {
    const word = text.trim().toLowerCase();
    if (word === 'new' || word === 'baru') return { value: 'new' };
    if (word === 'used' || word === 'bekas') return { value: 'used' };
    return { problem: { id: 'bukan kondisi yang dikenal (baru/bekas atau new/used)', en: 'is not a known condition (baru/bekas or new/used)' } };
  },
  brand(text: string): CellResult<string | typeof NO_BRAND> {
    const brand = text.trim();
    if (NO_BRAND_WORDS.includes(brand.toLowerCase())) return { value: NO_BRAND };
    return brand.length > 100 ? { problem: tooLong(brand.length, 100) } : { value: brand };
  },
  category(text: string): CellResult<string> {
    const category = text.trim();
    return category.length > 200 ? { problem: tooLong(category.length, 200) } : { value: category };
  },
  dimension(text: string): CellResult<number> {
    const s = text.trim();
    const cm = /^\d+([.,]\d+)?$/.test(s) ? Number(s.replace(',', '.')) : NaN;
    return Number.isFinite(cm) && cm > 0
      ? { value: cm }
      : { problem: { id: 'bukan ukuran dalam cm (angka > 0, contoh: 10 atau 10,5)', en: 'is not a size in cm (a number > 0, e.g. 10 or 10,5)' } };
  },
  minOrder(text: string): CellResult<number> {
    const n = parseWholeNumber(text);
    return n === null || n < 1
      ? { problem: { id: 'bukan bilangan bulat ≥ 1', en: 'is not a whole number ≥ 1' } }
      : { value: n };
  },
};

/**
 * Our CSV export puts "'" before a cell starting with = + - @ so Excel shows it as text instead of
 * running it as a formula; take it off again so export → import gives back the same text.
 */
export function unescapeFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
