/**
 * The catalogue as the panel sees it, read here in the background. The panel is an extension page
 * but it sits in an iframe on a marketplace page, and there the browser may refuse it IndexedDB
 * (third-party storage blocked: Chromium's cookie setting, Incognito, Brave; Firefox partitions it by
 * the top-level site, which would show an empty catalogue). The service worker is always first-party.
 */
import { catalogue } from '@/utils/catalogue/api';
import { toProductFile } from '@/utils/catalogue/photos';
import type { StoredProduct } from '@/utils/catalogue/schema';
import type { Listing, ListingChange } from '@/utils/fill/types';
import type { Bilingual } from '@/utils/bilingual';
import type { PlatformId } from '@/utils/platforms/hosts';
import { buildListing } from '@/utils/publish/build-listing';
import { readPublishSettings, rulesFor } from '@/utils/publish/rules-setting';
import { platformRulesSetting } from '@/utils/settings';
import { buildIndex, filterIndex, searchTerms } from '@/components/catalogue/search-index';

/** Enough to find by eye in a 360 px column; more is what search is for. */
export const PANEL_PRODUCTS_MAX = 30;

/** A product as a row of the panel's list: no photos, nothing the list does not show. */
export interface PanelProduct {
  sku: string;
  name: string;
  price: number;
  stock: number;
  variants: number;
}

export type ProductsReply = { ok: true; products: PanelProduct[]; matches: number; total: number };
export type ListingReply = { ok: true; listing: Listing; changes: ListingChange[] } | { ok: false; error: Bilingual };

const row = (p: StoredProduct): PanelProduct => ({
  sku: p.sku,
  name: p.name,
  price: p.price,
  stock: p.stock,
  variants: p.variants?.items.length ?? 0,
});

/** Newest first before anything is typed (the one just added is usually the one wanted). */
export async function panelProducts(query: string): Promise<ProductsReply> {
  if (!searchTerms(query).length) {
    const recent = await newestProducts();
    if (recent) return recent;
  }
  const all = await catalogue.list();
  const matches = filterIndex(buildIndex(all, () => []), query, 'all');
  return { ok: true, products: matches.slice(0, PANEL_PRODUCTS_MAX).map((m) => row(m.product)), matches: matches.length, total: all.length };
}

/**
 * The list before anything is typed: the newest few through the updatedAt index, and a count. Every
 * add page's panel asks this as it loads, and "Terbitkan ke semua" opens five at once: reading and
 * validating the whole catalogue for each (about 0.7 s per 10,000 products, on the service worker's
 * one thread) held every publish message up behind it — seconds per publish with a large catalogue.
 * `total` counts every stored record (the panel only asks whether there are any). Undefined when a
 * damaged record is among the newest: then the full read skips it, as before.
 */
async function newestProducts(): Promise<ProductsReply | undefined> {
  const [{ products, damaged }, total] = await Promise.all([catalogue.newest(PANEL_PRODUCTS_MAX), catalogue.count()]);
  if (damaged) return undefined;
  return { ok: true, products: products.map(row), matches: total, total };
}

/** Exactly what "Terbitkan ke semua" would send: the seller's rules, then the platform's limits. */
export async function panelListing(sku: string, platform: PlatformId): Promise<ListingReply> {
  const stored = await catalogue.get(sku);
  if (!stored) return { ok: false, error: { id: 'Produk ini tidak ada lagi di katalog.', en: 'This product is no longer in the catalogue.' } };
  const settings = readPublishSettings(await platformRulesSetting.getValue());
  const built = buildListing(await toProductFile(stored), platform, rulesFor(settings, platform));
  return { ok: true, ...built };
}

/**
 * After a fill, the category path the page's own search chose is kept on the product for this
 * platform, so the next fill (or publish) tries that path first (issue 3 §4: "remembered per platform").
 */
export async function rememberCategoryPath(sku: string, platform: PlatformId, path: string[] | undefined): Promise<void> {
  if (path?.length) await rememberCategoryPaths(sku, { [platform]: path });
}

/** Several platforms' paths in one save (publish), and no save at all when none changed. */
export async function rememberCategoryPaths(sku: string, paths: Partial<Record<PlatformId, string[]>>): Promise<void> {
  const stored = await catalogue.get(sku);
  if (!stored) return;
  const same = (a: string[] | undefined, b: string[]) => a?.join('\u0000') === b.join('\u0000');
  const changed = Object.entries(paths).filter(([platform, path]) => path.length && !same(stored.categoryPaths[platform as PlatformId], path));
  if (!changed.length) return;
  await catalogue.save({ ...stored, categoryPaths: { ...stored.categoryPaths, ...Object.fromEntries(changed) } });
}
