// Edit pages of three shops as the background sees them through the fake browser: each answers `ping`,
// `stock-edit-read` and `stock-edit-write` like the content script on a real edit page would.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { catalogue, type ProductDraft } from '@/utils/catalogue/api';
import type { PlatformId } from '@/utils/platforms/hosts';
import type { StockBySku } from '@/utils/stock/ledger';

export const EDIT_URLS: Record<string, (id: string) => string> = {
  shopee: (id) => `https://seller.shopee.co.id/portal/product/${id}`,
  'tiktok-tokopedia': (id) => `https://seller-id.tokopedia.com/product/edit/${id}`,
  lazada: (id) => `https://sellercenter.lazada.co.id/apps/product/publish?productId=${id}`,
};

export interface FakePage {
  platform: PlatformId;
  stocks: StockBySku;
  /** Saves that fail before one succeeds. */
  failSaves?: number;
  login?: boolean;
  /** Saves that go through while the page says nothing about them (a toast missed on a busy machine). */
  silentSaves?: number;
  writes: StockBySku[];
  open: number;
  maxOpen: number;
}

export type Shops = Record<string, FakePage>;

/** Each platform's edit page of one product, keyed by URL. */
export function fakeShops(pages: { url: string; platform: PlatformId; stocks: StockBySku; failSaves?: number; login?: boolean }[]): Shops {
  const shops: Shops = Object.fromEntries(pages.map((p) => [p.url, { ...p, writes: [], open: 0, maxOpen: 0 }]));
  const urlOf = new Map<number, string>();
  let nextId = 100;
  fakeBrowser.tabs.create = vi.fn(async ({ url }: { url?: string }) => {
    const id = nextId++;
    urlOf.set(id, url!);
    const page = shops[url!];
    if (page) page.maxOpen = Math.max(page.maxOpen, ++page.open);
    return { id, url } as never;
  }) as never;
  fakeBrowser.tabs.get = vi.fn(async (id: number) => {
    if (!urlOf.has(id)) throw new Error('No tab with id');
    return { id, url: urlOf.get(id) } as never;
  }) as never;
  fakeBrowser.tabs.remove = vi.fn(async (id: number) => {
    const page = shops[urlOf.get(id) ?? ''];
    if (page) page.open--;
    urlOf.delete(id);
  }) as never;
  fakeBrowser.tabs.sendMessage = vi.fn(async (id: number, message: { type: string; stocks?: StockBySku }) => {
    const page = shops[urlOf.get(id) ?? ''];
    if (!page) throw new Error('Could not establish connection. Receiving end does not exist.');
    // A page takes a moment, as a real one does: other pushes get to run meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (message.type === 'ping') return { ok: true, platform: page.platform, kind: page.login ? 'login' : 'edit' };
    if (message.type === 'stock-edit-read') return { state: 'read', stocks: { ...page.stocks } };
    if (message.type === 'stock-edit-write') {
      if (page.failSaves) {
        page.failSaves--;
        return { state: 'failed', error: { id: 'Gagal menyimpan', en: 'Save failed' } };
      }
      page.stocks = { ...page.stocks, ...message.stocks };
      page.writes.push({ ...message.stocks });
      if (page.silentSaves) {
        page.silentSaves--;
        return { state: 'failed', unconfirmed: true, error: { id: 'Halaman tidak menjawab setelah simpan.', en: 'The page did not answer after saving.' } };
      }
      return { state: 'done', stocks: message.stocks };
    }
    return undefined;
  }) as never;
  return shops;
}

/** A mug (no variants) linked on Shopee, TikTok/Tokopedia and Lazada; a T-shirt in M and L on two. */
export const MUG: ProductDraft = {
  sku: 'MUG',
  name: 'Mug keramik',
  price: 25_000,
  stock: 10,
  photos: [],
  listings: {
    shopee: { externalId: '111', state: 'live' },
    'tiktok-tokopedia': { externalId: '222', state: 'live' },
    lazada: { externalId: '333', state: 'live' },
  },
};

export const KAOS: ProductDraft = {
  sku: 'KAOS',
  name: 'Kaos polos',
  price: 50_000,
  stock: 8,
  photos: [],
  variants: {
    options: [{ name: 'Ukuran', values: ['M', 'L'] }],
    items: [
      { sku: 'KAOS-M', options: { Ukuran: 'M' }, price: 50_000, stock: 5 },
      { sku: 'KAOS-L', options: { Ukuran: 'L' }, price: 50_000, stock: 3 },
    ],
  },
  listings: { shopee: { externalId: '444', state: 'live' }, lazada: { externalId: '555', state: 'live' } },
};

export async function catalogueOf(...products: ProductDraft[]): Promise<void> {
  await catalogue.clear();
  for (const p of products) await catalogue.save(p);
}

export const stockOf = async (sku: string) => (await catalogue.get(sku))?.stock;
export const variantStocks = async (sku: string) =>
  Object.fromEntries((await catalogue.get(sku))?.variants?.items.map((i) => [i.sku, i.stock]) ?? []);
