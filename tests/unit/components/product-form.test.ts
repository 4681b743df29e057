import { describe, expect, it } from 'vitest';
import { formToProduct, productToForm, tidyRupiah, type ProductForm } from '../../../components/editor/product-form';
import { sampleProduct } from './sample-product';

const NOW = 1_800_000_000_000;
const blank = productToForm();
const filled = (over: Partial<ProductForm>): ProductForm => ({
  ...blank,
  sku: 'KRP-01',
  name: 'Keripik Singkong',
  price: '15.000',
  ...over,
});

describe('form → product: what the seller typed becomes the stored product', () => {
  it.each([
    { typed: { price: '15.000' }, expected: { price: 15000 } },
    { typed: { price: 'Rp 15.000' }, expected: { price: 15000 } },
    { typed: { price: 'Rp15.000,00' }, expected: { price: 15000 } },
    { typed: { stock: '1.000' }, expected: { stock: 1000 } },
    { typed: { stock: '' }, expected: { stock: 0 } },
    { typed: { name: '  Keripik  ' }, expected: { name: 'Keripik' } },
    { typed: { description: 'Baris satu\r\nBaris dua' }, expected: { description: 'Baris satu\nBaris dua' } },
    { typed: { weight: '250' }, expected: { weightGrams: 250 } },
    { typed: { weight: '' }, expected: { weightGrams: undefined } },
    { typed: { noBrand: true, brand: 'Lupa' }, expected: { brand: undefined } },
    { typed: { noBrand: false, brand: ' Maicih ' }, expected: { brand: 'Maicih' } },
    { typed: { length: '20', width: '10,5', height: '5' }, expected: { dimensionsCm: { length: 20, width: 10.5, height: 5 } } },
    { typed: { minOrder: '' }, expected: { minOrder: 1 } },
    { typed: { preorder: true, preorderDays: '7' }, expected: { preorderDays: 7 } },
    { typed: { preorder: false, preorderDays: '7' }, expected: { preorderDays: undefined } },
    { typed: { condition: 'used' as const }, expected: { condition: 'used' } },
    {
      typed: { ekatalog: { unit: 'pcs', kbki: '21', tkdn: '45,5', pdn: true, ppn: '' as const, sni: '' } },
      expected: { ekatalog: { unit: 'pcs', kbki: '21', tkdn: 45.5, pdn: true } },
    },
    // "Dikenakan PPN": three answers, and "not answered" stays absent (the fill then asks the seller)
    { typed: { ekatalog: { ...blank.ekatalog, kbki: '21690', ppn: 'yes' as const } }, expected: { ekatalog: { kbki: '21690', ppn: true } } },
    { typed: { ekatalog: { ...blank.ekatalog, kbki: '21690', ppn: 'no' as const } }, expected: { ekatalog: { kbki: '21690', ppn: false } } },
  ])('$typed → $expected', ({ typed, expected }) => {
    const result = formToProduct(filled(typed), undefined, NOW);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.product).toMatchObject(expected);
  });
});

describe('form → product: "Dikenakan PPN" not answered', () => {
  it('stays absent, so the e-Katalog fill asks the seller instead of guessing', () => {
    const result = formToProduct(filled({ ekatalog: { ...blank.ekatalog, kbki: '21690' } }), undefined, NOW);
    expect(blank.ekatalog.ppn).toBe('');
    expect(result.ok && result.product.ekatalog).toEqual({ kbki: '21690' });
  });
});

describe('form → product: mistakes are reported beside their field', () => {
  it.each([
    { typed: { name: '   ' }, field: 'name', id: 'Wajib diisi.' },
    { typed: { name: 'x'.repeat(256) }, field: 'name', id: 'Terlalu panjang: maksimal 255 karakter.' },
    { typed: { sku: '' }, field: 'sku', id: 'Wajib diisi.' },
    { typed: { price: '' }, field: 'price', id: 'Wajib diisi.' },
    { typed: { price: 'lima belas ribu' }, field: 'price', id: 'Tulis harga dalam rupiah, mis. 15.000.' },
    { typed: { price: '0' }, field: 'price', id: 'Harga minimal Rp1.' },
    { typed: { stock: '-3' }, field: 'stock', id: 'Tulis angka bulat, mis. 10.' },
    { typed: { stock: '2,5' }, field: 'stock', id: 'Tulis angka bulat, mis. 10.' },
    { typed: { weight: '0' }, field: 'weight', id: 'Harus lebih dari 0.' },
    { typed: { length: '20' }, field: 'dimensions', id: 'Isi panjang, lebar, dan tinggi, atau kosongkan ketiganya.' },
    { typed: { noBrand: false, brand: '' }, field: 'brand', id: 'Wajib diisi.' },
    { typed: { preorder: true, preorderDays: '' }, field: 'preorderDays', id: 'Wajib diisi.' },
    { typed: { preorder: true, preorderDays: '120' }, field: 'preorderDays', id: 'Maksimal 90.' },
    { typed: { minOrder: '0' }, field: 'minOrder', id: 'Minimal 1.' },
  ])('$typed → $field: $id', ({ typed, field, id }) => {
    const result = formToProduct(filled(typed), undefined, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field]?.id).toBe(id);
  });

  it('gives every message in English too', () => {
    const result = formToProduct(filled({ price: 'abc' }), undefined, NOW);
    expect(!result.ok && result.errors.price?.en).toBe('Write the price in rupiah, e.g. 15.000.');
  });
});

