import { describe, expect, it } from 'vitest';
import type { PlatformId } from '@/utils/platforms/hosts';
import type { FillReport, FieldReport } from '@/utils/fill/types';
import { publishStep, type PlatformRequest, type PublishEffect, type PublishEnv, type PublishEvent } from '@/utils/publish/orchestrator';
import type { PublishRuns, PublishState } from '@/utils/publish/publish-state';
import { addPageUrl, isLoginUrl, isPlatformUrl, listingIdFromUrl } from '@/utils/publish/urls';

/**
 * A fake browser: tabs get ids as they open, fills are recorded as sent. Effects go through it exactly
 * as the background's effect runner does, so each scenario reads like what the seller does.
 */
function world() {
  let runs: PublishRuns = {};
  let nextTab = 100;
  let nextId = 1;
  const openTabs = new Map<number, string>();
  const fills: Extract<PublishEffect, { type: 'send-fill' }>[] = [];
  const links: Extract<PublishEffect, { type: 'save-link' }>[] = [];
  const remembered: Extract<PublishEffect, { type: 'remember-categories' }>[] = [];
  const env = (): PublishEnv => ({ now: 1, newId: () => `fill-${nextId++}`, isLoginUrl, isPlatformUrl, listingIdFromUrl });

  const dispatch = (event: PublishEvent) => {
    const step = publishStep(runs, event, env());
    runs = step.runs;
    for (const effect of step.effects) {
      if (effect.type === 'open-tab') {
        const tabId = nextTab++;
        openTabs.set(tabId, effect.url);
        dispatch({ type: 'tab-opened', sku: effect.sku, platform: effect.platform, tabId });
      } else if (effect.type === 'navigate-tab') openTabs.set(effect.tabId, effect.url);
      else if (effect.type === 'send-fill') fills.push(effect);
      else if (effect.type === 'save-link') links.push(effect);
      else remembered.push(effect);
    }
  };
  const entry = (platform: PlatformId, sku = 'KRP-01') => runs[sku]?.platforms[platform];
  const tabOf = (platform: PlatformId) => entry(platform)!.tabId!;
  const state = (platform: PlatformId): PublishState | undefined => entry(platform)?.state;
  /** the content script of that platform's tab says which page it is on */
  const page = (platform: PlatformId, kind: 'add' | 'edit' | 'list' | 'login' | 'other', url = addPageUrl(platform)) =>
    dispatch({ type: 'page-status', tabId: tabOf(platform), kind, url });
  const report = (platform: PlatformId, fields: Partial<Record<FieldReport['field'], FieldReport['status']>>, extra: Partial<FillReport> = {}) => {
    const fill = [...fills].reverse().find((f) => f.platform === platform)!;
    dispatch({
      type: 'fill-progress',
      tabId: fill.tabId,
      report: {
        runId: fill.fillRunId, platform, state: 'done', startedAt: 0, finishedAt: 1,
        fields: Object.entries(fields).map(([field, status]) => ({ field: field as FieldReport['field'], status: status!, reason: { id: `alasan ${field}`, en: `reason ${field}` } })),
        ...extra,
      },
    });
  };
  return { dispatch, entry, state, tabOf, page, report, openTabs, fills, links, remembered, runs: () => runs };
}

const request = (platform: PlatformId, over: Partial<PlatformRequest> = {}): PlatformRequest => ({
  platform, addUrl: addPageUrl(platform), autoSubmit: false, blocked: [], ...over,
});
const ALL: PlatformId[] = ['shopee', 'tiktok-tokopedia', 'lazada', 'ekatalog', 'blibli'];
const start = (w: ReturnType<typeof world>, platforms: PlatformRequest[] = ALL.map((p) => request(p))) =>
  w.dispatch({ type: 'start', sku: 'KRP-01', platforms });

