import { describe, expect, it } from 'vitest';
import { readList } from '../../../utils/stock/read-list';
import { STOCK_PAGES } from '../../../utils/platforms/stock';

const shopee = STOCK_PAGES.shopee!;
const tiktok = STOCK_PAGES['tiktok-tokopedia']!;
const lazada = STOCK_PAGES.lazada!;

const page = (html: string) => {
  document.body.innerHTML = html;
  return document;
};

const table = (headers: string[], rows: string[]) =>
  `<table class="css-x1"><thead><tr>${headers.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
const tr = (cells: string[], attrs = '') => `<tr ${attrs}>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
const link = (href: string, name = 'Produk') => `<a href="${href}">${name}</a>`;

describe('readList', () => {
  it.each([
    [
      'Shopee in Bahasa: a product, and one with variant sub-rows (its own row shows their total)',
      shopee,
      table(['Nama Produk', 'SKU Induk', 'Variasi', 'Harga', 'Stok'], [
        tr([link('/portal/product/1001'), 'KRP-1', '-', 'Rp15.000', '40']),
        tr([link('/portal/product/1002'), 'KAOS', '2 variasi', 'Rp15.000', '12']),
        tr(['', 'KAOS-M', 'M', 'Rp15.000', '5']),
        tr(['', 'KAOS-L', 'L', 'Rp15.000', '7']),
      ]),
      { rows: [{ listing: '1001', stocks: { 'KRP-1': 40 } }, { listing: '1002', stocks: { 'KAOS-M': 5, 'KAOS-L': 7 } }], shown: 2 },
    ],
    [
      'Shopee in English with thousands',
      shopee,
      table(['Product Name', 'Parent SKU', 'Variations', 'Price', 'Stock'], [tr([link('/portal/product/7'), 'A-1', '-', 'Rp1.500', '1.234'])]),
      { rows: [{ listing: '7', stocks: { 'A-1': 1234 } }], shown: 1 },
    ],
    [
      'drifted: columns reordered, synonym headers, hashed classes',
      shopee,
      table(['Product Info', 'Stock Qty', 'Selling Price', 'Variant', 'SKU Code'], [
        tr([link('/portal/product/8'), '3', 'Rp10.000', '-', 'B-1'], 'class="css-9f2k"'),
      ]),
      { rows: [{ listing: '8', stocks: { 'B-1': 3 } }], shown: 1 },
    ],
    [
      'Bahasa synonyms: Kode SKU and Kuantitas',
      lazada,
      table(['Kuantitas', 'Info Produk', 'Kode SKU'], [tr(['9', link('/apps/product/publish?productId=55'), 'C-1'])]),
      { rows: [{ listing: '55', stocks: { 'C-1': 9 } }], shown: 1 },
    ],
    [
      'Lazada: one row per SKU, each linking to its product, merged',
      lazada,
      table(['Product Name', 'Seller SKU', 'Variant', 'Price', 'Stock'], [
        tr([link('/apps/product/publish?productId=9'), 'K-M', 'M', 'Rp1', '2']),
        tr([link('/apps/product/publish?productId=9'), 'K-L', 'L', 'Rp1', '0']),
      ]),
      { rows: [{ listing: '9', stocks: { 'K-M': 2, 'K-L': 0 } }], shown: 1 },
    ],
    [
      'TikTok grid: role=grid rows keyed by data-row-key, variant rows under the product',
      tiktok,
      `<div role="grid"><div role="rowgroup"><div role="row"><div role="columnheader">Produk</div><div role="columnheader">SKU penjual</div><div role="columnheader">Stok</div></div></div>
       <div role="rowgroup"><div role="row" data-row-key="31"><div role="gridcell">Hijab</div><div role="gridcell">HJB</div><div role="gridcell">11</div></div>
       <div role="row"><div role="gridcell"></div><div role="gridcell">HJB-H</div><div role="gridcell">4</div></div>
       <div role="row"><div role="gridcell"></div><div role="gridcell">HJB-P</div><div role="gridcell">7</div></div>
       <div role="row" data-row-key="32"><div role="gridcell">Topi</div><div role="gridcell">TOPI</div><div role="gridcell">-</div></div></div></div>`,
      { rows: [{ listing: '31', stocks: { 'HJB-H': 4, 'HJB-P': 7 } }], shown: 2 },
    ],
    [
      'a page of a paged list: only what is shown',
      shopee,
      table(['Nama Produk', 'SKU', 'Stok'], [tr([link('/portal/product/11'), 'P-11', '1']), tr([link('/portal/product/12'), 'P-12', '0'])]) +
        '<div class="pager">Halaman 2 dari 3</div>',
      { rows: [{ listing: '11', stocks: { 'P-11': 1 } }, { listing: '12', stocks: { 'P-12': 0 } }], shown: 2 },
    ],
    [
      'a table without a stock column is not a product list',
      shopee,
      table(['Pesanan', 'SKU', 'Status'], [tr(['#1', 'P-1', 'Dikirim'])]),
      { rows: [], shown: 0 },
    ],
    [
      'a row without a link still reads, with no listing id',
      shopee,
      table(['Produk', 'SKU', 'Stok'], [tr(['Gelas', 'G-1', '6'])]),
      { rows: [{ listing: '', stocks: { 'G-1': 6 } }], shown: 1 },
    ],
  ])('%s', (_name, spec, html, expected) => {
    expect(readList(page(html), spec)).toEqual(expected);
  });
});
