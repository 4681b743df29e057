// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { catalogue } from '../../../utils/catalogue/api';
import { applyImport, previewImport } from '../../../utils/catalogue/import';
import { bytesOf, draft, PNG_BYTES } from './fixtures';
import { jsonFile, previewOf } from './import-helpers';

beforeEach(() => catalogue.clear());

const PNG_URL = `data:image/png;base64,${btoa(String.fromCharCode(...PNG_BYTES))}`;
const backup = (products: unknown[], extra: Record<string, unknown> = {}) => ({ format: 'serentak-catalogue', version: 1, products, ...extra });
const good = { sku: 'KRP-01', name: 'Keripik', price: 15000 };

describe('JSON backup rules', () => {
  it('creates with defaults, keeps timestamps and photo bytes, ignores unknown keys', async () => {
    const { preview, product } = await previewOf(
      jsonFile(backup([{ ...good, photos: [PNG_URL], createdAt: 5, updatedAt: 6, rahasia: 'x', warna: 'merah' }], { exportedBy: 'x' })),
    );
    expect(preview.kind).toBe('json');
    expect(preview.counts).toEqual({ new: 1, updated: 0, rejected: 0 });
    expect(product('KRP-01')).toMatchObject({ stock: 0, condition: 'new', minOrder: 1, description: '', createdAt: 5, updatedAt: 6 });
    expect(product('KRP-01')).not.toHaveProperty('rahasia');
    await applyImport(preview);
    const stored = await catalogue.get('KRP-01');
    expect(stored!.updatedAt).toBe(6);
    expect(await bytesOf(stored!.photos[0]!.blob)).toEqual([...PNG_BYTES]);
  });

  // The exact words of every rejection are tabled in import-reasons.test.ts.
  it.each([
    [{ price: '15.000' }], [{ price: 15000.5 }], [{ stock: -1 }], [{ condition: 'baru' }], [{ name: 'N'.repeat(256) }], [{ name: null }],
    [{ photos: ['https://contoh.id/a.png'] }], [{ photos: Array(10).fill(PNG_URL) }], [{ ekatalog: { tkdn: 120 } }], [{ sku: undefined }],
  ])('%j is rejected with a bilingual reason naming the key', async (change) => {
    const { preview } = await previewOf(jsonFile(backup([{ ...good, ...change }])));
    expect(preview.counts.rejected).toBe(1);
    const [error] = preview.rows[0]!.errors;
    const key = Object.keys(change)[0]!;
    expect(error!.id).toMatch(new RegExp(`^Produk ke-1, kunci ${key}(\\.\\w+)?: `));
    expect(error!.en).toMatch(new RegExp(`^Product 1, key ${key}(\\.\\w+)?: `));
  });

  it('a photo that is not a photo says so', async () => {
    const { preview } = await previewOf(jsonFile(backup([{ ...good, photos: [`data:image/png;base64,${btoa('<svg onload=alert(1)>')}`] }])));
    expect(preview.rows[0]!.errors[0]!.id).toMatch(/^Produk ke-1, kunci photos\.0: \(kosong\) — File ini bukan foto/);
  });

  it('row numbers are positions in "products"; the first valid repeated SKU wins', async () => {
    const { rejected, product } = await previewOf(
      jsonFile(backup([good, { ...good, sku: 'B', price: 'x' }, { ...good, sku: 'B', name: 'Dua' }, { ...good, name: 'Ganda' }, 'teks'])),
    );
    expect(rejected).toEqual([
      [2, expect.stringContaining('Produk ke-2, kunci price: "x"')],
      [4, expect.stringContaining('kunci sku: "KRP-01" — SKU ini sudah dipakai produk ke-1')],
      [5, 'Produk ke-5: produk ini bukan objek {…}'],
    ]);
    expect(product('B')!.name).toBe('Dua');
    expect(product('KRP-01')!.name).toBe('Keripik');
  });

  describe('updating an existing product', () => {
    beforeEach(() => catalogue.save(draft({ brand: 'Dapur Bunda', stock: 7, weightGrams: 250 })));
    it.each([
      ['omitted keys keep stored values', { sku: 'KRP-01', stock: 9 }, { stock: 9, brand: 'Dapur Bunda', price: 15000, weightGrams: 250 }],
      ['brand null = no brand', { sku: 'KRP-01', brand: null }, { brand: undefined, stock: 7 }],
      ['brand "" = no brand', { sku: 'KRP-01', brand: '' }, { brand: undefined }],
      ['weightGrams null clears it', { sku: 'KRP-01', weightGrams: null }, { weightGrams: undefined, brand: 'Dapur Bunda' }],
    ])('%s', async (_, product, expected) => {
      const preview = await previewImport(jsonFile(backup([product])));
      expect(preview.counts).toEqual({ new: 0, updated: 1, rejected: 0 });
      await applyImport(preview);
      const stored = await catalogue.get('KRP-01');
      for (const [field, value] of Object.entries(expected)) expect(stored![field as 'name']).toEqual(value);
      expect(stored!.photos).toHaveLength(1);
    });
  });
});

describe('unreadable JSON changes nothing and says why', () => {
  it.each([
    ['broken JSON', '{"format": "serentak-catalogue", "version": 1, "products": [', 'File JSON rusak'],
    ['another JSON (package.json)', { name: 'serentak', version: '0.1.0' }, 'bukan cadangan katalog Serentak'],
    ['a JSON list', [good], 'bukan cadangan katalog Serentak'],
    ['a newer version', backup([good], { version: 2 }), 'dibuat oleh Serentak versi yang lebih baru (format versi 2)'],
    ['a version as text', backup([good], { version: '1' }), 'Versi format "1" tidak dikenal'],
    ['no product list', { format: 'serentak-catalogue', version: 1, products: { a: good } }, 'tidak berisi daftar produk'],
    ['no products', backup([]), 'tidak berisi produk'],
    ['a JSON file named .csv', JSON.stringify({ hello: 1 }), 'bukan cadangan katalog Serentak'],
  ])('%s', async (name, content, message) => {
    await catalogue.save(draft({ sku: 'ADA' }));
    const file = name.includes('.csv') ? new File([content as string], 'katalog.csv') : jsonFile(content);
    const preview = await previewImport(file);
    expect(preview.kind).toBe('json');
    expect(preview.fileError!.id).toContain(message);
    expect(preview.fileError!.en.length).toBeGreaterThan(10);
    expect(await applyImport(preview)).toEqual({ imported: 0, rejected: 0 });
    expect((await catalogue.list()).map((p) => p.sku)).toEqual(['ADA']);
  });
});