describe('publish everywhere', () => {
  it('opens one background tab per platform at its add page, fills on the add page, ends filled', () => {
    const w = world();
    start(w);
    expect([...w.openTabs.values()]).toEqual([
      'https://seller.shopee.co.id/portal/product/new',
      'https://seller-id.tokopedia.com/product/create?shop_region=ID',
      'https://sellercenter.lazada.co.id/apps/product/publish',
      'https://katalog.inaproc.id/penyedia/produk/tambah',
      'https://seller.blibli.com/product/create',
    ]);
    expect(ALL.map(w.state)).toEqual(Array(5).fill('opening'));
    for (const p of ALL) w.page(p, 'add');
    expect(ALL.map(w.state)).toEqual(Array(5).fill('filling'));
    expect(w.fills.map((f) => f.platform)).toEqual(ALL);
    for (const p of ALL) w.report(p, { name: 'filled', price: 'filled', sku: 'skipped' });
    expect(ALL.map(w.state)).toEqual(Array(5).fill('filled'));
  });

  it('a double click opens no second tab and sends no second fill', () => {
    const w = world();
    start(w);
    w.page('shopee', 'add');
    start(w);
    expect(w.openTabs.size).toBe(5);
    expect(w.fills).toHaveLength(1);
    w.report('shopee', { name: 'filled' });
    start(w);
    expect(w.openTabs.size).toBe(5);
  });

  it('a blocked platform opens no tab and keeps its reasons', () => {
    const w = world();
    const reason = { id: 'Berat belum diisi', en: 'Weight is missing' };
    start(w, [request('shopee'), request('lazada', { blocked: [reason] })]);
    expect(w.openTabs.size).toBe(1);
    expect(w.entry('lazada')).toMatchObject({ state: 'blocked', reasons: [reason] });
  });

  it.each([
    { what: 'a core field failed', fields: { name: 'filled', price: 'failed' } as const, state: 'failed', reason: /price/ },
    { what: 'only an extra field failed', fields: { name: 'filled', brand: 'failed' } as const, state: 'filled', reason: /Periksa/ },
  ])('a fill where $what ends $state', ({ fields, state, reason }) => {
    const w = world();
    start(w, [request('shopee')]);
    w.page('shopee', 'add');
    w.report('shopee', fields);
    expect(w.state('shopee')).toBe(state);
    expect(w.entry('shopee')!.reasons[0]!.id).toMatch(reason);
  });

  it('ignores a running report and a stale report from an earlier fill', () => {
    const w = world();
    start(w, [request('shopee')]);
    w.page('shopee', 'add');
    w.report('shopee', { name: 'filled' }, { state: 'running' });
    expect(w.state('shopee')).toBe('filling');
    w.dispatch({ type: 'fill-progress', tabId: w.tabOf('shopee'), report: { runId: 'old', platform: 'shopee', state: 'done', fields: [], startedAt: 0 } });
    expect(w.state('shopee')).toBe('filling');
  });
});

describe('signed out', () => {
  it.each([
    { what: 'the tab is sent to the login host', platform: 'shopee' as const, how: 'url', url: 'https://accounts.shopee.co.id/seller/login?next=x' },
    { what: 'the content script sees a login page', platform: 'lazada' as const, how: 'page', url: 'https://sellercenter.lazada.co.id/apps/seller/login' },
    { what: 'a login path on the seller host', platform: 'blibli' as const, how: 'url', url: 'https://seller.blibli.com/__serentak/login?next=x' },
  ])('needs-login when $what, then resumes on the add page', ({ platform, how, url }) => {
    const w = world();
    start(w, [request(platform)]);
    if (how === 'url') w.dispatch({ type: 'tab-url', tabId: w.tabOf(platform), url });
    else w.page(platform, 'login', url);
    expect(w.state(platform)).toBe('needs-login');
    expect(w.fills).toHaveLength(0);
    w.page(platform, 'add');
    expect(w.state(platform)).toBe('filling');
    w.report(platform, { name: 'filled' });
    expect(w.state(platform)).toBe('filled');
  });

  it('a login redirect mid-fill is needs-login, not failed', () => {
    const w = world();
    start(w, [request('shopee')]);
    w.page('shopee', 'add');
    w.dispatch({ type: 'tab-url', tabId: w.tabOf('shopee'), url: 'https://accounts.shopee.co.id/seller/login' });
    const fill = w.fills[0]!;
    w.dispatch({ type: 'fill-lost', tabId: fill.tabId, fillRunId: fill.fillRunId, reason: { id: 'x', en: 'x' } });
    expect(w.state('shopee')).toBe('needs-login');
  });
});

