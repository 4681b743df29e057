// @vitest-environment node
import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { catalogue } from '../../../utils/catalogue/api';
import { exportCatalogueCsv, exportCatalogueJson } from '../../../utils/catalogue/export';
import { applyImport, previewImport } from '../../../utils/catalogue/import';
import { toProductFile } from '../../../utils/catalogue/photos';
import { draft, JPEG_BYTES, photo, PNG_BYTES } from './fixtures';

beforeEach(() => catalogue.clear());

const FULL = draft({
  sku: 'KRP-01',
  description: 'Baris satu\nBaris "dua", <b>tebal</b>\n- tanpa pengawet',
  brand: 'Dapur Bunda',
  photos: [photo(JPEG_BYTES, 'image/jpeg', 'a'), photo(PNG_BYTES, 'image/png', 'b')],
  dimensionsCm: { length: 20, width: 10.5, height: 30 },
  minOrder: 2,
  preorderDays: 7,
  variants: {
    options: [{ name: 'Warna', values: ['Merah', 'Biru'] }, { name: 'Ukuran', values: ['S'] }],
    items: [
      { sku: 'KRP-01-M-S', options: { Warna: 'Merah', Ukuran: 'S' }, price: 15000, stock: 3 },
      { sku: 'KRP-01-B-S', options: { Warna: 'Biru', Ukuran: 'S' }, price: 16000, stock: 0 },
    ],
  },
  ekatalog: { unit: 'pcs', kbki: '21311', tkdn: 40, pdn: true, sni: 'SNI 01-2886' },
  overrides: { lazada: { name: 'Keripik Lazada' } },
  listings: { shopee: { url: 'https://seller.shopee.co.id/portal/product/9', externalId: '9', state: 'live', lastSyncedStock: 3 } },
  categoryPaths: { shopee: ['Makanan & Minuman', 'Makanan Ringan'] },
});

async function snapshot() {
  return Promise.all((await catalogue.list()).map(async (p) => ({ ...(await toProductFile(p)) })));
}

describe('JSON backup export', () => {
  it('export → wipe → import gives an identical catalogue (photos byte for byte)', async () => {
    await catalogue.save(FULL);
    await catalogue.save(draft({ sku: 'TSH-M', name: '=SUM(A1)', brand: undefined, photos: [] }));
    await catalogue.save(draft({ sku: 'KOSONG', weightGrams: undefined, category: '', photos: [], condition: 'used' }));
    const before = await snapshot();
    const exported = await (await exportCatalogueJson()).text();
    expect(JSON.parse(exported)).toMatchObject({ format: 'serentak-catalogue', version: 1 });
    const krp = JSON.parse(exported).products.find((p: { sku: string }) => p.sku === 'KRP-01');
    expect(krp.photos).toEqual([expect.stringMatching(/^data:image\/jpeg;base64,\/9j\//), expect.stringMatching(/^data:image\/png;base64,iVBOR/)]);

    await catalogue.clear();
    const preview = await previewImport(new File([exported], 'serentak-katalog.json'));
    expect(preview.counts).toEqual({ new: 3, updated: 0, rejected: 0 });
    expect(await applyImport(preview)).toEqual({ imported: 3, rejected: 0 });

    expect(await snapshot()).toEqual(before);
    expect(await (await exportCatalogueJson()).text()).toBe(exported);
  });
});

describe('CSV export', () => {
  it('English header, BOM, CRLF, cells quoted as needed, formulas defused', async () => {
    await catalogue.save(FULL);
    await catalogue.save(draft({ sku: 'TSH-M', name: '=SUM(A1)', description: '', brand: undefined, photos: [], weightGrams: undefined }));
    const blob = await exportCatalogueCsv();
    expect([...new Uint8Array(await blob.slice(0, 3).arrayBuffer())]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('sku,name,description,price,stock,weight_grams,condition,brand,category,length_cm,width_cm,height_cm,min_order');
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(3);
    const bySku = Object.fromEntries(rows.slice(1).map((r) => [r[0], r]));
    expect(bySku['TSH-M']).toEqual(['TSH-M', "'=SUM(A1)", '', '15000', '120', '', 'new', '', 'Keripik singkong', '', '', '', '1']);
    expect(bySku['KRP-01']!.slice(2, 13)).toEqual([
      'Baris satu\nBaris "dua", <b>tebal</b>\n- tanpa pengawet', '15000', '120', '250', 'new', 'Dapur Bunda', 'Keripik singkong', '20', '10.5', '30', '2',
    ]);
    expect(text).toContain('"Baris satu\nBaris ""dua"", <b>tebal</b>\n- tanpa pengawet"');
  });

  it('CSV export → import into an empty catalogue gives back the same fields', async () => {
    await catalogue.save(FULL);
    await catalogue.save(draft({ sku: 'TSH-M', name: '-Kaos diskon', brand: undefined, photos: [] }));
    const csv = await exportCatalogueCsv();
    const before = (await catalogue.list()).map(({ sku, name, description, price, stock, weightGrams, condition, brand, category, dimensionsCm, minOrder }) => ({ sku, name, description, price, stock, weightGrams, condition, brand, category, dimensionsCm, minOrder }));
    await catalogue.clear();
    const preview = await previewImport(new File([csv], 'katalog.csv'));
    expect(preview.counts).toEqual({ new: 2, updated: 0, rejected: 0 });
    const after = preview.rows.map((r) => r.product!);
    for (const expected of before) expect(after.find((p) => p.sku === expected.sku)).toMatchObject(JSON.parse(JSON.stringify(expected)));
  });
});
