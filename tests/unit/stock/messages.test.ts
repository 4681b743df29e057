import { describe, expect, it } from 'vitest';
import { stockEditReplySchema, stockListReadSchema, stockToContentSchema } from '../../../utils/stock/messages';

describe('stock messages', () => {
  it.each([
    ['a list read', stockListReadSchema, { type: 'stock-list-read', platform: 'shopee', url: 'u', pageLoadedAt: 1, rows: [{ listing: '9', stocks: { 'K-1': 3 } }], shown: 1 }, true],
    ['a negative stock', stockListReadSchema, { type: 'stock-list-read', platform: 'shopee', url: 'u', pageLoadedAt: 1, rows: [{ listing: '9', stocks: { 'K-1': -1 } }], shown: 1 }, false],
    ['an unknown platform', stockListReadSchema, { type: 'stock-list-read', platform: 'amazon', url: 'u', pageLoadedAt: 1, rows: [], shown: 0 }, false],
    ['a write', stockToContentSchema, { type: 'stock-edit-write', stocks: { 'K-1': 5 } }, true],
    ['a fractional write', stockToContentSchema, { type: 'stock-edit-write', stocks: { 'K-1': 1.5 } }, false],
    ['a failed reply', stockEditReplySchema, { state: 'failed', error: { id: 'Gagal menyimpan', en: 'Saving failed' } }, true],
    ['an unknown state', stockEditReplySchema, { state: 'maybe' }, false],
  ])('%s', (_name, schema, value, ok) => {
    expect((schema as { safeParse(v: unknown): { success: boolean } }).safeParse(value).success).toBe(ok);
  });
});
