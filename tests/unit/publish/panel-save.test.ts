// @vitest-environment node
// "Simpan ke katalog" answered by the background: it reads the listing from the top frame of the
// panel's own tab, previews new-or-link, and on confirm writes the catalogue — a new product with the
// page's photos decoded, or a link on the product with that SKU that keeps the catalogue's values.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { panelSender, send } from '../panel/send-message';
import { catalogue } from '@/utils/catalogue/api';
import type { ReadListing } from '@/utils/fill/read';
import { saveListingsToCatalogue } from '@/entrypoints/background/panel-save';
import { relayPanelRequests } from '@/entrypoints/background/panel-relay';
import { bytesOf, draft, PNG_BYTES } from '../catalogue/fixtures';

const EDIT_URL = 'https://seller.shopee.co.id/portal/product/2233445566';
const PNG_URL = `data:image/png;base64,${btoa(String.fromCharCode(...PNG_BYTES))}`;
const LISTING: ReadListing = {
  name: 'Keripik Singkong Balado Pedas 250 gr',
  description: 'Keripik singkong renyah.\nTanpa pengawet.',
  price: 15_000,
  stock: 40,
  weightGrams: 250,
  sku: 'KRP-BLD-250',
  photos: [PNG_URL, 'data:image/png;base64,PGh0bWw+'],
  url: EDIT_URL,
};

