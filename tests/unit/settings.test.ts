import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PLATFORM_IDS } from '../../utils/platforms/hosts';
import {
  enabledPlatformsSetting,
  enabledPlatformsV1toV2,
  languageSetting,
  panelCollapsedSetting,
} from '../../utils/settings';

beforeEach(() => fakeBrowser.reset());

describe('defaults on a fresh install', () => {
  it.each([
    ['language', languageSetting, 'id'],
    ['enabled platforms', enabledPlatformsSetting, ['shopee', 'tiktok-tokopedia', 'lazada', 'ekatalog', 'blibli']],
    ['panel collapsed', panelCollapsedSetting, false],
  ] as const)('%s', async (_, item, expected) => {
    expect(await (item as typeof languageSetting).getValue()).toEqual(expected);
  });

  it('a saved value is read back and kept in storage.local', async () => {
    await languageSetting.setValue('en');
    await enabledPlatformsSetting.setValue(['shopee', 'lazada']);
    await panelCollapsedSetting.setValue(true);
    expect(await languageSetting.getValue()).toBe('en');
    expect(await enabledPlatformsSetting.getValue()).toEqual(['shopee', 'lazada']);
    expect(await fakeBrowser.storage.local.get('panelCollapsed')).toEqual({ panelCollapsed: true });
  });
});

describe('enabled platforms, version 1 → 2', () => {
  it.each([
    ['already current ids', ['shopee', 'lazada'], ['shopee', 'lazada']],
    ['registry order, once each', ['blibli', 'shopee', 'blibli'], ['shopee', 'blibli']],
    ['Tokopedia and TikTok before the merger', ['tokopedia', 'tiktok', 'shopee'], ['shopee', 'tiktok-tokopedia']],
    ['Bukalapak closed', ['bukalapak', 'lazada'], ['lazada']],
    ['nothing left', ['bukalapak'], []],
    ['not a list at all', 'shopee', [...PLATFORM_IDS]],
  ])('%s: %j → %j', (_, old, expected) => {
    expect(enabledPlatformsV1toV2(old)).toEqual(expected);
  });

  it('WXT runs it on a value stored without a version', async () => {
    await fakeBrowser.storage.local.set({ enabledPlatforms: ['tokopedia', 'bukalapak', 'ekatalog'] });
    await enabledPlatformsSetting.migrate();
    expect(await enabledPlatformsSetting.getValue()).toEqual(['tiktok-tokopedia', 'ekatalog']);
    expect(await enabledPlatformsSetting.getMeta()).toEqual({ v: 2 });
  });

  it('a value already at version 2 is left alone', async () => {
    await fakeBrowser.storage.local.set({ enabledPlatforms: ['lazada', 'shopee'], enabledPlatforms$: { v: 2 } });
    await enabledPlatformsSetting.migrate();
    expect(await enabledPlatformsSetting.getValue()).toEqual(['lazada', 'shopee']);
  });
});
