// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { catalogue } from '../../../utils/catalogue/api';
import { applyImport, previewImport } from '../../../utils/catalogue/import';
import { csvFile, previewOf } from './import-helpers';
import { draft } from './fixtures';

beforeEach(() => catalogue.clear());

describe('CSV from Excel in Indonesian (semicolons, BOM, CRLF)', () => {
  const excel = csvFile(
    [
      'kode_sku;nama_produk;deskripsi;harga;stok;berat_gram;kondisi;merek;kategori',
      'KRP-01;Keripik Singkong Balado 250 g;"Renyah, pedas manis.\r\nTanpa pengawet.";Rp15.000;120;250;baru;Tanpa Merek;Keripik singkong',
      'KRP-02;Keripik Pisang Cokelat;;17.500;1.000;300;Baru;Dapur Bunda;Keripik pisang',
      'KRP-03;Kerupuk Udang;;Rp 12.000,00;5;;BEKAS;;',
    ],
    { bom: true, eol: '\r\n' },
  );

  it('reads every row with Indonesian numbers, words and the multi-line description', async () => {
    const { preview, product } = await previewOf(excel);
    expect(preview.kind).toBe('csv');
    expect(preview.fileError).toBeUndefined();
    expect(preview.counts).toEqual({ new: 3, updated: 0, rejected: 0 });
    expect(product('KRP-01')).toMatchObject({
      name: 'Keripik Singkong Balado 250 g',
      description: 'Renyah, pedas manis.\nTanpa pengawet.',
      price: 15000, stock: 120, weightGrams: 250, condition: 'new', category: 'Keripik singkong',
    });
    expect(product('KRP-01')!.brand).toBeUndefined();
    expect(product('KRP-02')).toMatchObject({ price: 17500, stock: 1000, brand: 'Dapur Bunda' });
    expect(product('KRP-03')).toMatchObject({ price: 12000, stock: 5, condition: 'used', category: '', minOrder: 1 });
  });

  it('preview writes nothing; apply writes the accepted rows', async () => {
    const preview = await previewImport(excel);
    expect(await catalogue.count()).toBe(0);
    expect(await applyImport(preview)).toEqual({ imported: 3, rejected: 0 });
    expect((await catalogue.list()).map((p) => p.sku).sort()).toEqual(['KRP-01', 'KRP-02', 'KRP-03']);
  });
});

describe('row numbers (data-row): 1-based data records, header excluded', () => {
  it.each([
    ['a quoted newline is one record', ['sku,name,price', 'A,"Dua\nbaris",1000', 'B,Bagus,gratis'], [[2, 'B']]],
    ['several quoted newlines', ['sku,name,description,price', 'A,Satu,"a\nb\nc\nd",1000', 'B,Dua,"x\r\ny",0', 'C,Tiga,,abc'], [[2, 'B'], [3, 'C']]],
    ['CRLF file', 'sku,name,price\r\nA,Satu,nol\r\nB,Dua,1000\r\n', [[1, 'A']]],
    ['empty lines are skipped, not counted', ['sku,name,price', '', 'A,Satu,1000', ',,', 'B,Dua,x', ''], [[2, 'B']]],
  ])('%s', async (_, lines, expected) => {
    const { rejected, preview } = await previewOf(csvFile(lines));
    expect(rejected.map(([row]) => row)).toEqual(expected.map(([row]) => row));
    expect(preview.rows.filter((r) => r.status === 'rejected').map((r) => r.sku)).toEqual(expected.map(([, sku]) => sku));
  });
});