describe('Simpan ke katalog, answered by the background', () => {
  let page: { kind: string; listing: ReadListing } | undefined;
  let sendToTab: ReturnType<typeof vi.fn>;

  beforeEach(async () => {
    fakeBrowser.reset();
    await catalogue.clear();
    page = { kind: 'edit', listing: LISTING };
    sendToTab = vi.fn(async (_tab: number, message: { type: string }) => {
      if (!page) throw new Error('Could not establish connection. Receiving end does not exist.');
      return message.type === 'read-listing' ? { ok: true, platform: 'shopee', kind: page.kind, listing: page.listing } : { ok: true, platform: 'shopee', kind: page.kind };
    });
    fakeBrowser.tabs.sendMessage = sendToTab as never;
    // Both panel listeners, as in the background: the relay must leave these requests alone.
    relayPanelRequests();
    saveListingsToCatalogue();
  });

  it('says what page the panel is on, asking the top frame of its own tab', async () => {
    page = { kind: 'edit', listing: LISTING };
    expect(await send({ type: 'panel-page' })).toEqual([{ ok: true, platform: 'shopee', kind: 'edit' }]);
    expect(sendToTab).toHaveBeenCalledWith(7, { type: 'ping' }, { frameId: 0 });
  });

  it('a new SKU: previews what was read, then saves it as a new product linked to the listing', async () => {
    const [preview] = await send({ type: 'panel-save-preview' });
    expect(sendToTab).toHaveBeenCalledWith(7, { type: 'read-listing' }, { frameId: 0 });
    expect(preview).toMatchObject({
      ok: true, action: 'created', sku: 'KRP-BLD-250', unread: ['variants'], blocked: [],
      read: { name: LISTING.name, price: 15_000, stock: 40, weightGrams: 250, photos: 2, externalId: '2233445566' },
    });
    expect(await catalogue.count()).toBe(0); // a preview writes nothing

    const [saved] = await send({ type: 'panel-save-listing', sku: 'KRP-BLD-250', update: false });
    expect(saved).toMatchObject({ ok: true, action: 'created', sku: 'KRP-BLD-250', url: EDIT_URL });
    const product = (await catalogue.get('KRP-BLD-250'))!;
    expect(product).toMatchObject({
      name: LISTING.name, description: LISTING.description, price: 15_000, stock: 40, weightGrams: 250,
      listings: { shopee: { url: EDIT_URL, externalId: '2233445566', state: 'live' } },
    });
    // the PNG decoded to the very same bytes; the "photo" that was not an image left out
    expect(product.photos).toHaveLength(1);
    expect(await bytesOf(product.photos[0]!.blob)).toEqual([...PNG_BYTES]);
  });

  it.each([
    {
      what: 'a variation grid with its own SKUs',
      read: [{ options: { Rasa: 'Balado' }, sku: 'KRP-BLD', price: 15_000, stock: 40 }, { options: { Rasa: 'Original' }, sku: 'KRP-ORI', price: 14_000, stock: 25 }],
      saved: { options: [{ name: 'Rasa', values: ['Balado', 'Original'] }], items: [{ sku: 'KRP-BLD', options: { Rasa: 'Balado' }, price: 15_000, stock: 40 }, { sku: 'KRP-ORI', options: { Rasa: 'Original' }, price: 14_000, stock: 25 }] },
    },
    {
      what: 'rows without SKU or price (made from the product SKU, the product price)',
      read: [{ options: { Rasa: 'Balado' }, stock: 3 }, { options: { Rasa: 'Original' } }],
      saved: { options: [{ name: 'Rasa', values: ['Balado', 'Original'] }], items: [{ sku: 'KRP-BLD-250-Balado', options: { Rasa: 'Balado' }, price: 15_000, stock: 3 }, { sku: 'KRP-BLD-250-Original', options: { Rasa: 'Original' }, price: 15_000, stock: 0 }] },
    },
    { what: 'a page without variations', read: [], saved: undefined },
  ])('a new product from $what', async ({ read, saved }) => {
    page = { kind: 'edit', listing: { ...LISTING, variants: read, variantOptions: read.length ? [{ name: 'Rasa', values: ['Balado', 'Original'] }] : [] } };
    expect(await send({ type: 'panel-save-preview' })).toMatchObject([{ action: 'created', unread: [] }]);
    expect(await send({ type: 'panel-save-listing', sku: 'KRP-BLD-250', update: false })).toMatchObject([{ ok: true, action: 'created' }]);
    expect((await catalogue.get('KRP-BLD-250'))!.variants).toEqual(saved);
  });

  it('variations the catalogue cannot hold (three option groups) are left out, the product still saved', async () => {
    const options = { A: 'a', B: 'b', C: 'c' };
    page = { kind: 'edit', listing: { ...LISTING, variants: [{ options, sku: 'X', price: 1000, stock: 1 }], variantOptions: Object.entries(options).map(([name, v]) => ({ name, values: [v] })) } };
    expect(await send({ type: 'panel-save-listing', sku: 'KRP-BLD-250', update: false })).toMatchObject([{ ok: true, action: 'created' }]);
    expect((await catalogue.get('KRP-BLD-250'))!.variants).toBeUndefined();
  });

  it('an existing SKU: linked, the catalogue keeps its own values; updated only when the seller asks', async () => {
    await catalogue.save(draft({ sku: 'KRP-BLD-250', name: 'Keripik di katalog', price: 14_000, stock: 7 }));
    const [preview] = await send({ type: 'panel-save-preview' });
    expect(preview).toMatchObject({ ok: true, action: 'linked', sku: 'KRP-BLD-250', existing: { name: 'Keripik di katalog', price: 14_000, stock: 7 } });

    const [linked] = await send({ type: 'panel-save-listing', sku: 'KRP-BLD-250', update: false });
    expect(linked).toMatchObject({ ok: true, action: 'linked', sku: 'KRP-BLD-250' });
    expect(await catalogue.get('KRP-BLD-250')).toMatchObject({
      name: 'Keripik di katalog', price: 14_000, stock: 7, listings: { shopee: { url: EDIT_URL, externalId: '2233445566', state: 'live' } },
    });

    await send({ type: 'panel-save-listing', sku: 'KRP-BLD-250', update: true });
    expect(await catalogue.get('KRP-BLD-250')).toMatchObject({ name: LISTING.name, price: 15_000, stock: 40 });
    expect(await catalogue.count()).toBe(1);
  });

  it('the seller links a listing without an SKU to a product by typing its SKU', async () => {
    page = { kind: 'edit', listing: { ...LISTING, sku: undefined } };
    await catalogue.save(draft({ sku: 'KRP-01', price: 14_000 }));
    expect(await send({ type: 'panel-save-preview' })).toMatchObject([{ action: 'created', sku: 'SHP-2233445566', unread: ['sku', 'variants'] }]);
    expect(await send({ type: 'panel-save-preview', sku: 'KRP-01' })).toMatchObject([{ action: 'linked', sku: 'KRP-01' }]);
    await send({ type: 'panel-save-listing', sku: 'KRP-01', update: false });
    expect(await catalogue.get('KRP-01')).toMatchObject({ price: 14_000, listings: { shopee: { externalId: '2233445566' } } });
    expect(await catalogue.count()).toBe(1);
  });

  it.each([
    { what: 'an add page (no listing to keep)', page: { kind: 'add', listing: LISTING }, error: /halaman ubah produk/ },
    { what: 'a page that did not read a name', page: { kind: 'edit', listing: { ...LISTING, name: undefined } }, error: /Nama produk tidak terbaca/ },
    { what: 'a page that does not answer', page: undefined, error: /tidak menjawab/ },
    // every reply is parsed with zod: one that is not a content reply counts as no answer
    { what: 'a page whose answer is not a content reply', page: { kind: 'edit', listing: { ...LISTING, photos: 'foto.jpg' } as never }, error: /tidak menjawab/ },
  ])('nothing is saved from $what, and the seller is told why', async ({ page: on, error }) => {
    page = on;
    const [reply] = await send({ type: 'panel-save-listing', sku: 'KRP-BLD-250', update: false });
    expect(reply).toMatchObject({ ok: false });
    expect((reply!.error as { id: string; en: string }).id).toMatch(error);
    expect((reply!.error as { en: string }).en).toBeTruthy();
    expect(await catalogue.count()).toBe(0);
  });

  it.each([
    ['a seller page (content script)', { ...panelSender, url: EDIT_URL, frameId: 0 }],
    ['another extension', { ...panelSender, id: 'someone-else' }],
    ['the dashboard (no tab)', { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/dashboard.html' }],
  ])('ignores %s', async (_name, sender) => {
    expect(await send({ type: 'panel-save-listing', sku: 'KRP-BLD-250', update: false }, sender)).toEqual([]);
    expect(sendToTab).not.toHaveBeenCalled();
    expect(await catalogue.count()).toBe(0);
  });

  it.each([
    ['no SKU', { type: 'panel-save-listing', update: false }],
    ['update as text', { type: 'panel-save-listing', sku: 'X', update: 'ya' }],
  ])('ignores a save with %s', async (_name, message) => {
    expect(await send(message)).toEqual([]);
    expect(await catalogue.count()).toBe(0);
  });
});
