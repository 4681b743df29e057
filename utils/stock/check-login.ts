/**
 * A scheduled check ("cek stok tiap N menit") that finds a shop's session expired: its list page became
 * the shop's login page, so nothing could be read there. Every listing on that shop says `needs-login`
 * (the dashboard also shows a notice), until a later check reads that shop's list again. Statuses a
 * push is still working on, or a push's own `needs-login`, are left alone.
 */
import type { PlatformId } from '../platforms/hosts';
import type { StockLedger } from './ledger';
import { PENDING_STATES, statusKey, type StockSyncStatuses } from './store';

const total = (stocks: Record<string, number>) => Object.values(stocks).reduce((sum, n) => sum + n, 0);

export const CHECK_NEEDS_LOGIN = {
  id: 'Cek stok terjadwal: sesi toko ini berakhir, masuk lagi agar stoknya bisa dibaca',
  en: 'Scheduled check: this shop’s session expired, log in again so its stock can be read',
};

export function markCheckNeedsLogin(statuses: StockSyncStatuses, ledger: StockLedger, platform: PlatformId, now: number): StockSyncStatuses {
  const next = { ...statuses };
  for (const [productSku, listings] of Object.entries(ledger.listings)) {
    const listing = listings?.[platform];
    if (!listing) continue;
    const key = statusKey(productSku, platform);
    const current = next[key];
    // A push still running reports for itself; a push's own needs-login keeps its meaning (that stock
    // was not sent) and is not cleared by a later check.
    if (current && (PENDING_STATES.includes(current.state) || current.state === 'needs-login')) continue;
    next[key] = {
      productSku,
      platform,
      stock: current?.stock ?? total(listing.synced),
      force: current?.force ?? false,
      state: 'needs-login',
      error: CHECK_NEEDS_LOGIN,
      fromCheck: true,
      updatedAt: now,
    };
  }
  return next;
}

/** A check read that shop's list again: the statuses only the check had set are gone. */
export function clearCheckNeedsLogin(statuses: StockSyncStatuses, platform: PlatformId): StockSyncStatuses {
  const kept = Object.entries(statuses).filter(([, s]) => !(s.platform === platform && s.state === 'needs-login' && s.fromCheck));
  return kept.length === Object.keys(statuses).length ? statuses : Object.fromEntries(kept);
}