describe('variants set the base price and the total stock', () => {
  const withVariants = filled({
    price: '',
    optionGroups: [
      { name: 'Warna', values: 'Merah, Biru' },
      { name: 'Ukuran', values: 'L' },
    ],
    variantRows: [
      { options: { Warna: 'Merah', Ukuran: 'L' }, sku: 'KRP-01-MERAH-L', price: 'Rp20.000', stock: '3' },
      { options: { Warna: 'Biru', Ukuran: 'L' }, sku: 'KRP-01-BIRU-L', price: '18.000', stock: '4' },
    ],
  });
  it('stores each combination and the lowest price / total stock', () => {
    const result = formToProduct(withVariants, undefined, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.product.price).toBe(18000);
    expect(result.product.stock).toBe(7);
    expect(result.product.variants).toEqual({
      options: [
        { name: 'Warna', values: ['Merah', 'Biru'] },
        { name: 'Ukuran', values: ['L'] },
      ],
      items: [
        { options: { Warna: 'Merah', Ukuran: 'L' }, sku: 'KRP-01-MERAH-L', price: 20000, stock: 3 },
        { options: { Warna: 'Biru', Ukuran: 'L' }, sku: 'KRP-01-BIRU-L', price: 18000, stock: 4 },
      ],
    });
  });
  it.each([
    { change: { optionGroups: [{ name: '', values: 'Merah' }] }, field: 'variants.groups.0.name' },
    { change: { optionGroups: [{ name: 'Warna', values: ' , ' }] }, field: 'variants.groups.0.values' },
    {
      change: { optionGroups: [{ name: 'Warna', values: 'A' }, { name: 'warna', values: 'B' }] },
      field: 'variants.groups.1.name',
    },
  ])('a bad option group is reported at $field', ({ change, field }) => {
    const result = formToProduct({ ...withVariants, ...change }, undefined, NOW);
    expect(!result.ok && result.errors[field]).toBeTruthy();
  });
  it.each([
    { row: { price: 'murah' }, field: 'variants.rows.1.price' },
    { row: { stock: 'banyak' }, field: 'variants.rows.1.stock' },
    { row: { sku: 'KRP-01-MERAH-L' }, field: 'variants.rows.1.sku' },
  ])('a bad variant row is reported at $field', ({ row, field }) => {
    const rows = [withVariants.variantRows[0]!, { ...withVariants.variantRows[1]!, ...row }];
    const result = formToProduct({ ...withVariants, variantRows: rows }, undefined, NOW);
    expect(!result.ok && result.errors[field]).toBeTruthy();
  });
});

describe('editing keeps what the form does not show', () => {
  it('keeps listings, overrides, learned category paths and createdAt; sets updatedAt', () => {
    const existing = sampleProduct({
      listings: { shopee: { url: 'https://seller.shopee.co.id/portal/product/1', state: 'live' } },
      overrides: { lazada: { price: 17000 } },
      categoryPaths: { shopee: ['Makanan & Minuman', 'Makanan Ringan'] },
    });
    const result = formToProduct({ ...productToForm(existing), name: 'Keripik Baru' }, existing, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.product).toMatchObject({
      name: 'Keripik Baru',
      listings: existing.listings,
      overrides: existing.overrides,
      categoryPaths: existing.categoryPaths,
      createdAt: existing.createdAt,
      updatedAt: NOW,
    });
  });
  it('round-trips a product through the form unchanged', () => {
    const existing = sampleProduct({
      brand: 'Maicih',
      dimensionsCm: { length: 20, width: 10.5, height: 5 },
      preorderDays: 3,
      ekatalog: { unit: 'pcs', tkdn: 40, pdn: false, ppn: false },
    });
    const result = formToProduct(productToForm(existing), existing, existing.updatedAt);
    expect(result.ok && result.product).toEqual(existing);
  });
});

describe('rupiah fields show the Indonesian way', () => {
  it.each([
    { typed: '15000', shown: 'Rp15.000' },
    { typed: 'Rp 15.000', shown: 'Rp15.000' },
    { typed: '1.250.000', shown: 'Rp1.250.000' },
    { typed: 'abc', shown: 'abc' },
  ])('"$typed" → "$shown"', ({ typed, shown }) => {
    expect(tidyRupiah(typed)).toBe(shown);
  });
});
