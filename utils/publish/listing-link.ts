/**
 * Writes a listing link into the product (`listings.<platform>`): what a marketplace's save gave back
 * (its edit URL and id). Used by the publish orchestrator and by the practice pages' own save.
 */
import { catalogue } from '../catalogue/api';
import type { PlatformId } from '../platforms/hosts';

export async function recordListingLink(sku: string, platform: PlatformId, link: { url: string; externalId?: string }): Promise<boolean> {
  const product = await catalogue.get(sku);
  if (!product) return false;
  product.listings = {
    ...product.listings,
    [platform]: { ...product.listings[platform], url: link.url, externalId: link.externalId, state: 'submitted', updatedAt: Date.now() },
  };
  await catalogue.save(product);
  return true;
}