describe('header names: English, Bahasa aliases, any case and spacing', () => {
  it.each([
    ['sku', 'kode_sku', 'KRP-01', 'sku', 'KRP-01'],
    ['name', 'nama_produk', 'Keripik', 'name', 'Keripik'],
    ['name', 'nama', 'Keripik', 'name', 'Keripik'],
    ['description', 'deskripsi', 'Renyah', 'description', 'Renyah'],
    ['price', 'harga', 'Rp15.000', 'price', 15000],
    ['stock', 'stok', '1.000', 'stock', 1000],
    ['weight_grams', 'berat_gram', '250', 'weightGrams', 250],
    ['weight_grams', 'berat', '250', 'weightGrams', 250],
    ['condition', 'kondisi', 'bekas', 'condition', 'used'],
    ['brand', 'merek', 'Dapur Bunda', 'brand', 'Dapur Bunda'],
    ['category', 'kategori', 'Keripik singkong', 'category', 'Keripik singkong'],
    ['min_order', 'minimum_pemesanan', '3', 'minOrder', 3],
    ['min_order', 'min_pesanan', '3', 'minOrder', 3],
    ['name', ' Nama Produk ', 'Keripik', 'name', 'Keripik'],
    ['price', 'HARGA', '15000', 'price', 15000],
    ['weight_grams', 'Berat-Gram', '250', 'weightGrams', 250],
  ])('%s as "%s"', async (_, header, cell, field, value) => {
    const base: Record<string, string> = { kode_sku: 'KRP-01', nama: 'Keripik', harga: '15000' };
    const aliasOf: Record<string, string> = { sku: 'kode_sku', kode_sku: 'kode_sku', name: 'nama', nama_produk: 'nama', nama: 'nama', ' nama produk ': 'nama', price: 'harga', harga: 'harga' };
    const replaced = aliasOf[header.toLowerCase()];
    if (replaced) delete base[replaced];
    const cols = { ...base, [header]: cell };
    const { product } = await previewOf(csvFile([Object.keys(cols).join(';'), Object.values(cols).join(';')]));
    expect(product('KRP-01')?.[field as 'name']).toEqual(value);
  });

  it.each([
    ['dimensions in cm', 'panjang_cm;lebar_cm;tinggi_cm', '20;10,5;30', { dimensionsCm: { length: 20, width: 10.5, height: 30 } }],
    ['English dimensions', 'length_cm;width_cm;height_cm', '20;10.5;30', { dimensionsCm: { length: 20, width: 10.5, height: 30 } }],
    ['unknown columns are ignored', 'warna;catatan', 'merah;apa saja', { name: 'Keripik' }],
    ['the leftmost of two synonyms wins', 'name', 'Nama Kedua', { name: 'Keripik' }],
  ])('%s', async (_, extraHeader, extraCells, expected) => {
    const { product } = await previewOf(csvFile([`sku;nama;harga;${extraHeader}`, `KRP-01;Keripik;15000;${extraCells}`]));
    expect(product('KRP-01')).toMatchObject(expected);
  });
});

describe('delimiter decided from the header row', () => {
  it.each([
    ['comma header, semicolons inside data', ['sku,name,description,price', 'A,Kaos,"ukuran; S; M; L",45000'], { description: 'ukuran; S; M; L', price: 45000 }],
    ['semicolon header, commas inside data', ['sku;name;description;price', 'A;Kaos, Hitam;bahan katun, adem;45.000'], { name: 'Kaos, Hitam', description: 'bahan katun, adem', price: 45000 }],
    ['quoted header with commas in a semicolon file', ['"sku";"name";"price"', '"A";"Kaos, M";"45.000"'], { name: 'Kaos, M', price: 45000 }],
    ['one-column-per-row comma file', ['sku,name,price', 'A,"Kaos; M",45000'], { name: 'Kaos; M' }],
  ])('%s', async (_, lines, expected) => {
    const { product, preview } = await previewOf(csvFile(lines));
    expect(preview.counts.rejected).toBe(0);
    expect(product('A')).toMatchObject(expected);
  });

  it('an unquoted thousands comma in a comma file is rejected, not read as two cells', async () => {
    const { rejected } = await previewOf(csvFile(['sku,name,price,stock', 'A,Kaos,45,000,3']));
    expect(rejected).toEqual([[1, expect.stringMatching(/punya 5 sel, judul punya 4/)]]);
  });
});

