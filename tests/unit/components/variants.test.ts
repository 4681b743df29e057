import { describe, expect, it } from 'vitest';
import {
  baseFromVariants,
  combinations,
  splitValues,
  syncVariantRows,
  variantSku,
} from '../../../components/editor/variants';

describe('variant option values as typed', () => {
  it.each([
    { typed: 'Merah, Biru, Hijau', values: ['Merah', 'Biru', 'Hijau'] },
    { typed: ' Merah ,, biru , merah', values: ['Merah', 'biru'] },
    { typed: '', values: [] },
    { typed: 'S,M,L,XL', values: ['S', 'M', 'L', 'XL'] },
  ])('"$typed" → $values', ({ typed, values }) => {
    expect(splitValues(typed)).toEqual(values);
  });
});

describe('combinations of option groups', () => {
  it.each([
    { groups: [], combos: [] },
    { groups: [{ name: 'Warna', values: ['Merah', 'Biru'] }], combos: [{ Warna: 'Merah' }, { Warna: 'Biru' }] },
    {
      groups: [
        { name: 'Warna', values: ['Merah', 'Biru'] },
        { name: 'Ukuran', values: ['S', 'M', 'L'] },
      ],
      combos: [
        { Warna: 'Merah', Ukuran: 'S' },
        { Warna: 'Merah', Ukuran: 'M' },
        { Warna: 'Merah', Ukuran: 'L' },
        { Warna: 'Biru', Ukuran: 'S' },
        { Warna: 'Biru', Ukuran: 'M' },
        { Warna: 'Biru', Ukuran: 'L' },
      ],
    },
    // A group still being typed (no name or no values yet) does not multiply the rows away.
    { groups: [{ name: 'Warna', values: ['Merah'] }, { name: '', values: ['S'] }], combos: [{ Warna: 'Merah' }] },
    { groups: [{ name: 'Warna', values: ['Merah'] }, { name: 'Ukuran', values: [] }], combos: [{ Warna: 'Merah' }] },
  ])('$groups', ({ groups, combos }) => {
    expect(combinations(groups)).toEqual(combos);
  });
});

describe('variant SKU from the base SKU', () => {
  it.each([
    { base: 'KRP-01', options: { Warna: 'Merah' }, sku: 'KRP-01-MERAH' },
    { base: 'KAOS', options: { Warna: 'Merah Tua', Ukuran: 'XL' }, sku: 'KAOS-MERAH-TUA-XL' },
    { base: 'KAOS', options: { Ukuran: '½ lusin' }, sku: 'KAOS-1-2-LUSIN' },
    { base: '', options: { Warna: 'Café' }, sku: 'SKU-CAFE' },
  ] as { base: string; options: Record<string, string>; sku: string }[])('$base + $options → $sku', ({ base, options, sku }) => {
    expect(variantSku(base, options)).toBe(sku);
  });
});

describe('rows follow the groups and keep what the seller typed', () => {
  const base = { sku: 'KAOS', price: 'Rp30.000' };
  it('adds rows for new values and keeps existing rows', () => {
    const first = syncVariantRows([{ name: 'Warna', values: 'Merah' }], [], base);
    expect(first).toEqual([{ options: { Warna: 'Merah' }, sku: 'KAOS-MERAH', price: 'Rp30.000', stock: '0' }]);
    const edited = [{ ...first[0]!, price: 'Rp35.000', stock: '7' }];
    const second = syncVariantRows([{ name: 'Warna', values: 'Merah, Biru' }], edited, base);
    expect(second).toEqual([
      { options: { Warna: 'Merah' }, sku: 'KAOS-MERAH', price: 'Rp35.000', stock: '7' },
      { options: { Warna: 'Biru' }, sku: 'KAOS-BIRU', price: 'Rp30.000', stock: '0' },
    ]);
  });
  it('drops rows whose value was removed', () => {
    const rows = syncVariantRows([{ name: 'Warna', values: 'Merah, Biru' }], [], base);
    expect(syncVariantRows([{ name: 'Warna', values: 'Biru' }], rows, base).map((r) => r.sku)).toEqual(['KAOS-BIRU']);
  });
});

describe('base price and total stock from the variants', () => {
  it.each([
    { items: [{ price: 30000, stock: 2 }, { price: 25000, stock: 5 }], base: { price: 25000, stock: 7 } },
    { items: [{ price: 10000, stock: 0 }], base: { price: 10000, stock: 0 } },
  ])('$items → $base', ({ items, base }) => {
    expect(baseFromVariants(items)).toEqual(base);
  });
});
