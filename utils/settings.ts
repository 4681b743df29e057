/**
 * Small settings in `storage.local`, as WXT storage items with a version each. A migration is a pure
 * function (tested in tests/unit/settings.test.ts) that WXT runs when a stored value is older than the
 * item's version. The publish engineer adds per-platform rules here later.
 */
import { storage } from 'wxt/utils/storage';
import { PLATFORM_IDS, type PlatformId } from './platforms/hosts';
import type { PublishSettings } from './publish/rules-setting';

import type { Language } from './bilingual';

export type { Language };

/** UI language: Bahasa Indonesia first, English when the seller switches. */
export const languageSetting = storage.defineItem<Language>('local:language', {
  fallback: 'id',
  version: 1,
});

/**
 * Version 2 guarantees the list holds only today's platform ids, once each, in the registry's order.
 * Values written before that may name marketplaces as they were: Tokopedia and TikTok Shop separately
 * (one seller centre since the 2024 merger) or Bukalapak (closed to physical goods in February 2025).
 */
export function enabledPlatformsV1toV2(old: unknown): PlatformId[] {
  if (!Array.isArray(old)) return [...PLATFORM_IDS];
  const renamed = old.map((id) => (id === 'tokopedia' || id === 'tiktok' ? 'tiktok-tokopedia' : id));
  return PLATFORM_IDS.filter((id) => renamed.includes(id));
}

/** Marketplaces the seller uses: pre-ticked in "publish everywhere", shown in the panel. */
export const enabledPlatformsSetting = storage.defineItem<PlatformId[]>('local:enabledPlatforms', {
  fallback: [...PLATFORM_IDS],
  version: 2,
  migrations: { 2: enabledPlatformsV1toV2 },
});

/** Whether the seller folded the panel away on seller pages (it stays folded across pages). */
export const panelCollapsedSetting = storage.defineItem<boolean>('local:panelCollapsed', {
  fallback: false,
  version: 1,
});

/**
 * Per-platform publish rules (markup, name/description additions, defaults, auto-save) and which
 * TikTok/Tokopedia host to open. Only types come from utils/publish (the content script imports this
 * file and must stay small); read it through `readPublishSettings`/`rulesFor` there.
 */
export const platformRulesSetting = storage.defineItem<PublishSettings>('local:platformRules', {
  fallback: { rules: {}, tiktokHost: 'seller-id.tokopedia.com' },
  version: 1,
});

/**
 * Practice mode (workshops, issue 10): "Terbitkan ke semua" opens the practice seller pages bundled in
 * the extension (practice.html) instead of the real seller centres. Loading the workshop sample turns
 * it on; a banner on every screen says so and turns it off.
 */
export const practiceModeSetting = storage.defineItem<boolean>('local:practiceMode', {
  fallback: false,
  version: 1,
});
