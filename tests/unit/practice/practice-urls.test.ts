import { describe, expect, it } from 'vitest';
import { isPracticeUrl, practiceListingId, practicePageUrl, practicePlatform } from '@/utils/practice/urls';
import { isLoginUrl, isPlatformUrl, listingIdFromUrl } from '@/utils/publish/urls';
import { publishStep, type PublishEffect, type PublishEnv } from '@/utils/publish/orchestrator';
import type { PublishRuns } from '@/utils/publish/publish-state';

const BASE = 'chrome-extension://abcdefghijklmnop/';
const env: PublishEnv = { now: 1, newId: () => 'fill-1', isLoginUrl, isPlatformUrl, listingIdFromUrl };

describe('practice page URLs', () => {
  it.each([
    { url: practicePageUrl(BASE, 'shopee'), platform: 'shopee', id: undefined },
    { url: practicePageUrl(BASE, 'ekatalog', '778899'), platform: 'ekatalog', id: '778899' },
    { url: 'moz-extension://x-y-z/practice.html?platform=blibli&listing=5', platform: 'blibli', id: '5' },
    { url: 'chrome-extension://abc/practice.html?platform=bukalapak', platform: undefined, id: undefined },
    { url: 'chrome-extension://abc/dashboard.html?platform=shopee', platform: undefined, id: undefined },
    { url: 'https://seller.shopee.co.id/practice.html?platform=shopee&listing=1', platform: undefined, id: undefined },
    { url: 'not a url', platform: undefined, id: undefined },
  ])('$url → $platform, listing $id', ({ url, platform, id }) => {
    expect(practicePlatform(url)).toBe(platform);
    if (platform) {
      expect(isPracticeUrl(platform as 'shopee', url)).toBe(true);
      expect(practiceListingId(platform as 'shopee', url)).toBe(id);
    }
  });

  it("counts as its platform's page for publish, and only for that platform", () => {
    const shopee = practicePageUrl(BASE, 'shopee');
    expect(isPlatformUrl('shopee', shopee)).toBe(true);
    expect(isPlatformUrl('lazada', shopee)).toBe(false);
    expect(isLoginUrl('shopee', shopee)).toBe(false);
    expect(listingIdFromUrl('shopee', practicePageUrl(BASE, 'shopee', '4242'))).toBe('4242');
    expect(listingIdFromUrl('lazada', practicePageUrl(BASE, 'shopee', '4242'))).toBeUndefined();
  });
});

describe('publish on a practice page', () => {
  it('opens the practice page, fills it, and records its fake link after the page saves', () => {
    const addUrl = practicePageUrl(BASE, 'shopee');
    let runs: PublishRuns = {};
    const effects: PublishEffect[] = [];
    const step = (event: Parameters<typeof publishStep>[1]) => {
      const next = publishStep(runs, event, env);
      runs = next.runs;
      effects.push(...next.effects);
    };
    step({ type: 'start', sku: 'TAS-PDN-01', platforms: [{ platform: 'shopee', addUrl, autoSubmit: false, blocked: [] }] });
    expect(effects).toContainEqual({ type: 'open-tab', sku: 'TAS-PDN-01', platform: 'shopee', url: addUrl });
    step({ type: 'tab-opened', sku: 'TAS-PDN-01', platform: 'shopee', tabId: 7 });
    // the extension page's own URL is the platform's page: no "left the page" failure
    step({ type: 'tab-url', tabId: 7, url: addUrl });
    step({ type: 'page-status', tabId: 7, kind: 'add', url: addUrl });
    expect(runs['TAS-PDN-01']?.platforms.shopee?.state).toBe('filling');
    step({
      type: 'fill-progress',
      tabId: 7,
      report: { runId: 'fill-1', platform: 'shopee', state: 'done', startedAt: 0, finishedAt: 1, fields: [{ field: 'name', status: 'filled', reason: { id: 'ok', en: 'ok' } }] },
    });
    expect(runs['TAS-PDN-01']?.platforms.shopee?.state).toBe('filled');
    const saved = practicePageUrl(BASE, 'shopee', '123456');
    step({ type: 'page-status', tabId: 7, kind: 'edit', url: saved });
    expect(runs['TAS-PDN-01']?.platforms.shopee?.state).toBe('submitted');
    expect(effects).toContainEqual({ type: 'save-link', sku: 'TAS-PDN-01', platform: 'shopee', url: saved, externalId: '123456' });
  });
});
