/** "Tunjukkan": the field scrolled into view and outlined for a moment, then left as it was. */
import { afterEach, expect, test, vi } from 'vitest';
import { highlightField } from '../../../utils/fill/highlight';
import { getPlatform } from '../../../utils/platforms/registry';

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

const shopee = getPlatform('shopee');

test('a found field is scrolled to and outlined, and the outline goes away again', () => {
  vi.useFakeTimers();
  document.body.innerHTML = '<div data-product-edit-field-unique-id="price"><input id="price" style="outline: 1px dotted red"></div>';
  const input = document.getElementById('price')!;
  const before = input.style.outline;
  const scrolled = vi.fn();
  input.scrollIntoView = scrolled;
  expect(highlightField(shopee, 'price')).toBe(true);
  expect(scrolled).toHaveBeenCalledOnce();
  expect(input.getAttribute('data-serentak-highlight')).toBe('price');
  expect(input.style.outline).toContain('solid');
  vi.runAllTimers();
  expect(input.hasAttribute('data-serentak-highlight')).toBe(false);
  expect(input.style.outline).toBe(before);
});

test('a hidden photo input is shown through the part of the page the seller can see', () => {
  document.body.innerHTML = '<div id="photos" data-product-edit-field-unique-id="images"><span>Tambah Foto</span><input type="file" style="display:none"></div>';
  expect(highlightField(shopee, 'photos')).toBe(true);
  expect(document.getElementById('photos')!.getAttribute('data-serentak-highlight')).toBe('photos');
  expect(document.querySelector('input[type=file]')!.hasAttribute('data-serentak-highlight')).toBe(false);
});

test.each([
  ['a field the page does not show', 'sku' as const],
  ['a field the marketplace does not have', 'kbki' as const],
])('%s: nothing is outlined', (_what, field) => {
  document.body.innerHTML = '<div data-product-edit-field-unique-id="price"><input></div>';
  expect(highlightField(shopee, field)).toBe(false);
  expect(document.querySelector('[data-serentak-highlight]')).toBeNull();
});