describe('never success by accident', () => {
  it.each([
    { what: 'tab closed mid-fill', act: (w: ReturnType<typeof world>) => w.dispatch({ type: 'tab-removed', tabId: w.tabOf('lazada') }), reason: /ditutup/ },
    { what: 'tab closed while opening', before: 'opening', act: (w: ReturnType<typeof world>) => w.dispatch({ type: 'tab-removed', tabId: w.tabOf('lazada') }), reason: /ditutup/ },
    { what: 'page moved to the product list mid-fill', act: (w: ReturnType<typeof world>) => w.page('lazada', 'list', 'https://sellercenter.lazada.co.id/apps/product/list'), reason: /pindah/ },
    { what: 'tab left the marketplace mid-fill', act: (w: ReturnType<typeof world>) => w.dispatch({ type: 'tab-url', tabId: w.tabOf('lazada'), url: 'https://example.org/' }), reason: /pindah/ },
    { what: 'the page went away before answering the fill', act: (w: ReturnType<typeof world>) => w.dispatch({ type: 'fill-lost', tabId: w.tabOf('lazada'), fillRunId: w.fills[0]!.fillRunId, reason: { id: 'Halaman tidak menjawab', en: 'No answer' } }), reason: /tidak menjawab/ },
  ])('$what → failed with the reason', ({ act, before, reason }) => {
    const w = world();
    start(w, [request('lazada')]);
    if (before !== 'opening') w.page('lazada', 'add');
    act(w);
    expect(w.state('lazada')).toBe('failed');
    expect(w.entry('lazada')!.reasons[0]!.id).toMatch(reason);
    // a late report of the lost fill does not turn it into success
    if (w.fills[0]) w.report('lazada', { name: 'filled' });
    expect(w.state('lazada')).toBe('failed');
  });

  it('a page that never reports ends failed at the deadline; a page that did is left alone', () => {
    const w = world();
    start(w, [request('shopee'), request('blibli')]);
    w.page('blibli', 'add');
    w.dispatch({ type: 'open-timeout', tabId: w.tabOf('shopee') });
    w.dispatch({ type: 'open-timeout', tabId: w.tabOf('blibli') });
    expect([w.state('shopee'), w.state('blibli')]).toEqual(['failed', 'filling']);
    expect(w.entry('shopee')!.reasons[0]!.id).toMatch(/tidak terbuka/);
  });

  it('a filled form closed before saving is failed, not filled', () => {
    const w = world();
    start(w, [request('blibli')]);
    w.page('blibli', 'add');
    w.report('blibli', { name: 'filled' });
    w.dispatch({ type: 'tab-removed', tabId: w.tabOf('blibli') });
    expect(w.entry('blibli')).toMatchObject({ state: 'failed', reasons: [expect.objectContaining({ id: expect.stringMatching(/sebelum produk disimpan/) })] });
  });

  it('a wizard step that re-announces the add page does not fill twice', () => {
    const w = world();
    start(w, [request('ekatalog')]);
    w.page('ekatalog', 'add');
    w.page('ekatalog', 'add', 'https://katalog.inaproc.id/penyedia/produk/tambah/langkah-2');
    expect(w.fills).toHaveLength(1);
    expect(w.state('ekatalog')).toBe('filling');
  });
});

