/**
 * Messages of stock sync (issue 9), kept apart from utils/messaging.ts's fill and publish unions so the
 * existing listeners never take (and answer empty) what they do not handle. Every receiver parses with
 * these schemas and checks the sender, like every other message (DESIGN.md "Messages").
 *
 * Two conversations:
 * - A list page, as it loads (no click): content script → background `stock-list-read` with every row
 *   it could read. The background turns each row into readings (reading.ts) and reconciles them.
 * - A push: the background opens the listing's edit page in a background tab and asks its content
 *   script first `stock-edit-read` (read before write: what does the page show now?), then, after
 *   reconciling that reading, `stock-edit-write` (set each stock SKU's field, press the page's save,
 *   wait for its success or error). Each is answered with a `StockEditReply`.
 */
// zod/mini, not zod: these schemas ride in every platform's fill engine (the edit page answers stock
// requests), where classic zod's chained API alone cost about 25 KB gzipped (issue 8 item 7).
import * as z from 'zod/mini';
import { bilingualSchema } from '../bilingual';
import { platformIdSchema } from '../fill/types';
import { stockBySkuSchema } from './ledger';

/** One row of a product list page as read: the listing's id there (if shown) and its stock per SKU. */
export const listRowSchema = z.object({
  /** The shop's id for the listing (`externalId`), or '' when the row does not show one. */
  listing: z.string(),
  /** Stock per SKU the row shows: each variant's own SKU, or the product's SKU. */
  stocks: stockBySkuSchema,
});
export type ListRow = z.infer<typeof listRowSchema>;

/** Content script (list page) → background. */
export const stockListReadSchema = z.object({
  type: z.literal('stock-list-read'),
  platform: platformIdSchema,
  url: z.string(),
  /** When the page loaded (ms): a reading taken before Serentak's last push there is stale. */
  pageLoadedAt: z.number(),
  rows: z.array(listRowSchema),
  /** Rows the page shows (read or not): "12 of 12 rows read"; a paged list says only what it shows. */
  shown: z.int().check(z.minimum(0)),
});
export type StockListRead = z.infer<typeof stockListReadSchema>;

/** Background → content script on an edit page (sent with `{ frameId: 0 }`). */
export const stockToContentSchema = z.discriminatedUnion('type', [
  // `skus`: the stock SKUs the push is for; a page showing one stock field and no SKU (Shopee's drifted
  // single-SKU edit page) reads that field as the one SKU asked for.
  z.object({ type: z.literal('stock-edit-read'), skus: z.optional(z.array(z.string())) }),
  z.object({ type: z.literal('stock-edit-write'), stocks: stockBySkuSchema }),
]);
export type StockToContent = z.infer<typeof stockToContentSchema>;

export const STOCK_EDIT_STATES = ['read', 'done', 'failed', 'needs-login'] as const;

/**
 * The edit page's answer. `read`: `stocks` is what the page shows per SKU. `done`: saved and the page
 * said so (`stocks` as written). `failed`: `error` says why in the seller's words (the page's own error
 * text when it showed one). `needs-login`: the session expired (a login page instead of the edit page).
 */
export const stockEditReplySchema = z.object({
  state: z.enum(STOCK_EDIT_STATES),
  stocks: z.optional(stockBySkuSchema),
  error: z.optional(bilingualSchema),
  /**
   * `failed` after save was pressed with no answer from the page: it may have saved. Writing again
   * could save the same stock twice, so the push is not retried (a page that said "gagal" is).
   */
  unconfirmed: z.optional(z.literal(true)),
});
export type StockEditReply = z.infer<typeof stockEditReplySchema>;