describe('cell rules', () => {
  it.each([
    ['15000', 15000], ['15.000', 15000], ['Rp 15.000', 15000], ['Rp15.000', 15000], ['Rp15.000,00', 15000],
    ['IDR 15000', 15000], ['15000.00', 15000], [' 1.250.000 ', 1250000],
  ])('price "%s" = %i', async (cell, price) => {
    const { product } = await previewOf(csvFile(['sku;nama;harga', `A;Kaos;${cell}`]));
    expect(product('A')?.price).toBe(price);
  });

  // The exact words of every rejection (row, column, value, rule) are tabled in import-reasons.test.ts.
  it.each([
    ['harga', 'gratis'], ['harga', '0'], ['harga', '-5000'], ['harga', '15.000,50'], ['stok', '-1'], ['stok', '2,5'],
    ['stok', 'banyak'], ['berat_gram', '0'], ['berat_gram', '0,25 kg'], ['kondisi', 'rusak'], ['min_pesanan', '0'],
    ['panjang_cm', 'sepuluh'], ['kode_sku', 'X'.repeat(65)],
  ])('%s "%s" is rejected, naming the column and the value', async (column, cell) => {
    const cols: Record<string, string> = { kode_sku: 'A', nama: 'Kaos', harga: '15000', [column]: cell };
    const { preview } = await previewOf(csvFile([Object.keys(cols).join(';'), Object.values(cols).join(';')]));
    expect(preview.counts).toEqual({ new: 0, updated: 0, rejected: 1 });
    const [error] = preview.rows[0]!.errors;
    const shown = cell.length > 40 ? cell.slice(0, 39) : cell;
    expect(error!.id).toContain(`Baris 1, kolom ${column}: ${shown}`);
    expect(error!.en).toContain(`Row 1, column ${column}: ${shown}`);
  });

  it.each([
    ['a 255-character name is kept whole', 255, 'new'],
    ['a 256-character name is rejected, not cut', 256, 'rejected'],
    ['a 1000-character name is rejected', 1000, 'rejected'],
  ])('%s', async (_, length, status) => {
    const name = 'K'.repeat(length);
    const { preview } = await previewOf(csvFile(['sku,name,price', `A,${name},1000`]));
    expect(preview.rows[0]!.status).toBe(status);
    if (status === 'new') expect(preview.rows[0]!.product!.name).toBe(name);
    else expect(preview.rows[0]!.errors[0]!.id).toMatch(`nama maksimal 255 karakter (ini ${length})`);
  });

  it.each([
    ['<script>alert(1)</script>', '<b>tebal</b><img src=x onerror=alert(1)>'],
    ['Kaos "Premium" <i>', '&lt;p&gt; tetap teks'],
  ])('HTML stays text: name %s', async (name, description) => {
    const { product } = await previewOf(csvFile(['sku,name,description,price', `A,"${name.replace(/"/g, '""')}","${description}",1000`]));
    expect(product('A')).toMatchObject({ name, description });
  });

  it.each([
    ['no SKU cell', ['sku,name,price', ',Kaos,1000'], 'Baris 1, kolom sku: (kosong) — SKU wajib diisi'],
    ['new SKU without a name', ['sku,name,price', 'A,,1000'], 'Baris 1, kolom name: (kosong) — nama produk wajib diisi untuk produk baru'],
    ['new SKU without a price', ['sku;nama_produk;harga', 'A;Kaos;'], 'Baris 1, kolom harga: (kosong) — harga wajib diisi untuk produk baru'],
    ['new SKU, file has no price column', ['sku,name', 'A,Kaos'], 'Baris 1, kolom price/harga: (kosong) — harga wajib diisi untuk produk baru'],
    ['only some dimensions', ['sku,name,price,length_cm', 'A,Kaos,1000,20'], 'Baris 1, kolom width_cm/lebar_cm: (kosong) — panjang, lebar dan tinggi harus diisi ketiganya (atau dikosongkan ketiganya) | Baris 1, kolom height_cm/tinggi_cm: (kosong)'],
  ])('%s', async (_, lines, message) => {
    const { rejected } = await previewOf(csvFile(lines));
    expect(rejected).toEqual([[1, expect.stringContaining(message)]]);
  });
});

