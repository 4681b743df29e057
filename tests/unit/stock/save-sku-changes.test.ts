// @vitest-environment node
// "Simpan" of the bulk grid / the CSV update: applied to the products as stored at that moment, so a
// sale reconciled while the grid was open (another variant of the same product) is kept.
import { beforeEach, expect, it } from 'vitest';
import { catalogue } from '../../../utils/catalogue/api';
import { saveSkuChanges } from '../../../utils/stock/save-sku-changes';
import { draft } from '../catalogue/fixtures';

beforeEach(() => catalogue.clear());

const kaos = () =>
  draft({
    sku: 'KAOS',
    stock: 12,
    variants: {
      options: [{ name: 'Ukuran', values: ['M', 'L'] }],
      items: [
        { sku: 'KAOS-M', options: { Ukuran: 'M' }, price: 50000, stock: 5 },
        { sku: 'KAOS-L', options: { Ukuran: 'L' }, price: 50000, stock: 7 },
      ],
    },
  });

it('keeps a sale on another variant made after the grid was opened', async () => {
  const opened = await catalogue.save(kaos());
  // A sale of 2 × L is reconciled while the seller edits M in the grid (opened from `opened`).
  await catalogue.save({ ...opened, stock: 10, variants: { ...opened.variants!, items: [opened.variants!.items[0]!, { ...opened.variants!.items[1]!, stock: 5 }] } });
  await saveSkuChanges(new Map([['KAOS-M', { stock: 9, price: 52000 }]]));
  const saved = await catalogue.get('KAOS');
  expect(saved!.variants!.items.map((i) => [i.sku, i.price, i.stock])).toEqual([['KAOS-M', 52000, 9], ['KAOS-L', 50000, 5]]);
  expect(saved!.stock).toBe(14);
});

it('a price change alone keeps the stored stock; an unknown SKU changes nothing', async () => {
  await catalogue.save(draft({ sku: 'KRP', stock: 3 }));
  expect(await saveSkuChanges(new Map([['NOPE', { stock: 1 }]]))).toEqual([]);
  await saveSkuChanges(new Map([['KRP', { price: 17000 }]]));
  expect(await catalogue.get('KRP')).toMatchObject({ price: 17000, stock: 3 });
});
