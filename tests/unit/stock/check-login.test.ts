import { describe, expect, it } from 'vitest';
import { CHECK_NEEDS_LOGIN, clearCheckNeedsLogin, markCheckNeedsLogin } from '../../../utils/stock/check-login';
import { emptyStockLedger, type StockLedger } from '../../../utils/stock/ledger';
import type { StockSyncStatuses } from '../../../utils/stock/store';

const ledger: StockLedger = {
  ...emptyStockLedger(),
  listings: {
    'KRP-1': { shopee: { synced: { 'KRP-1': 40 }, pushedAt: 1 }, lazada: { synced: { 'KRP-1': 40 }, pushedAt: 1 } },
    KAOS: { shopee: { synced: { 'KAOS-M': 5, 'KAOS-L': 7 }, pushedAt: 1 } },
  },
};

describe('a scheduled check that meets a login page', () => {
  it('marks every listing on that shop needs-login, and only that shop', () => {
    const marked = markCheckNeedsLogin({}, ledger, 'shopee', 10);
    expect(Object.values(marked).map((s) => [s.productSku, s.platform, s.state, s.stock])).toEqual([
      ['KRP-1', 'shopee', 'needs-login', 40],
      ['KAOS', 'shopee', 'needs-login', 12],
    ]);
    expect(marked['KRP-1|shopee']!.error).toEqual(CHECK_NEEDS_LOGIN);
  });

  it('leaves a push that is still running alone', () => {
    const running: StockSyncStatuses = { 'KRP-1|shopee': { productSku: 'KRP-1', platform: 'shopee', stock: 39, state: 'saving', force: false, updatedAt: 5 } };
    expect(markCheckNeedsLogin(running, ledger, 'shopee', 10)['KRP-1|shopee']!.state).toBe('saving');
  });

  it('is cleared when a later check reads that shop, but a push\'s own needs-login stays', () => {
    const fromPush: StockSyncStatuses = { 'KRP-1|lazada': { productSku: 'KRP-1', platform: 'lazada', stock: 40, state: 'needs-login', force: false, updatedAt: 5 } };
    const marked = markCheckNeedsLogin(markCheckNeedsLogin(fromPush, ledger, 'shopee', 10), ledger, 'lazada', 11);
    expect(marked['KRP-1|lazada']!.fromCheck).toBeUndefined();
    expect(Object.keys(clearCheckNeedsLogin(marked, 'shopee'))).toEqual(['KRP-1|lazada']);
    expect(Object.keys(clearCheckNeedsLogin(marked, 'lazada')).sort()).toEqual(['KAOS|shopee', 'KRP-1|lazada', 'KRP-1|shopee']);
    expect(clearCheckNeedsLogin(fromPush, 'lazada')).toBe(fromPush);
  });
});
