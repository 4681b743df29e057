import { afterEach, describe, expect, test } from 'vitest';
import type { Platform, VariantGridSpec } from '../../../utils/platforms/define';
import lazada from '../../../utils/platforms/lazada';
import shopee from '../../../utils/platforms/shopee';
import tiktok from '../../../utils/platforms/tiktok-tokopedia';
import { runStep } from './step';
import { planFill } from '../../../utils/fill/plan';
import { fillVariants } from '../../../utils/fill/variants';
import type { Listing } from '../../../utils/fill/types';
import { lazadaVariations, shopeeVariations, tiktokVariations, type VariantPage } from './variant-pages';

afterEach(() => document.body.replaceChildren());

const KAOS: NonNullable<Listing['variants']> = {
  options: [
    { name: 'Warna', values: ['Merah', 'Hitam'] },
    { name: 'Ukuran', values: ['S', 'M', 'L'] },
  ],
  items: ['Merah', 'Hitam'].flatMap((warna, i) =>
    ['S', 'M', 'L'].map((ukuran, j) => ({
      sku: `KAOS-${warna.slice(0, 3).toUpperCase()}-${ukuran}`,
      options: { Warna: warna, Ukuran: ukuran },
      price: 65000 + j * 5000 + i * 1000,
      stock: 10 + i * 3 + j,
    })),
  ),
};

function listing(platform: Platform, variants = KAOS): Listing {
  return {
    platform: platform.id, sku: 'KAOS', name: 'Kaos Polos Katun Combed 30s Premium', description: 'Kaos katun.', price: 65000,
    stock: variants.items.reduce((sum, item) => sum + item.stock, 0), condition: 'new', category: 'Kaos', photos: [], minOrder: 1, variants,
  };
}

/** What the page committed, in the shape of the product's items (order-free). */
function committed(page: VariantPage) {
  const rows = page.store().model.variants as { options: Record<string, string>; price: number; stock: number; sku: string }[];
  return [...rows].sort((a, b) => a.sku.localeCompare(b.sku));
}
const expected = (variants = KAOS) => [...variants.items].sort((a, b) => a.sku.localeCompare(b.sku)).map(({ sku, options, price, stock }) => ({ options, price, stock, sku }));

/** The runner's own step for `variants`: the switch (where the adapter has one), then the grid. */
async function fillStep(platform: Platform, variants = KAOS) {
  const l = listing(platform, variants);
  const step = planFill(platform, l).find((s) => s.field === 'variants')!;
  if (step.action !== 'fill') throw new Error(`variants planned as ${step.action}`);
  return runStep(step, { doc: document, platform, listing: l, timeout: 1500, findTimeout: 1500 });
}

describe('variant grids on the replicas\' variation editors', () => {
  test.each([
    { page: 'Shopee (Vue v-model, "Aktifkan Variasi")', platform: shopee, build: () => shopeeVariations() },
    { page: 'Shopee drifted (English, hashed classes)', platform: shopee, build: () => shopeeVariations({ drift: true }) },
    { page: 'TikTok (React, switch then "Tambah variasi")', platform: tiktok, build: () => tiktokVariations() },
    { page: 'TikTok drifted (English, hashed classes)', platform: tiktok, build: () => tiktokVariations({ drift: true }) },
  ])('$page: 2 × 3 combinations committed with their own price, stock and SKU', async ({ platform, build }) => {
    const page = build();
    const result = await fillStep(platform);
    expect(result).toMatchObject({ field: 'variants', status: 'filled' });
    expect(result.reason.id).toContain('6 varian (Warna × Ukuran)');
    expect(committed(page)).toEqual(expected());
  });

  test.each([
    { page: 'Shopee', platform: shopee, build: () => shopeeVariations() },
    { page: 'TikTok', platform: tiktok, build: () => tiktokVariations() },
  ])('$page: filling twice gives the same result, the second time reported as already right', async ({ platform, build }) => {
    const page = build();
    await fillStep(platform);
    const log = page.store().log.length;
    const again = await fillStep(platform);
    expect(again).toMatchObject({ status: 'skipped', reason: { en: 'Already holds the right value' } });
    expect(committed(page)).toEqual(expected());
    expect(page.store().log.length).toBe(log);
  });

  test('a product with one option group fills one column of options', async () => {
    const page = shopeeVariations();
    const single: NonNullable<Listing['variants']> = {
      options: [{ name: 'Rasa', values: ['Balado', 'Original'] }],
      items: [
        { sku: 'KRP-BLD', options: { Rasa: 'Balado' }, price: 15000, stock: 40 },
        { sku: 'KRP-ORI', options: { Rasa: 'Original' }, price: 14000, stock: 25 },
      ],
    };
    expect(await fillStep(shopee, single)).toMatchObject({ status: 'filled' });
    expect(committed(page)).toEqual(expected(single));
  });

  test('an option the seller typed before and the product lacks is cleared (no extra combinations)', async () => {
    const page = shopeeVariations();
    await fillStep(shopee);
    const fewer = { options: [KAOS.options[0]!, { name: 'Ukuran', values: ['S', 'M'] }], items: KAOS.items.filter((i) => i.options.Ukuran !== 'L') };
    expect(await fillStep(shopee, fewer)).toMatchObject({ status: 'filled' });
    expect(committed(page)).toEqual(expected(fewer));
  });
});

