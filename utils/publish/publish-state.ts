/**
 * What "publish everywhere" knows about each product × platform while it runs, as kept in
 * `storage.session` (the MV3 service worker dies when idle; this record lets it pick up where it was).
 * The dashboard shows it live as `publish-status[data-state]`.
 */
import { z } from 'zod';
import { platformIdSchema } from '../catalogue/schema';

export const PUBLISH_STATES = [
  'queued',
  'opening',
  'filling',
  'filled',
  'needs-login',
  'blocked',
  'failed',
  'submitted',
] as const;
export type PublishState = (typeof PUBLISH_STATES)[number];

/** States with work under way: a second click must not open another tab for them. */
export const ACTIVE_STATES: readonly PublishState[] = ['queued', 'opening', 'filling', 'needs-login'];

const bilingual = z.object({ id: z.string(), en: z.string() });

export const platformPublishSchema = z.object({
  state: z.enum(PUBLISH_STATES),
  tabId: z.number().optional(),
  /** why it is blocked or failed, or what the seller should do next */
  reasons: z.array(bilingual).default([]),
  /** the fill attempt under way: reports of an older attempt are ignored */
  fillRunId: z.string().optional(),
  autoSubmit: z.boolean().default(false),
  /** the add page this platform opens at (kept for a retry) */
  addUrl: z.string(),
  /** the listing's link once the marketplace saved it */
  link: z.object({ url: z.string(), externalId: z.string().optional() }).optional(),
  /** the category the fill chose, not yet written to the catalogue (see orchestrator's rememberWhenSettled) */
  categoryPath: z.array(z.string()).optional(),
  updatedAt: z.number(),
});
export type PlatformPublish = z.infer<typeof platformPublishSchema>;

export const publishRunSchema = z.object({
  sku: z.string(),
  startedAt: z.number(),
  platforms: z.partialRecord(platformIdSchema, platformPublishSchema),
});
export type PublishRun = z.infer<typeof publishRunSchema>;

/** Every product being published, by SKU. */
export const publishRunsSchema = z.record(z.string(), publishRunSchema);
export type PublishRuns = z.infer<typeof publishRunsSchema>;
