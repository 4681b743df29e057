/**
 * The levels above a seller's category word, as the seller centres' trees name them (Bahasa first, then
 * English): a seller writes "Keripik", the tree's first column offers "Makanan & Minuman" / "Food &
 * Beverages" and its second "Makanan Ringan" / "Snacks". Walking a column tree level by level needs
 * these words for the levels the seller never wrote. Data only, like english-category-words.ts: a word
 * it does not know adds nothing, and the page's search box stays the fallback.
 */
import { normaliseLabel } from '../labels';

/** Bahasa word or phrase = the words of the levels above it (Bahasa, then English), as one string. */
const PARENTS =
  // food: snacks, staples, drinks
  'keripik|kripik|kacang|kue kering|biskuit|cokelat|coklat|camilan|cemilan|snack=makanan ringan minuman snacks food beverages groceries;' +
  'beras|gula|minyak goreng|tepung|madu=bahan pokok makanan minuman staples food beverages groceries;' +
  'kopi|teh|jus|sirup=minuman makanan beverages drinks food groceries;' +
  'sambal|bumbu|kecap=bahan masakan makanan minuman seasonings food beverages groceries;' +
  // women's clothing
  'kaos|kemeja|blouse|atasan=atasan pakaian wanita tops clothing women;' +
  'rok|celana|bawahan=bawahan pakaian wanita bottoms clothing women;' +
  'dress|gaun=pakaian wanita dresses clothing women;' +
  // muslim fashion
  'hijab|kerudung|jilbab|pashmina=fashion muslim hijab muslim fashion;' +
  'gamis|tunik|mukena=busana muslim fashion muslim wear;' +
  // beauty
  'serum|masker|pembersih wajah|toner=perawatan wajah kecantikan skin care beauty health;' +
  'sabun|lotion|body lotion|lulur=perawatan tubuh kecantikan bath body beauty health;' +
  // phones
  'handphone|ponsel=handphone tablet mobiles mobile phones tablets;' +
  // home
  'panci|wajan|peralatan masak|wadah=dapur perlengkapan rumah kitchen home living;' +
  'lilin|aromaterapi|bunga hias|bunga=dekorasi perlengkapan rumah decor home living;' +
  // crafts
  'keranjang|anyaman|tas anyaman=anyaman kerajinan tangan crafts;' +
  'batik|kain batik=batik kerajinan tangan crafts';

let entries: [string[], string[]][] | undefined;

/** The words of the levels above the Bahasa words and phrases of a text (none for unknown words). */
export function parentWords(text: string): string[] {
  entries ??= PARENTS.split(';').map((pair) => {
    const [ids, words] = pair.split('=') as [string, string];
    return [ids.split('|'), words.split(' ')];
  });
  const padded = ` ${normaliseLabel(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return [...new Set(entries.flatMap(([ids, words]) => (ids.some((id) => padded.includes(` ${id} `)) ? words : [])))];
}
