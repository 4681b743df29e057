/**
 * Live views of what stock sync keeps in storage.local (written by the background): every dashboard tab
 * shows the same pushes, conflicts and history without asking the background.
 */
import { z } from 'zod';
import { stockLedgerSchema, type StockConflict } from '@/utils/stock/ledger';
import {
  DEFAULT_STOCK_SETTINGS,
  stockEventSchema,
  stockHistoryItem,
  stockLedgerItem,
  stockSettingsItem,
  stockSettingsSchema,
  stockSyncStatusesSchema,
  stockSyncStatusItem,
  type StockSettings,
  type StockSyncStatuses,
  type StoredStockEvent,
} from '@/utils/stock/store';
import { useStorageValue } from '../publish/use-publish-state';

const readStatuses = (raw: unknown): StockSyncStatuses => stockSyncStatusesSchema.catch({}).parse(raw ?? {});
const readConflicts = (raw: unknown): StockConflict[] => {
  const parsed = stockLedgerSchema.safeParse(raw);
  return parsed.success ? parsed.data.conflicts : [];
};
const readHistory = (raw: unknown): StoredStockEvent[] => z.array(stockEventSchema).catch([]).parse(raw ?? []);
const readSettings = (raw: unknown): StockSettings => stockSettingsSchema.catch(DEFAULT_STOCK_SETTINGS).parse(raw ?? {});

export const useStockStatuses = () => useStorageValue(stockSyncStatusItem, readStatuses, {})[0];
export const useStockConflicts = () => useStorageValue(stockLedgerItem, readConflicts, [])[0];
export const useStockHistory = () => useStorageValue(stockHistoryItem, readHistory, [])[0];

export function useStockSettings(): [StockSettings, (next: StockSettings) => void] {
  const [settings, , change] = useStorageValue(stockSettingsItem, readSettings, DEFAULT_STOCK_SETTINGS);
  return [settings, (next) => change(next, (v) => stockSettingsItem.setValue(v))];
}