describe('updates keep what the file does not say; defaults only on create', () => {
  beforeEach(async () => {
    await catalogue.save(draft({ sku: 'KRP-01', condition: 'used', stock: 7, minOrder: 5, brand: 'Dapur Bunda', dimensionsCm: { length: 1, width: 2, height: 3 } }));
  });

  it.each([
    ['only stock given', ['kode_sku;stok', 'KRP-01;9'], { stock: 9, price: 15000, condition: 'used', minOrder: 5, brand: 'Dapur Bunda', name: 'Keripik Singkong Balado 250 g' }],
    ['empty cells keep values', ['sku;nama;harga;stok;kondisi;merek;deskripsi', 'KRP-01;;;;;;'], { stock: 7, price: 15000, condition: 'used', brand: 'Dapur Bunda', description: 'Renyah.\nTanpa pengawet.' }],
    ['a changed price only', ['sku,price', 'KRP-01,Rp 16.500'], { price: 16500, stock: 7, condition: 'used' }],
    ['"Tanpa Merek" removes the brand', ['sku,merek', 'KRP-01,Tanpa Merek'], { brand: undefined }],
    ['one dimension, the rest kept', ['sku,tinggi_cm', 'KRP-01,9'], { dimensionsCm: { length: 1, width: 2, height: 9 } }],
  ])('%s', async (_, lines, expected) => {
    const { preview, product } = await previewOf(csvFile(lines));
    expect(preview.counts).toEqual({ new: 0, updated: 1, rejected: 0 });
    // field by field: "brand: undefined" must mean the key is gone, which toMatchObject cannot say
    const stored = await applyImport(preview).then(() => catalogue.get('KRP-01'));
    for (const [field, value] of Object.entries(expected)) {
      expect(product('KRP-01')![field as 'name']).toEqual(value);
      expect(stored![field as 'name']).toEqual(value);
    }
    expect(stored!.photos).toHaveLength(1);
    expect(await catalogue.count()).toBe(1);
  });

  it('a rejected row changes nothing, even for an existing SKU', async () => {
    const before = await catalogue.get('KRP-01');
    const preview = await previewImport(csvFile(['sku;nama;harga;stok', 'KRP-01;Nama Baru;gratis;99']));
    expect(preview.counts).toEqual({ new: 0, updated: 0, rejected: 1 });
    expect(await applyImport(preview)).toEqual({ imported: 0, rejected: 1 });
    const after = await catalogue.get('KRP-01');
    expect({ ...after, photos: [] }).toEqual({ ...before, photos: [] });
  });
});

describe('a SKU repeated in one file: the first valid row wins', () => {
  it.each([
    ['second copy rejected', ['A,Satu,1000', 'A,Dua,2000'], 'Satu', [[2, 'kolom sku: A — SKU ini sudah dipakai di baris 1 file yang sama']]],
    ['invalid first row, next valid wins', ['A,Satu,nol', 'A,Dua,2000', 'A,Tiga,3000'], 'Dua', [[1, 'bukan harga'], [3, 'sudah dipakai di baris 2']]],
    ['SKU spaces trimmed before comparing', ['A,Satu,1000', ' A ,Dua,2000'], 'Satu', [[2, 'sudah dipakai di baris 1']]],
  ])('%s', async (_, rows, winner, rejections) => {
    const { preview, product, rejected } = await previewOf(csvFile(['sku,name,price', ...rows]));
    expect(product('A')!.name).toBe(winner);
    expect(preview.counts.new).toBe(1);
    expect(rejected).toEqual(rejections.map(([row, text]) => [row, expect.stringContaining(text as string)]));
    await applyImport(preview);
    expect(await catalogue.count()).toBe(1);
    expect((await catalogue.get('A'))!.name).toBe(winner);
  });
});

