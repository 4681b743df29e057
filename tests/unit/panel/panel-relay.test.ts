// The background relays a panel's requests to the content script of the panel's own tab, top frame
// only, and ignores anything that is not our panel or not one of our messages.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PANEL_URL, panelSender, send } from './send-message';
import { relayPanelRequests } from '@/entrypoints/background/panel-relay';
import type { Listing } from '@/utils/fill/types';

const listing: Listing = {
  platform: 'shopee',
  sku: 'KRP-01',
  name: 'Keripik Singkong Pedas',
  description: 'Renyah.\nPedas.',
  price: 15000,
  stock: 10,
  condition: 'new',
  category: 'Keripik singkong',
  photos: [],
  minOrder: 1,
};

describe('panel relay', () => {
  let sendToTab: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fakeBrowser.reset();
    sendToTab = vi.fn(async () => ({ ok: true, platform: 'shopee', kind: 'add' }));
    fakeBrowser.tabs.sendMessage = sendToTab as never;
    relayPanelRequests();
  });

  it.each([
    ['panel-fill', { type: 'panel-fill', runId: 'r1', listing }, { type: 'fill', runId: 'r1', listing, autoSubmit: false }],
    ['panel-highlight', { type: 'panel-highlight', field: 'price' }, { type: 'highlight', field: 'price' }],
    ['panel-read-listing', { type: 'panel-read-listing' }, { type: 'read-listing' }],
  ])('%s goes to the top frame of the panel’s own tab', async (_name, message, expected) => {
    const replies = await send(message, panelSender);
    expect(sendToTab).toHaveBeenCalledWith(7, expected, { frameId: 0 });
    expect(replies).toEqual([{ ok: true, platform: 'shopee', kind: 'add' }]);
  });

  it('answers catalogue questions itself, without asking the page', async () => {
    const [reply] = (await send({ type: 'panel-products', query: '' }, panelSender)) as [{ ok: boolean; products: unknown[] }];
    expect(sendToTab).not.toHaveBeenCalled();
    expect(reply).toMatchObject({ ok: true, products: [] });
  });

  it.each([
    ['another extension', { ...panelSender, id: 'someone-else' }],
    ['a seller page (content script)', { ...panelSender, url: 'https://seller.shopee.co.id/portal/product/new', frameId: 0 }],
    ['the dashboard (no tab)', { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/dashboard.html' }],
    ['a panel outside a tab', { id: 'test-extension-id', url: PANEL_URL }],
  ])('ignores requests from %s', async (_name, sender) => {
    const replies = await send({ type: 'panel-highlight', field: 'price' }, sender);
    expect(sendToTab).not.toHaveBeenCalled();
    expect(replies).toEqual([]);
  });

  it.each([
    ['an unknown type', { type: 'panel-delete-everything' }],
    ['a field outside the report keys', { type: 'panel-highlight', field: 'password' }],
    ['a fill without a listing', { type: 'panel-fill', runId: 'r1' }],
    ['a listing with a text price', { type: 'panel-fill', runId: 'r1', listing: { ...listing, price: 'Rp15.000' } }],
  ])('ignores %s', async (_name, message) => {
    await send(message, panelSender);
    expect(sendToTab).not.toHaveBeenCalled();
  });

  it('answers with a reason in Bahasa and English when the page does not answer', async () => {
    sendToTab.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    const [reply] = (await send({ type: 'panel-highlight', field: 'price' }, panelSender)) as [{ ok: boolean; error: { id: string; en: string } }];
    expect(reply.ok).toBe(false);
    expect(reply.error.id).toMatch(/Muat ulang halaman/);
    expect(reply.error.en).toMatch(/Reload the page/);
  });
});
