// @vitest-environment node
// Every rejection in the seller's words (issue 11): the row, the column as the file names it (the key in
// a backup), the value as written, and the rule — never zod's own message. One table per format.
import { beforeEach, describe, expect, it } from 'vitest';
import { catalogue } from '../../../utils/catalogue/api';
import { previewImport } from '../../../utils/catalogue/import';
import { problemText, reason } from '../../../utils/catalogue/import/reasons';
import { PNG_BYTES } from './fixtures';
import { csvFile, jsonFile } from './import-helpers';

beforeEach(() => catalogue.clear());

async function rejectionsOf(file: File) {
  const preview = await previewImport(file);
  return preview.rows.filter((r) => r.status === 'rejected').flatMap((r) => r.errors);
}

/** Words zod (or a programmer) would use; a seller should never read them. */
const RAW = /Invalid|expected|Too (small|big)|received|— must be at least 1$|— minimal 1$|Kunci "|Key "|NaN|undefined/;

describe('CSV: row, the file\'s own column name, the value, the rule', () => {
  // Row 1 of a Bahasa file: kode_sku;nama;harga plus the column under test.
  it.each([
    ['harga', '0', 'Baris 1, kolom harga: 0 — harga minimal Rp1', 'Row 1, column harga: 0 — the price must be at least Rp1'],
    ['harga', '-5000', 'Baris 1, kolom harga: -5000 — harga minimal Rp1', 'Row 1, column harga: -5000 — the price must be at least Rp1'],
    ['harga', 'gratis', 'Baris 1, kolom harga: gratis — bukan harga rupiah; tulis angka seperti 15000, 15.000 atau Rp15.000', 'Row 1, column harga: gratis — not a rupiah price; write a number such as 15000, 15.000 or Rp15.000'],
    ['harga', '15.000,5', 'Baris 1, kolom harga: 15.000,5 — rupiah selalu bulat, tanpa sen; tulis mis. 15.000 atau 15.000,00', 'Row 1, column harga: 15.000,5 — rupiah are whole, without sen; write e.g. 15.000 or 15.000,00'],
    ['harga', 'Rp 15000,50', 'Baris 1, kolom harga: Rp 15000,50 — rupiah selalu bulat, tanpa sen; tulis mis. 15.000 atau 15.000,00', 'Row 1, column harga: Rp 15000,50 — rupiah are whole, without sen; write e.g. 15.000 or 15.000,00'],
    ['Harga Jual', '0', 'Baris 1, kolom harga: 0 — harga minimal Rp1', 'Row 1, column harga: 0 — the price must be at least Rp1'],
    ['stok', '-1', 'Baris 1, kolom stok: -1 — stok harus bilangan bulat 0 atau lebih, mis. 10 atau 1.000', 'Row 1, column stok: -1 — stock must be a whole number, 0 or more, e.g. 10 or 1.000'],
    ['stok', '2,5', 'Baris 1, kolom stok: 2,5 — stok harus bilangan bulat 0 atau lebih, mis. 10 atau 1.000', 'Row 1, column stok: 2,5 — stock must be a whole number, 0 or more, e.g. 10 or 1.000'],
    ['Stok', 'banyak', 'Baris 1, kolom Stok: banyak — stok harus bilangan bulat 0 atau lebih, mis. 10 atau 1.000', 'Row 1, column Stok: banyak — stock must be a whole number, 0 or more, e.g. 10 or 1.000'],
    ['berat_gram', '0', 'Baris 1, kolom berat_gram: 0 — berat ditulis dalam gram, bilangan bulat lebih dari 0, mis. 250', 'Row 1, column berat_gram: 0 — weight is in grams, a whole number above 0, e.g. 250'],
    ['berat', '0,25 kg', 'Baris 1, kolom berat: 0,25 kg — berat ditulis dalam gram, bilangan bulat lebih dari 0, mis. 250', 'Row 1, column berat: 0,25 kg — weight is in grams, a whole number above 0, e.g. 250'],
    ['kondisi', 'rusak', 'Baris 1, kolom kondisi: rusak — kondisi harus baru atau bekas', 'Row 1, column kondisi: rusak — the condition must be baru (new) or bekas (used)'],
    ['min_pesanan', '0', 'Baris 1, kolom min_pesanan: 0 — minimum pemesanan harus bilangan bulat 1 atau lebih', 'Row 1, column min_pesanan: 0 — the minimum order must be a whole number, 1 or more'],
    ['panjang_cm', 'sepuluh', 'Baris 1, kolom panjang_cm: sepuluh — ukuran ditulis dalam cm, angka lebih dari 0, mis. 10 atau 10,5', 'Row 1, column panjang_cm: sepuluh — sizes are in cm, a number above 0, e.g. 10 or 10,5'],
    ['merek', 'M'.repeat(101), `Baris 1, kolom merek: ${'M'.repeat(39)}… — merek maksimal 100 karakter (ini 101)`, `Row 1, column merek: ${'M'.repeat(39)}… — a brand has at most 100 characters (this one 101)`],
  ])('%s = %s', async (column, cell, id, en) => {
    // "Harga Jual" is not a known header: the row then has no price, which a new product needs.
    const cols: Record<string, string> = { kode_sku: 'A', nama: 'Kaos', harga: '15000', [column]: cell };
    if (column === 'Harga Jual') {
      delete cols['Harga Jual'];
      cols.harga = cell;
    }
    const errors = await rejectionsOf(csvFile([Object.keys(cols).join(';'), Object.values(cols).join(';')]));
    expect(errors).toEqual([{ id, en }]);
  });

  it.each([
    ['SKU missing', ['kode_sku;nama;harga', ';Kaos;1000'], 'Baris 1, kolom kode_sku: (kosong) — SKU wajib diisi', 'Row 1, column kode_sku: (empty) — an SKU is required'],
    ['SKU too long', ['sku,name,price', `${'X'.repeat(65)},Kaos,1000`], `Baris 1, kolom sku: ${'X'.repeat(39)}… — SKU maksimal 64 karakter (ini 65)`, `Row 1, column sku: ${'X'.repeat(39)}… — an SKU has at most 64 characters (this one 65)`],
    ['name too long', ['sku,nama_produk,price', `A,${'N'.repeat(256)},1000`], `Baris 1, kolom nama_produk: ${'N'.repeat(39)}… — nama maksimal 255 karakter (ini 256); nama tidak dipotong otomatis`, `Row 1, column nama_produk: ${'N'.repeat(39)}… — a name has at most 255 characters (this one 256); names are not cut automatically`],
    ['new product without a name', ['sku,nama,harga', 'A,,1000'], 'Baris 1, kolom nama: (kosong) — nama produk wajib diisi untuk produk baru', 'Row 1, column nama: (empty) — a new product needs a name'],
    ['no price column at all', ['sku,name', 'A,Kaos'], 'Baris 1, kolom price/harga: (kosong) — harga wajib diisi untuk produk baru', 'Row 1, column price/harga: (empty) — a new product needs a price'],
    ['duplicate SKU', ['kode_sku;nama;harga', 'A;Satu;1000', 'A;Dua;2000'], 'Baris 2, kolom kode_sku: A — SKU ini sudah dipakai di baris 1 file yang sama; hanya baris pertama yang diimpor. Beri SKU lain atau hapus baris ini', 'Row 2, column kode_sku: A — this SKU is already used in row 1 of the same file; only the first row is imported. Give it another SKU or delete this row'],
    ['unquoted thousands comma', ['sku,name,price,stock', 'A,Kaos,45,000,3'], 'Baris 1: baris ini punya 5 sel, judul punya 4: mungkin ada koma tanpa tanda kutip (mis. harga 15,000)', 'Row 1: this row has 5 cells, the header has 4: perhaps an unquoted comma (e.g. a price 15,000)'],
  ])('%s', async (_, lines, id, en) => {
    expect(await rejectionsOf(csvFile(lines))).toEqual([{ id, en }]);
  });

  it('an incomplete size names each empty column', async () => {
    const errors = await rejectionsOf(csvFile(['sku;nama;harga;panjang_cm;lebar_cm', 'A;Kaos;1000;20;']));
    expect(errors.map((e) => e.id)).toEqual([
      'Baris 1, kolom lebar_cm: (kosong) — panjang, lebar dan tinggi harus diisi ketiganya (atau dikosongkan ketiganya)',
      'Baris 1, kolom height_cm/tinggi_cm: (kosong) — panjang, lebar dan tinggi harus diisi ketiganya (atau dikosongkan ketiganya)',
    ]);
  });
});

