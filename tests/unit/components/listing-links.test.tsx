// The product row's listing chips: each marketplace the product is listed on, its state in the seller's
// language, and a link that opens the listing in a new tab.
import { afterEach, expect, test } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ListingLinks } from '@/components/catalogue/ListingLinks';
import type { StoredProduct } from '@/utils/catalogue/schema';
import { applyLanguage, i18n, type Language } from '@/utils/i18n';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(async () => {
  act(() => root?.unmount());
  await applyLanguage('id');
});

async function render(listings: StoredProduct['listings'], language: Language) {
  await applyLanguage(language);
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  root = createRoot(host);
  act(() => root!.render(<ListingLinks listings={listings} t={i18n.getFixedT(language)} />));
  return Array.from(host.querySelectorAll<HTMLElement>('[data-testid=listing-link]')).map((el) => ({
    platform: el.dataset.platform, state: el.dataset.state, text: el.textContent, href: el.getAttribute('href'), target: el.getAttribute('target'), rel: el.getAttribute('rel'),
  }));
}

const SHOPEE = { url: 'https://seller.shopee.co.id/portal/product/2233445566', externalId: '2233445566', state: 'live' as const };
const TIKTOK = { url: 'https://seller-id.tokopedia.com/product/edit/1729', externalId: '1729', state: 'submitted' as const };

test.each([
  {
    what: 'two listings, in Bahasa', language: 'id' as const, listings: { 'tiktok-tokopedia': TIKTOK, shopee: SHOPEE },
    chips: [
      { platform: 'shopee', state: 'live', text: 'Shopee · Tayang', href: SHOPEE.url, target: '_blank', rel: 'noopener noreferrer' },
      { platform: 'tiktok-tokopedia', state: 'submitted', text: 'TikTok/Tokopedia · Diajukan', href: TIKTOK.url, target: '_blank', rel: 'noopener noreferrer' },
    ],
  },
  {
    what: 'a draft, in English', language: 'en' as const, listings: { lazada: { url: 'https://sellercenter.lazada.co.id/apps/product/publish?productId=9', state: 'draft' as const } },
    chips: [{ platform: 'lazada', state: 'draft', text: 'Lazada · Draft', href: 'https://sellercenter.lazada.co.id/apps/product/publish?productId=9', target: '_blank', rel: 'noopener noreferrer' }],
  },
  {
    what: 'a link without a URL (shown, not clickable)', language: 'id' as const, listings: { blibli: { state: 'unknown' as const } },
    chips: [{ platform: 'blibli', state: 'unknown', text: 'Blibli · Belum dicek', href: null, target: null, rel: null }],
  },
  { what: 'no listings', language: 'id' as const, listings: {}, chips: [] },
])('$what', async ({ listings, language, chips }) => {
  expect(await render(listings as StoredProduct['listings'], language)).toEqual(chips);
});
