/** Field matching over small saved-form snippets: expected field → how it was matched (Mozilla style). */
import { expect, test } from 'vitest';
import { findField } from '../../../utils/fill/find';
import { fieldSpec } from '../../../utils/platforms/define';
import { getPlatform } from '../../../utils/platforms/registry';
import type { FieldKey } from '../../../utils/fill/types';

const row = (label: string, control: string, hook = '') =>
  `<div class="edit-row"><div class="edit-label"><span>*</span><span>${label}</span></div><div class="edit-main"><div ${hook}>${control}</div></div></div>`;

const shopee = row('Nama Produk', '<input id=n>', 'data-product-edit-field-unique-id="name"') +
  row('Harga', '<input id=p>', 'data-product-edit-field-unique-id="price"') +
  row('Stok', '<input id=s>', 'data-product-edit-field-unique-id="stock"');
// drifted: hooks gone, English labels, rows reordered, SKU row removed
const drifted = row('Stock', '<input id=s>') + row('Price', '<input id=p>') + row('Product Name', '<input id=n>') +
  row('Weight', '<input id=w>') + `<table><tr><th>Price</th><th>Stock</th></tr><tr><td><input id=vp></td><td><input id=vs></td></tr></table>`;

test.each<[string, string, FieldKey, string | null, RegExp | null]>([
  ['Shopee', shopee, 'name', 'n', /stable attribute/],
  ['Shopee', shopee, 'price', 'p', /stable attribute/],
  ['Shopee', shopee, 'stock', 's', /stable attribute/],
  ['drifted English', drifted, 'name', 'n', /label 'Product Name'/],
  ['drifted English', drifted, 'price', 'p', /label 'Price'/],
  ['drifted English', drifted, 'stock', 's', /label 'Stock'/],
  ['drifted English', drifted, 'weight', 'w', /label 'Weight'/],
  ['drifted English', drifted, 'sku', null, null],
])('%s: %s → #%s', (_page, html, field, id, how) => {
  document.body.innerHTML = html;
  const result = findField(document, field, fieldSpec(getPlatform('shopee'), field)!);
  if (id === null) {
    expect(result).toEqual({ missing: true });
    return;
  }
  expect('found' in result && result.found.element.id).toBe(id);
  expect('found' in result && result.found.matchedBy).toMatch(how!);
});

test('two inputs under one label are ambiguous, not guessed', () => {
  document.body.innerHTML = row('Harga', '<input id=a><input id=b>');
  expect(findField(document, 'price', { find: [], kind: 'number' })).toHaveProperty('ambiguous');
});
