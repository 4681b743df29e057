/**
 * The seller's per-platform publish rules, kept in storage.local (small, synced across the extension's
 * pages). Versioned like every settings item: the storage item is `platformRulesSetting` in
 * utils/settings.ts, beside the others (imported from there: this file must not import it back).
 * Read through `rulesFor`, which fills defaults, so a rule added later needs no migration.
 */
import { z } from 'zod';
import { platformIdSchema } from '../catalogue/schema';
import type { PlatformId } from '../platforms/hosts';
import { DEFAULT_RULES, platformRulesSchema, type PlatformRules } from './rules';

export const publishSettingsSchema = z.object({
  // Kept loose on purpose: `rulesFor` checks field by field, so one half-typed value (a cleared
  // "round to" box) cannot throw away every other rule the seller set.
  rules: z.partialRecord(platformIdSchema, z.record(z.string(), z.unknown())).default({}),
  /** TikTok Shop and Tokopedia share one seller centre: which host the seller works in */
  tiktokHost: z.enum(['seller-id.tokopedia.com', 'seller-id.tiktok.com']).default('seller-id.tokopedia.com'),
});
export type PublishSettings = z.infer<typeof publishSettingsSchema>;
export const DEFAULT_PUBLISH_SETTINGS: PublishSettings = publishSettingsSchema.parse({});

/** Whatever storage holds (hand-edited, older, damaged), the settings as valid data. */
export function readPublishSettings(raw: unknown): PublishSettings {
  const parsed = publishSettingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_PUBLISH_SETTINGS;
}

/** One platform's rules, defaults filled in field by field: one bad value never resets the others. */
export function rulesFor(settings: PublishSettings, platform: PlatformId): PlatformRules {
  const stored = settings.rules[platform] ?? {};
  const rules: Record<string, unknown> = { ...DEFAULT_RULES };
  for (const [key, field] of Object.entries(platformRulesSchema.shape)) {
    const parsed = field.safeParse(stored[key]);
    if (parsed.success && stored[key] !== undefined) rules[key] = parsed.data;
  }
  return rules as PlatformRules;
}