describe('retry one platform', () => {
  it('reuses the failed tab, leaves the others alone', () => {
    const w = world();
    start(w, [request('shopee'), request('lazada')]);
    w.page('shopee', 'add');
    w.page('lazada', 'add');
    w.report('shopee', { name: 'filled' });
    w.report('lazada', { name: 'failed' });
    const lazadaTab = w.tabOf('lazada');
    w.dispatch({ type: 'retry', sku: 'KRP-01', request: request('lazada') });
    expect(w.openTabs.size).toBe(2);
    expect(w.entry('lazada')).toMatchObject({ state: 'opening', tabId: lazadaTab });
    w.page('lazada', 'add');
    w.report('lazada', { name: 'filled' });
    expect([w.state('shopee'), w.state('lazada')]).toEqual(['filled', 'filled']);
    expect(w.fills.filter((f) => f.platform === 'shopee')).toHaveLength(1);
  });

  it('opens a new tab when the old one was closed', () => {
    const w = world();
    start(w, [request('shopee')]);
    w.dispatch({ type: 'tab-removed', tabId: w.tabOf('shopee') });
    w.dispatch({ type: 'retry', sku: 'KRP-01', request: request('shopee') });
    expect(w.openTabs.size).toBe(2);
    expect(w.state('shopee')).toBe('opening');
  });
});

describe('saved listings are linked', () => {
  it('auto-submit: submitted with the edit URL stored as the listing link', () => {
    const w = world();
    start(w, [request('tiktok-tokopedia', { autoSubmit: true })]);
    expect(w.fills).toHaveLength(0);
    w.page('tiktok-tokopedia', 'add');
    expect(w.fills[0]).toMatchObject({ autoSubmit: true });
    w.report('tiktok-tokopedia', { name: 'filled' }, { submitted: true });
    expect(w.state('tiktok-tokopedia')).toBe('submitted');
    w.page('tiktok-tokopedia', 'edit', 'https://seller-id.tokopedia.com/product/edit/1729384756');
    expect(w.links).toEqual([{ type: 'save-link', sku: 'KRP-01', platform: 'tiktok-tokopedia', url: 'https://seller-id.tokopedia.com/product/edit/1729384756', externalId: '1729384756' }]);
    expect(w.entry('tiktok-tokopedia')!.link).toEqual({ url: 'https://seller-id.tokopedia.com/product/edit/1729384756', externalId: '1729384756' });
  });

  it('auto-submit where the edit URL shows before the report: still one link, still submitted', () => {
    const w = world();
    start(w, [request('shopee', { autoSubmit: true })]);
    w.page('shopee', 'add');
    w.dispatch({ type: 'tab-url', tabId: w.tabOf('shopee'), url: 'https://seller.shopee.co.id/portal/product/2233445566' });
    w.page('shopee', 'edit', 'https://seller.shopee.co.id/portal/product/2233445566');
    w.report('shopee', { name: 'filled' }, { submitted: true });
    expect(w.state('shopee')).toBe('submitted');
    expect(w.links).toHaveLength(1);
    expect(w.links[0]!.externalId).toBe('2233445566');
  });

  it('auto-submit whose report carries the new listing URL: linked at once', () => {
    const w = world();
    start(w, [request('blibli', { autoSubmit: true })]);
    w.page('blibli', 'add');
    w.report('blibli', { name: 'filled' }, { submitted: true, listingUrl: 'https://seller.blibli.com/product/edit/BLI-77', externalId: 'BLI-77' });
    expect(w.entry('blibli')).toMatchObject({ state: 'submitted', link: { url: 'https://seller.blibli.com/product/edit/BLI-77', externalId: 'BLI-77' } });
    expect(w.links).toHaveLength(1);
  });

  it('remembers the category the fill chose on that platform', () => {
    const w = world();
    start(w, [request('shopee')]);
    w.page('shopee', 'add');
    w.report('shopee', { category: 'filled' }, { categoryPath: ['Makanan & Minuman', 'Makanan Ringan', 'Keripik'] });
    expect(w.remembered).toEqual([{ type: 'remember-categories', sku: 'KRP-01', paths: { shopee: ['Makanan & Minuman', 'Makanan Ringan', 'Keripik'] } }]);
  });

  it('writes the categories of all platforms in one catalogue save, once no tab is still filling', () => {
    const w = world();
    start(w, [request('shopee'), request('lazada'), request('blibli')]);
    for (const p of ['shopee', 'lazada', 'blibli'] as const) w.page(p, 'add');
    w.report('shopee', { category: 'filled' }, { categoryPath: ['Makanan & Minuman', 'Keripik'] });
    w.report('lazada', { category: 'filled' }, { categoryPath: ['Groceries', 'Snacks', 'Chips & Crisps'] });
    expect(w.remembered).toEqual([]);
    // a core field failed on Blibli: its category is not remembered, the others are, together
    w.report('blibli', { name: 'failed', category: 'filled' }, { categoryPath: ['Makanan', 'Keripik'] });
    expect(w.remembered).toEqual([
      { type: 'remember-categories', sku: 'KRP-01', paths: { shopee: ['Makanan & Minuman', 'Keripik'], lazada: ['Groceries', 'Snacks', 'Chips & Crisps'] } },
    ]);
    // written once: later events of the run do not write it again
    w.dispatch({ type: 'tab-removed', tabId: w.tabOf('shopee') });
    expect(w.remembered).toHaveLength(1);
  });

  it('a tab waiting for the seller to sign in does not hold the other platforms’ categories back', () => {
    const w = world();
    start(w, [request('shopee'), request('lazada')]);
    w.page('shopee', 'login');
    w.page('lazada', 'add');
    w.report('lazada', { category: 'filled' }, { categoryPath: ['Groceries', 'Snacks'] });
    expect(w.remembered).toEqual([{ type: 'remember-categories', sku: 'KRP-01', paths: { lazada: ['Groceries', 'Snacks'] } }]);
  });

  it('the seller saves a filled form by hand: the link is captured', () => {
    const w = world();
    start(w, [request('lazada')]);
    w.page('lazada', 'add');
    w.report('lazada', { name: 'filled' });
    w.dispatch({ type: 'tab-url', tabId: w.tabOf('lazada'), url: 'https://sellercenter.lazada.co.id/apps/product/publish?productId=998877' });
    expect(w.state('lazada')).toBe('submitted');
    expect(w.links[0]).toMatchObject({ platform: 'lazada', externalId: '998877' });
  });
});

