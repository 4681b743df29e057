import { expect, test } from 'vitest';
import { detectPageKind } from '../../../utils/platforms/detect';
import { getPlatform, platformForUrl } from '../../../utils/platforms/registry';

const page = (html: string) => {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  return doc;
};
const form = '<h1>Tambah Produk</h1><input name=x>';

test.each([
  ['https://seller.shopee.co.id/portal/product/new', '', 'add'],
  ['https://seller.shopee.co.id/portal/product/new/drift', '', 'add'],
  ['https://seller.shopee.co.id/portal/product/123456', '', 'edit'],
  ['https://seller.shopee.co.id/portal/product/list/all', '', 'list'],
  ['https://accounts.shopee.co.id/seller/login', '', 'login'],
  ['https://seller-id.tokopedia.com/product/create?shop_region=ID', '', 'add'],
  ['https://seller-id.tiktok.com/product/edit/1729', '', 'edit'],
  ['https://seller-id.tiktok.com/product/manage', '', 'list'],
  ['https://sellercenter.lazada.co.id/apps/product/publish', '', 'add'],
  ['https://sellercenter.lazada.co.id/apps/product/publish?productId=42', '', 'edit'],
  ['https://katalog.inaproc.id/penyedia/produk/tambah', '', 'add'],
  ['https://katalog.inaproc.id/somewhere/else', form, 'add'],
  ['https://katalog.inaproc.id/somewhere/else', '<h1>Beranda</h1>', 'other'],
  ['https://seller.blibli.com/any/path', form, 'add'],
  ['https://seller.blibli.com/dashboard', '<form><input type=password></form>', 'login'],
])('%s → %s', (url, html, kind) => {
  const platform = platformForUrl(url)!;
  expect(platform).toBeDefined();
  expect(detectPageKind(platform, new URL(url), page(html))).toBe(kind);
});

test('no platform for another host', () => {
  expect(platformForUrl('https://example.com/portal/product/new')).toBeUndefined();
  expect(getPlatform('shopee').id).toBe('shopee');
});
