import { describe, expect, it } from 'vitest';
import shopee from '../../../utils/platforms/shopee';
import lazada from '../../../utils/platforms/lazada';
import { STOCK_PAGES } from '../../../utils/platforms/stock';
import { readEditPage, stockFields, writeStocks } from '../../../utils/stock/read-edit';

const shopeeSpec = STOCK_PAGES.shopee!;
const lazadaSpec = STOCK_PAGES.lazada!;

/** A variant table the way the replicas draw it: option, price, stock and SKU inputs. */
const variantTable = (headers: string[], rows: Array<[string, string, string]>) =>
  `<table><thead><tr>${headers.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
    .map(([option, stock, sku]) => `<tr><td>${option}</td><td><input value="15.000"></td><td><input value="${stock}"></td><td><input value="${sku}"></td></tr>`)
    .join('')}</tbody></table>`;

/** A save button that, like a page, answers with a toast or a field's alert. */
const saveButton = (label: string, answer: { role: 'status' | 'alert'; text: string }) => {
  const button = document.createElement('button');
  button.textContent = label;
  button.addEventListener('click', () => {
    const toast = document.createElement('div');
    toast.setAttribute('role', answer.role);
    toast.textContent = answer.text;
    setTimeout(() => document.body.append(toast), 20);
  });
  document.body.append(button);
};

describe('edit page stock', () => {
  it('reads each variant by the table headers, in English', async () => {
    document.body.innerHTML = variantTable(['Variation', 'Price', 'Stock', 'SKU'], [['M', '5', 'K-M'], ['L', '1.200', 'K-L']]);
    expect(await readEditPage(document, shopee, shopeeSpec)).toEqual({ state: 'read', stocks: { 'K-M': 5, 'K-L': 1200 } });
  });

  it('reads the single stock field and its SKU the way the fill engine finds them', () => {
    document.body.innerHTML = `<div data-product-edit-field-unique-id="stock"><input value="40"></div>
      <div data-product-edit-field-unique-id="parentSku"><input value="KRP-1"></div>`;
    expect(stockFields(document, shopee, shopeeSpec).map((f) => [f.sku, f.input.value])).toEqual([['KRP-1', '40']]);
  });

  it('reads a lone stock field with no SKU beside it (drifted Shopee) as the one SKU the push is for', async () => {
    document.body.innerHTML = `<div data-product-edit-field-unique-id="stock"><input value="37"></div>`;
    expect(await readEditPage(document, shopee, shopeeSpec)).toEqual({ state: 'read', stocks: {} });
    expect(await readEditPage(document, shopee, shopeeSpec, ['KRP-1'])).toEqual({ state: 'read', stocks: { 'KRP-1': 37 } });
    // Two SKUs asked for: one unlabelled field cannot be told apart, so nothing is guessed.
    expect(await readEditPage(document, shopee, shopeeSpec, ['K-M', 'K-L'])).toEqual({ state: 'read', stocks: {} });
  });

  it('writes each variant, presses the page\'s save and reports done on its success text', async () => {
    document.body.innerHTML = variantTable(['Varian', 'Harga', 'Stok', 'SKU Penjual'], [['M', '5', 'K-M'], ['L', '7', 'K-L']]);
    saveButton('Submit', { role: 'status', text: 'Product updated successfully' });
    expect(await writeStocks(document, lazada, lazadaSpec, { 'K-M': 3, 'K-L': 0 })).toEqual({ state: 'done', stocks: { 'K-M': 3, 'K-L': 0 } });
    expect(stockFields(document, lazada, lazadaSpec).map((f) => f.input.value)).toEqual(['3', '0']);
  });

  it('reports failed with the page\'s own words when it refuses', async () => {
    document.body.innerHTML = variantTable(['Varian', 'Harga', 'Stok', 'SKU Penjual'], [['M', '5', 'K-M']]);
    saveButton('Submit', { role: 'alert', text: 'Dimensi Paket wajib diisi' });
    const reply = await writeStocks(document, lazada, lazadaSpec, { 'K-M': 3 });
    expect(reply.state).toBe('failed');
    expect(reply.error?.id).toContain('Dimensi Paket wajib diisi');
  });

  it('fails without pressing save when a SKU is not on the page', async () => {
    document.body.innerHTML = variantTable(['Varian', 'Harga', 'Stok', 'SKU Penjual'], [['M', '5', 'K-M']]);
    let pressed = false;
    saveButton('Submit', { role: 'status', text: 'Product updated successfully' });
    document.querySelector('button')!.addEventListener('click', () => (pressed = true));
    expect((await writeStocks(document, lazada, lazadaSpec, { 'K-XL': 3 })).state).toBe('failed');
    expect(pressed).toBe(false);
  });
});