describe('unreadable files change nothing and say why', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0]);
  it.each([
    ['a photo', new File([png], 'foto.csv'), 'bukan teks CSV atau JSON'],
    ['an Excel .xlsx', new File([xlsx], 'katalog.xlsx'), 'bukan teks CSV atau JSON'],
    ['an empty file', new File([], 'kosong.csv'), 'File kosong.'],
    ['only whitespace and a BOM', new File(['\uFEFF \r\n\r\n'], 'kosong.csv'), 'File kosong.'],
    ['header only', csvFile(['sku;nama_produk;harga', ''], { bom: true, eol: '\r\n' }), 'hanya berisi baris judul'],
    ['header with empty lines', csvFile(['sku,name,price', ',,', '']), 'hanya berisi baris judul'],
    ['no SKU column', csvFile(['nama,harga', 'Kaos,1000']), 'Tidak ada kolom SKU (sku atau kode_sku) di baris judul. Judul yang ditemukan: "nama", "harga".'],
    ['prose, not a table', csvFile('Halo, ini daftar produk saya\nKaos 45rb'), 'Tidak ada kolom SKU'],
  ])('%s', async (_, file, message) => {
    await catalogue.save(draft());
    const preview = await previewImport(file);
    expect(preview.fileError?.id).toContain(message);
    expect(preview.fileError?.en).toBeTruthy();
    expect(preview.rows).toEqual([]);
    expect(await applyImport(preview)).toEqual({ imported: 0, rejected: 0 });
    expect(await catalogue.count()).toBe(1);
  });

  it('text that is not UTF-8 is read as Windows-1252 (older Excel)', async () => {
    const bytes = Uint8Array.from('sku;nama;harga\nA;Caf\xe9 Kopi;1000', (c) => c.charCodeAt(0));
    const { product } = await previewOf(new File([bytes], 'lama.csv'));
    expect(product('A')!.name).toBe('Café Kopi');
  });
});

describe('a messy mixed file', () => {
  it('previews, counts and writes exactly the good rows', async () => {
    await catalogue.save(draft({ sku: 'LAMA-1', stock: 3, price: 9000 }));
    const file = csvFile(
      [
        ' Kode SKU ;NAMA PRODUK;Harga;stok;Berat;kondisi;warna;deskripsi',
        'BARU-1;Kaos Polos Hitam;Rp45.000;10;200;Baru;hitam;"Bahan katun;\r\nadem"',
        'LAMA-1;;;1.250;;;;',
        'BARU-2;<b>Topi</b>;15.000,00;;;bekas;;',
        ';Tanpa SKU;1000;1;;;;',
        'BARU-3;Sandal;gratis;1;;;;',
        'BARU-1;Kaos Ganda;50000;1;;;;',
        ';;;;;;;',
        'BARU-4;Sepatu;IDR 250000;2;0;;;',
        'BARU-5;Tas;75.000;-3;;;;',
        'BARU-6;Dompet;Rp 30.000;;;second;;',
        'BARU-7;Gelang;Rp5.000;100;10;used;emas;',
      ],
      { bom: true, eol: '\r\n' },
    );
    const { preview, rejected, product } = await previewOf(file);
    expect(preview.counts).toEqual({ new: 3, updated: 1, rejected: 6 });
    expect(rejected.map(([row]) => row)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(preview.rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(product('BARU-1')).toMatchObject({ description: 'Bahan katun;\nadem', weightGrams: 200, price: 45000 });
    expect(product('BARU-2')).toMatchObject({ name: '<b>Topi</b>', stock: 0, condition: 'used', price: 15000 });
    expect(product('LAMA-1')).toMatchObject({ stock: 1250, price: 9000 });
    expect(await catalogue.count()).toBe(1);
    expect(await applyImport(preview)).toEqual({ imported: 4, rejected: 6 });
    expect((await catalogue.list()).map((p) => p.sku).sort()).toEqual(['BARU-1', 'BARU-2', 'BARU-7', 'LAMA-1']);
  });
});