const PNG_URL = `data:image/png;base64,${btoa(String.fromCharCode(...PNG_BYTES))}`;
const backup = (products: unknown[]) => ({ format: 'serentak-catalogue', version: 1, products });
const good = { sku: 'KRP-01', name: 'Keripik', price: 15000 };

describe('JSON: zod issues mapped per field rule, naming the key and the value', () => {
  it.each([
    [{ price: 0 }, 'Produk ke-1, kunci price: 0 — harga minimal Rp1', 'Product 1, key price: 0 — the price must be at least Rp1'],
    [{ price: -5 }, 'Produk ke-1, kunci price: -5 — harga minimal Rp1', 'Product 1, key price: -5 — the price must be at least Rp1'],
    [{ price: '15.000' }, 'Produk ke-1, kunci price: "15.000" — di file JSON angka ditulis tanpa tanda kutip, mis. 15000', 'Product 1, key price: "15.000" — in a JSON file numbers are written without quotes, e.g. 15000'],
    [{ price: 15000.5 }, 'Produk ke-1, kunci price: 15000.5 — rupiah selalu bulat, tanpa sen; tulis mis. 15.000 atau 15.000,00', 'Product 1, key price: 15000.5 — rupiah are whole, without sen; write e.g. 15.000 or 15.000,00'],
    [{ stock: -1 }, 'Produk ke-1, kunci stock: -1 — stok harus bilangan bulat 0 atau lebih, mis. 10 atau 1.000', 'Product 1, key stock: -1 — stock must be a whole number, 0 or more, e.g. 10 or 1.000'],
    [{ stock: 2.5 }, 'Produk ke-1, kunci stock: 2.5 — stok harus bilangan bulat 0 atau lebih, mis. 10 atau 1.000', 'Product 1, key stock: 2.5 — stock must be a whole number, 0 or more, e.g. 10 or 1.000'],
    [{ weightGrams: 0 }, 'Produk ke-1, kunci weightGrams: 0 — berat ditulis dalam gram, bilangan bulat lebih dari 0, mis. 250', 'Product 1, key weightGrams: 0 — weight is in grams, a whole number above 0, e.g. 250'],
    [{ condition: 'baru' }, 'Produk ke-1, kunci condition: "baru" — kondisi harus "new" (baru) atau "used" (bekas)', 'Product 1, key condition: "baru" — the condition must be "new" or "used"'],
    [{ name: 'N'.repeat(256) }, `Produk ke-1, kunci name: "${'N'.repeat(38)}… — nama maksimal 255 karakter (ini 256); nama tidak dipotong otomatis`, `Product 1, key name: "${'N'.repeat(38)}… — a name has at most 255 characters (this one 256); names are not cut automatically`],
    [{ name: '  ' }, 'Produk ke-1, kunci name: " " — nama produk wajib diisi untuk produk baru', 'Product 1, key name: " " — a new product needs a name'],
    [{ name: null }, 'Produk ke-1, kunci name: null — null tidak boleh di sini; hapus kuncinya untuk mempertahankan nilai lama', 'Product 1, key name: null — null is not allowed here; leave the key out to keep the stored value'],
    [{ sku: undefined }, 'Produk ke-1, kunci sku: (kosong) — SKU wajib diisi', 'Product 1, key sku: (empty) — an SKU is required'],
    [{ sku: '' }, 'Produk ke-1, kunci sku: "" — SKU wajib diisi', 'Product 1, key sku: "" — an SKU is required'],
    [{ name: undefined }, 'Produk ke-1, kunci name: (kosong) — nama produk wajib diisi untuk produk baru', 'Product 1, key name: (empty) — a new product needs a name'],
    [{ minOrder: 0 }, 'Produk ke-1, kunci minOrder: 0 — minimum pemesanan harus bilangan bulat 1 atau lebih', 'Product 1, key minOrder: 0 — the minimum order must be a whole number, 1 or more'],
    [{ preorderDays: 120 }, 'Produk ke-1, kunci preorderDays: 120 — lama pre-order harus bilangan bulat 1 sampai 90 hari', 'Product 1, key preorderDays: 120 — pre-order days must be a whole number from 1 to 90'],
    [{ dimensionsCm: { length: 10, width: 0, height: 5 } }, 'Produk ke-1, kunci dimensionsCm.width: 0 — ukuran ditulis dalam cm, angka lebih dari 0, mis. 10 atau 10,5', 'Product 1, key dimensionsCm.width: 0 — sizes are in cm, a number above 0, e.g. 10 or 10,5'],
    [{ ekatalog: { tkdn: 120 } }, 'Produk ke-1, kunci ekatalog.tkdn: 120 — TKDN harus angka 0 sampai 100', 'Product 1, key ekatalog.tkdn: 120 — TKDN must be a number from 0 to 100'],
    [{ variants: { options: [], items: [{ sku: 'V', options: {}, price: 1, stock: 1 }] } }, 'Produk ke-1, kunci variants.options: [] — daftar ini tidak boleh kosong', 'Product 1, key variants.options: [] — this list must not be empty'],
    [{ ekatalog: { kbki: 21311 } }, 'Produk ke-1, kunci ekatalog.kbki: 21311 — harus berupa teks', 'Product 1, key ekatalog.kbki: 21311 — must be text'],
    [{ photos: Array(10).fill(PNG_URL) }, 'Produk ke-1, kunci photos: (kosong) — paling banyak 9 foto', 'Product 1, key photos: (empty) — at most 9 photos'],
    [{ photos: ['https://contoh.id/a.png'] }, 'Produk ke-1, kunci photos.0: "https://contoh.id/a.png" — foto harus berupa gambar (data:image/…;base64,…)', 'Product 1, key photos.0: "https://contoh.id/a.png" — a photo must be an image (data:image/…;base64,…)'],
    [
      { variants: { options: [{ name: 'Warna', values: ['Merah'] }], items: [{ sku: 'V', options: { Warna: 'Merah' }, price: 0, stock: 1 }] } },
      'Produk ke-1, kunci variants.items.0.price: 0 — harga minimal Rp1',
      'Product 1, key variants.items.0.price: 0 — the price must be at least Rp1',
    ],
  ])('%j', async (change, id, en) => {
    expect(await rejectionsOf(jsonFile(backup([{ ...good, ...change }])))).toEqual([{ id, en }]);
  });

  it('a repeated SKU and a product that is not an object', async () => {
    const errors = await rejectionsOf(jsonFile(backup([good, { ...good, name: 'Ganda' }, 'teks'])));
    expect(errors.map((e) => e.id)).toEqual([
      'Produk ke-2, kunci sku: "KRP-01" — SKU ini sudah dipakai produk ke-1 di file yang sama; hanya yang pertama yang diimpor. Beri SKU lain atau hapus produk ini',
      'Produk ke-3: produk ini bukan objek {…}',
    ]);
  });
});