describe('urls', () => {
  it.each([
    { platform: 'shopee' as const, url: 'https://seller.shopee.co.id/portal/product/123456', id: '123456' },
    { platform: 'shopee' as const, url: 'https://seller.shopee.co.id/portal/product/edit/42?x=1', id: '42' },
    { platform: 'shopee' as const, url: 'https://seller.shopee.co.id/portal/product/new', id: undefined },
    { platform: 'shopee' as const, url: 'https://seller.shopee.co.id/portal/product/list/all', id: undefined },
    { platform: 'tiktok-tokopedia' as const, url: 'https://seller-id.tiktok.com/product/edit/17293', id: '17293' },
    { platform: 'tiktok-tokopedia' as const, url: 'https://seller-id.tokopedia.com/product/create?shop_region=ID', id: undefined },
    { platform: 'lazada' as const, url: 'https://sellercenter.lazada.co.id/apps/product/publish?productId=55', id: '55' },
    { platform: 'lazada' as const, url: 'https://sellercenter.lazada.co.id/apps/product/publish', id: undefined },
    { platform: 'lazada' as const, url: 'https://example.org/apps/product/publish?productId=55', id: undefined },
    { platform: 'ekatalog' as const, url: 'https://katalog.inaproc.id/penyedia/produk/8812/ubah', id: '8812' },
    { platform: 'ekatalog' as const, url: 'https://katalog.inaproc.id/penyedia/produk/tambah', id: undefined },
    { platform: 'blibli' as const, url: 'https://seller.blibli.com/product/edit/5521', id: '5521' },
  ])('$url → listing id $id', ({ platform, url, id }) => {
    expect(listingIdFromUrl(platform, url)).toBe(id);
  });

  it('opens the TikTok host only when the seller chose it', () => {
    expect(addPageUrl('tiktok-tokopedia')).toMatch(/^https:\/\/seller-id\.tokopedia\.com\//);
    expect(addPageUrl('tiktok-tokopedia', 'seller-id.tiktok.com')).toMatch(/^https:\/\/seller-id\.tiktok\.com\//);
  });
});
