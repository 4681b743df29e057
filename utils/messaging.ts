/**
 * Every message between the extension's parts, as one zod/mini discriminated union per direction.
 * Receivers parse with these schemas and check the sender (DESIGN.md "Messages"): a content script's
 * `runtime.sendMessage` reaches every extension frame in every tab, and the page must never forge one.
 * Never `window.postMessage`: the page can read and forge it.
 */
import * as z from 'zod/mini';
import { browser, type Browser } from 'wxt/browser';
import { bilingualSchema } from './bilingual';
import type { ReadListing } from './fill/read';
import { fieldKeySchema, fillReportSchema, listingSchema, platformIdSchema } from './fill/types';

export const PAGE_KINDS = ['add', 'edit', 'list', 'login', 'other'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];
export const pageKindSchema = z.enum(PAGE_KINDS);

/** Background (or panel via background) → content script, always with `{ frameId: 0 }`. */
export const toContentSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping') }),
  z.object({
    type: z.literal('fill'),
    runId: z.string(),
    listing: listingSchema,
    /** press the platform's own save button after a complete fill (opt-in per platform) */
    autoSubmit: z.boolean(),
  }),
  z.object({ type: z.literal('highlight'), field: fieldKeySchema }),
  /** "Simpan ke katalog": read the listing shown on an edit page */
  z.object({ type: z.literal('read-listing') }),
]);
export type ToContent = z.infer<typeof toContentSchema>;

/** The listing an edit page shows, as the content script read it ("Simpan ke katalog"). */
export const readListingSchema: z.ZodMiniType<ReadListing> = z.object({
  name: z.optional(z.string()),
  description: z.optional(z.string()),
  price: z.optional(z.number()),
  stock: z.optional(z.number()),
  weightGrams: z.optional(z.number()),
  sku: z.optional(z.string()),
  photos: z.array(z.string()),
  url: z.string(),
  variants: z.optional(
    z.array(
      z.object({
        options: z.record(z.string(), z.string()),
        sku: z.optional(z.string()),
        price: z.optional(z.number()),
        stock: z.optional(z.number()),
      }),
    ),
  ),
  variantOptions: z.optional(z.array(z.object({ name: z.string(), values: z.array(z.string()) }))),
});

/**
 * The content script's answer to every `ToContent` request, so the sender knows where it landed:
 * the page's platform and kind, and what the request asked for.
 */
export const contentReplySchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    platform: z.string(),
    kind: pageKindSchema,
    report: z.optional(fillReportSchema),
    listing: z.optional(readListingSchema),
    shown: z.optional(z.boolean()),
  }),
  z.object({ ok: z.literal(false), error: bilingualSchema }),
]);
export type ContentReply = z.infer<typeof contentReplySchema>;

/** Content script → extension (background, panel, dashboard). */
export const fromContentSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('page-status'),
    platform: platformIdSchema,
    kind: pageKindSchema,
    url: z.string(),
  }),
  z.object({ type: z.literal('fill-progress'), report: fillReportSchema }),
]);
export type FromContent = z.infer<typeof fromContentSchema>;

/** Panel / dashboard → background. The background takes the tab from `sender.tab` for panel requests. */
export const toBackgroundSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('panel-fill'), runId: z.string(), listing: listingSchema }),
  z.object({ type: z.literal('panel-highlight'), field: fieldKeySchema }),
  z.object({ type: z.literal('panel-read-listing') }),
  /**
   * The panel's view of the catalogue, answered by the background: the panel's iframe sits on a
   * marketplace page, where the browser may deny it IndexedDB (third-party storage blocked).
   */
  z.object({ type: z.literal('panel-products'), query: z.string() }),
  z.object({ type: z.literal('panel-listing'), sku: z.string(), platform: platformIdSchema }),
]);
export type ToBackground = z.infer<typeof toBackgroundSchema>;

/**
 * Panel → background "Simpan ke katalog" (issue 4 §5). Its own union, answered by panel-save.ts: the
 * relay's `toBackgroundSchema` listener must not take (and answer empty) what it does not handle.
 * The background reads the page itself (the panel's own tab, top frame) and writes the catalogue.
 */
export const saveToCatalogueSchema = z.discriminatedUnion('type', [
  /** what page the panel sits on (the panel shows "Simpan ke katalog" on edit pages only) */
  z.object({ type: z.literal('panel-page') }),
  /** read the listing and say what saving would do; `sku`: the catalogue SKU the seller typed */
  z.object({ type: z.literal('panel-save-preview'), sku: z.optional(z.string()) }),
  /** read it again and save: a new product, or a link on the product with this SKU */
  z.object({ type: z.literal('panel-save-listing'), sku: z.string(), update: z.boolean() }),
]);
export type SaveToCatalogueRequest = z.infer<typeof saveToCatalogueSchema>;

/**
 * Dashboard → background publish orchestrator ("Terbitkan ke semua"). Kept apart from
 * `toBackgroundSchema`, which is the panel's relay: a dashboard is not a panel in a seller tab.
 */
export const publishRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('publish-start'), sku: z.string(), platforms: z.array(platformIdSchema) }),
  z.object({ type: z.literal('publish-retry'), sku: z.string(), platform: platformIdSchema }),
]);
export type PublishRequest = z.infer<typeof publishRequestSchema>;

/** True when a message comes from this extension (its own pages or its content scripts). */
export function isFromThisExtension(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/** Parse an incoming message; undefined (and ignored) when it is not one of ours. */
export function parseMessage<T>(schema: z.ZodMiniType<T>, message: unknown): T | undefined {
  const result = z.safeParse(schema, message);
  return result.success ? result.data : undefined;
}
