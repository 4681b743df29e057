/**
 * From a catalogue product to the listing this platform will receive: photos turned into data URLs
 * (messages are JSON), then `buildListing` — the seller's rules for this platform, then the adapter's
 * limits — exactly what "Terbitkan ke semua" would send, so the panel and publish never disagree.
 */
import type { StoredProduct } from '@/utils/catalogue/schema';
import { toProductFile } from '@/utils/catalogue/photos';
import type { Bilingual } from '@/utils/fill/types';
import type { PlatformId } from '@/utils/platforms/hosts';
import { buildListing, type BuiltListing } from '@/utils/publish/build-listing';

export async function prepareListing(product: StoredProduct, platform: PlatformId): Promise<BuiltListing> {
  const file = await toProductFile(product);
  return buildListing(file, platform);
}

/** Any thrown thing as a bilingual reason (our own errors already carry one). */
export function reasonOf(error: unknown): Bilingual {
  const message = (error as { message?: unknown } | undefined)?.message;
  if (message && typeof message === 'object' && 'id' in message && 'en' in message) return message as Bilingual;
  const text = typeof message === 'string' ? message : String(error);
  return { id: text, en: text };
}
