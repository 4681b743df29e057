/**
 * "Atur ulang latihan": puts the extension back as a new workshop participant should find it. The
 * catalogue (and with it every product's listing links) is emptied, and every setting in storage.local
 * goes back to its default by being removed, including settings added after this was written (practice
 * mode, stock sync) without this file having to know them. Kept: the room's choices, not the seller's
 * work: the language and presenter mode. Publish runs in storage.session are forgotten too.
 */
import { browser } from 'wxt/browser';
import { db } from '../catalogue/db';
import { publishRunsItem } from '../publish/publish-store';

/** storage.local keys a reset keeps (WXT keeps an item's version under `<key>$`). */
export const KEPT_ON_RESET = ['language', 'presenterMode'] as const;

/** The storage.local keys a reset removes, out of the keys stored now. */
export function keysToReset(stored: string[]): string[] {
  const kept = new Set<string>(KEPT_ON_RESET.flatMap((key) => [key, `${key}$`]));
  return stored.filter((key) => !kept.has(key));
}

export async function resetWorkshop(): Promise<void> {
  await db.products.clear();
  const local = await browser.storage.local.get(null);
  const remove = keysToReset(Object.keys(local));
  if (remove.length) await browser.storage.local.remove(remove);
  await publishRunsItem.removeValue();
}
