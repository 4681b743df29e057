/**
 * Rupiah, the Indonesian way: "." groups thousands, "," starts the (ignored) sen.
 * One parser for the whole extension: CSV import, form fields, reading listings back from pages.
 */

/**
 * Parse a rupiah amount written by a person or a page into whole rupiah.
 * Accepts "15000", "15.000", "Rp 15.000", "Rp15.000,00", "IDR 15000", "15,000.00" (English pages), 15000.
 * Returns null when the text is not an amount (or has sen other than ",00"/".00": rupiah are whole).
 */
export function parseRupiah(input: string | number | null | undefined): number | null {
  if (input === null || input === undefined) return null;
  if (typeof input === 'number') return Number.isFinite(input) && Number.isInteger(input) ? input : null;
  let s = input.trim().replace(/^(rp\.?|idr)\s*/i, '').replace(/\s+/g, '');
  if (s === '' || s.startsWith('-')) return null;
  // English formatting "15,000.00" or "15,000": commas group thousands.
  if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(s)) s = s.replace(/,/g, '').replace(/\.(\d{1,2})$/, ',$1');
  // Indonesian decimal part: ",00" / ",5"
  let sen = '';
  const comma = s.match(/^(.*),(\d{1,2})$/);
  if (comma) {
    s = comma[1]!;
    sen = comma[2]!;
  } else if (/^\d+\.\d{2}$/.test(s) && !/^\d{1,3}\.\d{3}$/.test(s)) {
    // "15000.00" — a plain decimal point with two digits is sen, not a thousands group.
    [s, sen] = s.split('.') as [string, string];
  }
  if (sen && Number(sen) !== 0) return null;
  if (/^\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
  if (!/^\d+$/.test(s)) return null;
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : null;
}

/** Parse a whole count written the Indonesian way ("1.000" = 1000). Null when not a whole number ≥ 0. */
export function parseWholeNumber(input: string | number | null | undefined): number | null {
  if (input === null || input === undefined) return null;
  if (typeof input === 'number') return Number.isSafeInteger(input) && input >= 0 ? input : null;
  let s = input.trim().replace(/\s+/g, '');
  if (/^\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
  const comma = s.match(/^(\d+),0+$/);
  if (comma) s = comma[1]!;
  if (!/^\d+$/.test(s)) return null;
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : null;
}

const GROUPED = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });

/** 15000 → "15.000" (for fields that want digits grouped but no currency). */
export function groupThousands(rupiah: number): string {
  return GROUPED.format(rupiah);
}

/** 15000 → "Rp15.000" (no space, as Indonesian shops write it). */
export function formatRupiah(rupiah: number): string {
  return `Rp${GROUPED.format(rupiah)}`;
}
