import { describe, expect, it } from 'vitest';
import { attentionReasons, needsAttention } from '../../../utils/catalogue/attention';
import { storedProductSchema, type StoredProduct } from '../../../utils/catalogue/schema';

const ready: StoredProduct = storedProductSchema.parse({
  sku: 'KRP-01',
  name: 'Keripik',
  description: 'Renyah',
  price: 15000,
  stock: 3,
  weightGrams: 250,
  category: 'Keripik',
  photos: [{ id: 'a', blob: new Blob(['x']), type: 'image/png' }],
  createdAt: 1,
  updatedAt: 1,
});

describe('needs attention', () => {
  it('a complete product in stock needs nothing', () => {
    expect(attentionReasons(ready)).toEqual([]);
    expect(needsAttention(ready)).toBe(false);
  });

  it.each([
    [{ photos: [] }, 'Belum ada foto', 'No photo yet'],
    [{ weightGrams: undefined }, 'Berat belum diisi', 'No weight'],
    [{ category: '  ' }, 'Kategori belum diisi', 'No category'],
    [{ description: '' }, 'Deskripsi masih kosong', 'No description'],
    [{ stock: 0 }, 'Stok habis', 'Out of stock'],
    [
      { stock: 9, variants: { options: [{ name: 'Warna', values: ['Merah'] }], items: [{ sku: 'V', options: { Warna: 'Merah' }, price: 1, stock: 0 }] } },
      'Stok habis',
      'Out of stock',
    ],
  ])('%o → "%s"', (change, id, en) => {
    const product = { ...ready, ...change } as StoredProduct;
    expect(attentionReasons(product)).toEqual([{ id, en }]);
    expect(needsAttention(product)).toBe(true);
  });
});
