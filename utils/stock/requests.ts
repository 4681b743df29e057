/**
 * Dashboard → background requests of stock sync. Their own union (like publish's): the panel relay and
 * the publish listener must not take what they do not handle. Only the extension's own pages may send
 * them (checked in entrypoints/background/stock-requests.ts).
 */
import { z } from 'zod';
import { platformIdSchema } from '../catalogue/schema';

export const stockRequestSchema = z.discriminatedUnion('type', [
  /** `stock-sync`: push the catalogue's stock to every linked listing now. */
  z.object({ type: z.literal('stock-sync-now') }),
  /** `stock-conflict-accept` / `stock-conflict-reject`. */
  z.object({ type: z.literal('stock-conflict-answer'), sku: z.string(), platform: platformIdSchema, accept: z.boolean() }),
]);
export type StockRequest = z.infer<typeof stockRequestSchema>;