describe('never raw words', () => {
  const odd: unknown[] = [
    { price: true }, { stock: 'sepuluh' }, { weightGrams: -3 }, { condition: 3 }, { brand: 5 }, { category: 'K'.repeat(201) },
    { dimensionsCm: 'besar' }, { variants: { options: [], items: [] } }, { ekatalog: { pdn: 'ya' } }, { overrides: { shopee: { price: 0 } } },
    { listings: { shopee: { state: 'hilang' } } }, { photos: 'foto.jpg' }, { createdAt: 'kemarin' },
  ];
  it.each(odd.map((change) => [change]))('%j', async (change) => {
    const errors = await rejectionsOf(jsonFile(backup([{ ...good, ...(change as object) }])));
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) {
      expect(e.id).toMatch(/^Produk ke-1, kunci \S+: .+ — \S/);
      expect(e.en).toMatch(/^Product 1, key \S+: .+ — \S/);
      expect(e.id).not.toMatch(RAW);
      expect(e.en).not.toMatch(RAW);
    }
  });
});

describe('the reason alone (the alasan column of the download)', () => {
  it.each([
    [{ column: 'harga', value: '0', reason: reason('priceMin') }, 'csv', 'Kolom harga: 0 — harga minimal Rp1', 'Column harga: 0 — the price must be at least Rp1'],
    [{ column: 'price', value: '0', reason: reason('priceMin') }, 'json', 'Kunci price: 0 — harga minimal Rp1', 'Key price: 0 — the price must be at least Rp1'],
    [{ reason: reason('unclosedQuote') }, 'csv', 'tanda kutip (") tidak ditutup di baris ini', 'a quote (") is not closed in this row'],
  ] as const)('%j', (problem, kind, id, en) => {
    expect(problemText(problem, kind)).toEqual({ id, en });
  });
});
