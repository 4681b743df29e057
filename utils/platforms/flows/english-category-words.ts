/**
 * The English words of a seller's Bahasa category, for a seller centre whose category tree is English
 * (Lazada by default): its search box finds "Chips & Crisps" from "chips", never from "keripik". A short
 * glossary of the words sellers write for the categories small shops sell in, not a dictionary: a word
 * it does not know simply adds nothing, and the page's own suggestions stay the fallback.
 */
import { normaliseLabel } from '../labels';

/** Bahasa word or phrase = English words, as one string (smaller in the content script than an object). */
const GLOSSARY =
  'makanan=groceries food;makanan ringan=snacks;camilan=snacks;cemilan=snacks;snack=snacks;keripik=chips crisps;kripik=chips crisps;' +
  'kacang=nuts;kue kering=biscuits cookies;biskuit=biscuits;kue=cakes;cokelat=chocolate;coklat=chocolate;' +
  'minuman=beverages drinks;kopi=coffee;teh=tea;jus=juices;beras=rice;gula=sugar;minyak goreng=cooking oil;bumbu=seasonings;sambal=sauces;madu=honey;' +
  'pakaian=clothing;baju=clothing;wanita=women;pria=men;anak=kids;atasan=tops;bawahan=bottoms;kaos=shirts;kemeja=shirts;rok=skirts;celana=pants;gaun=dresses;' +
  'busana muslim=muslim wear;kerudung=hijab;jilbab=hijab;gamis=gamis;tunik=tunics;' +
  'kecantikan=beauty;perawatan wajah=skin care;pembersih=cleansers;masker=masks;sabun=soap;tubuh=body;lulur=body scrubs;handphone=mobile phones;' +
  'rumah=home living;dapur=kitchen;peralatan masak=cookware;wadah=storage;dekorasi=decor;lilin=candles;bunga=flowers;' +
  'tas=bags;sepatu=shoes;mainan=toys;buku=books;kesehatan=health;bayi=baby;kerajinan=crafts;anyaman=woven';

let entries: [string, string[]][] | undefined;

/** The English words for the Bahasa words and phrases of a text (none for words it does not know). */
export function englishWords(text: string): string[] {
  entries ??= GLOSSARY.split(';').map((pair) => {
    const [id, en] = pair.split('=') as [string, string];
    return [id, en.split(' ')];
  });
  const padded = ` ${normaliseLabel(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return [...new Set(entries.flatMap(([id, en]) => (padded.includes(` ${id} `) ? en : [])))];
}