/** A table drawn the way Shopee draws it: the first option merged across rows, rows not in item order. */
function mergedTable(rows: [string, string][]) {
  const committed: Record<string, Record<string, string>> = {};
  const input = (key: string, col: string) => {
    const el = document.createElement('input');
    el.placeholder = col;
    el.addEventListener('input', () => ((committed[key] ??= {})[col] = el.value));
    return el;
  };
  const section = document.createElement('div');
  section.dataset.productEditFieldUniqueId = 'variation';
  const groups = ['Warna', 'Ukuran'].map((name, g) => {
    const box = document.createElement('div');
    box.dataset.productEditFieldUniqueId = `tierVariation_${g}`;
    const nameInput = Object.assign(document.createElement('input'), { placeholder: 'Ketik atau pilih', value: name });
    const values = g === 0 ? ['Merah', 'Hitam'] : ['S', 'M', 'L'];
    box.append(nameInput, ...values.map((v) => Object.assign(document.createElement('input'), { placeholder: 'Masukkan pilihan', value: v })));
    return box;
  });
  const table = document.createElement('table');
  table.innerHTML = '<thead><tr><th>Warna</th><th>Ukuran</th><th>Harga</th><th>Stok</th><th>Kode Variasi</th></tr></thead><tbody></tbody>';
  let previous = '';
  for (const [warna, ukuran] of rows) {
    const tr = document.createElement('tr');
    if (warna !== previous) {
      const td = document.createElement('td');
      td.textContent = warna;
      td.rowSpan = rows.filter(([w]) => w === warna).length;
      tr.append(td);
      previous = warna;
    }
    const key = `${warna}/${ukuran}`;
    tr.append(...[ukuran, 'Harga', 'Stok', 'Kode Variasi'].map((text, i) => {
      const td = document.createElement('td');
      td.append(i === 0 ? text : input(key, text));
      return td;
    }));
    table.tBodies[0]!.append(tr);
  }
  section.append(...groups, table);
  document.body.append(section);
  return { section, committed };
}

const withGrid = (grid: Partial<VariantGridSpec>): Platform => {
  const spec = shopee.fields.variants;
  if (spec === 'unsupported' || !spec.grid) throw new Error('shopee has a grid');
  return { ...shopee, fields: { ...shopee.fields, variants: { ...spec, grid: { ...spec.grid, ...grid } } } };
};

describe('rows are matched by their option labels, not by position', () => {
  test('merged first column (rowspan) and rows in another order', async () => {
    const { section, committed } = mergedTable([
      ['Hitam', 'L'], ['Hitam', 'S'], ['Hitam', 'M'],
      ['Merah', 'M'], ['Merah', 'L'], ['Merah', 'S'],
    ]);
    const outcome = await fillVariants(section, KAOS, { doc: document, timeout: 500, platform: withGrid({}) });
    expect(outcome).toMatchObject({ status: 'filled' });
    for (const item of KAOS.items) {
      const key = `${item.options.Warna}/${item.options.Ukuran}`;
      expect(committed[key]).toEqual({ Harga: String(item.price), Stok: String(item.stock), 'Kode Variasi': item.sku });
    }
  });

  test('a combination the table never shows is reported by its labels, and nothing is typed into a wrong row', async () => {
    const { section, committed } = mergedTable([['Merah', 'S'], ['Merah', 'M'], ['Merah', 'L'], ['Hitam', 'S'], ['Hitam', 'M']]);
    const outcome = await fillVariants(section, KAOS, { doc: document, timeout: 200, platform: withGrid({}) });
    expect(outcome).toEqual({ status: 'failed', why: 'variantsIncomplete', detail: 'Hitam / L' });
    expect(Object.keys(committed)).toEqual([]);
  });
});

test('a row redrawn around the editor when variants turn on (Lazada) is followed, not lost', async () => {
  const page = lazadaVariations();
  const spec = lazada.fields.variants;
  if (spec === 'unsupported') throw new Error('lazada has variants');
  const platform: Platform = {
    ...lazada,
    fields: {
      ...lazada.fields,
      variants: {
        find: [{ label: ['Variants'] }],
        kind: 'variantGrid',
        grid: {
          enable: [{ label: ['Add Variants'] }], addGroup: [{ label: ['Add Variant 2'] }],
          groupName: [{ placeholder: ['e.g. Color'] }], option: [{ placeholder: ['e.g. Red'] }],
          columns: { price: ['Price'], stock: ['Stock'], sku: ['Seller SKU'] },
        },
      },
    },
  };
  expect(await fillStep(platform)).toMatchObject({ status: 'filled' });
  expect(committed(page)).toEqual(expected());
});

describe('forms without a variant grid the engine can describe', () => {
  test('the plan leaves variants to the seller, naming the marketplace, and still fills base price and stock', () => {
    const spec = lazada.fields.variants;
    const noGrid: Platform = spec === 'unsupported' || !spec.grid ? lazada : { ...lazada, fields: { ...lazada.fields, variants: { ...spec, grid: undefined } } };
    const plan = planFill(noGrid, listing(noGrid));
    expect(plan.find((s) => s.field === 'variants')).toMatchObject({
      action: 'skip',
      reason: { id: expect.stringContaining(`Isi varian secara manual di ${lazada.label}`) },
    });
    expect(plan.find((s) => s.field === 'price')).toMatchObject({ action: 'fill', value: { number: 65000 } });
    expect(plan.find((s) => s.field === 'stock')).toMatchObject({ action: 'fill', value: { number: KAOS.items.reduce((s, i) => s + i.stock, 0) } });
  });
});
