import { describe, expect, it } from 'vitest';
import { formatRupiah, parseRupiah, parseWholeNumber } from '../../utils/money';

describe('parseRupiah', () => {
  it.each([
    ['15000', 15000],
    ['15.000', 15000],
    ['Rp 15.000', 15000],
    ['Rp15.000', 15000],
    ['Rp15.000,00', 15000],
    ['rp. 1.250.000', 1250000],
    ['IDR 15000', 15000],
    ['15,000.00', 15000],
    ['15000.00', 15000],
    [' 7.500 ', 7500],
    [15000, 15000],
  ])('%j → %d', (input, expected) => {
    expect(parseRupiah(input)).toBe(expected);
  });

  it.each([['abc'], [''], ['-5000'], ['15.000,50'], ['15.00.0'], [12.5], ['Rp']])('%j is not an amount', (input) => {
    expect(parseRupiah(input)).toBeNull();
  });
});

describe('parseWholeNumber', () => {
  it.each([
    ['1.000', 1000],
    ['0', 0],
    ['25', 25],
    ['12,00', 12],
  ])('%j → %d', (input, expected) => {
    expect(parseWholeNumber(input)).toBe(expected);
  });
  it.each([['-1'], ['1.5'], ['x'], ['']])('%j is rejected', (input) => {
    expect(parseWholeNumber(input)).toBeNull();
  });
});

describe('formatRupiah', () => {
  it.each([
    [15000, 'Rp15.000'],
    [1250000, 'Rp1.250.000'],
    [500, 'Rp500'],
  ])('%d → %s', (n, s) => expect(formatRupiah(n)).toBe(s));
});
