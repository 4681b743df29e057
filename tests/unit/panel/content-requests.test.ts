// The seller-centre script answers `ping` from what it knows at load (a login page says so without the
// engine), and loads the fill engine only for the requests that need it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { listenForRequests } from '@/entrypoints/seller.content/messages';
import type { Engine } from '@/entrypoints/seller.content/engine-load';
import type { PageKind } from '@/utils/messaging';
import { site } from '@/utils/platforms/lazada';
import { send } from './send-message';

const background = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/background.js' };

describe('requests to the seller-centre script', () => {
  let kind: PageKind;
  let handle: ReturnType<typeof vi.fn<Engine['handle']>>;
  let load: ReturnType<typeof vi.fn<() => Promise<Engine>>>;

  beforeEach(() => {
    fakeBrowser.reset();
    kind = 'login';
    handle = vi.fn<Engine['handle']>(async () => ({ ok: true, platform: 'lazada', kind: 'add', shown: true }));
    load = vi.fn(async () => ({ handle, stockEdit: async () => undefined, readList: () => undefined }));
    listenForRequests(new ContentScriptContext('test'), () => ({ site, kind }), load);
  });

  it('a ping on a login page is answered without the engine', async () => {
    expect(await send({ type: 'ping' }, background)).toEqual([{ ok: true, platform: 'lazada', kind: 'login' }]);
    expect(load).not.toHaveBeenCalled();
  });

  it('a highlight loads the engine, which gets the request and the page kind now', async () => {
    kind = 'add';
    const message = { type: 'highlight', field: 'price' };
    expect(await send(message, background)).toEqual([{ ok: true, platform: 'lazada', kind: 'add', shown: true }]);
    expect(handle).toHaveBeenCalledWith(message, 'add');
  });

  it('another extension, or a message that is not ours, gets no answer and loads nothing', async () => {
    expect(await send({ type: 'fill' }, { ...background, id: 'someone-else' })).toEqual([]);
    expect(await send({ type: 'stock-read' }, background)).toEqual([]);
    expect(load).not.toHaveBeenCalled();
  });

  it('an engine that cannot load is a failure with the reason, in both languages', async () => {
    load.mockRejectedValueOnce(new Error('extension updated'));
    const [reply] = await send({ type: 'read-listing' }, background);
    expect(reply).toMatchObject({ ok: false, error: { en: 'Serentak failed on this page: Error: extension updated' } });
  });
});
