/**
 * "Simpan ke katalog" (issue 4 §5): a listing read off a marketplace's edit page becomes a catalogue
 * product, or a link on an existing one — sellers with running shops start from what they have.
 * Pure: the panel reads the page (through the content script) and saves; this decides what is saved.
 */
import type { ProductDraft } from '../catalogue/api';
import type { ListingLink, StoredPhoto, StoredProduct } from '../catalogue/schema';
import { SKU_MAX } from '../catalogue/schema';
import type { Bilingual } from '../bilingual';
import type { ReadListing } from '../fill/read';
import type { PlatformId } from '../platforms/hosts';
import { listingIdFromUrl } from './urls';

const SKU_PREFIX: Record<PlatformId, string> = {
  shopee: 'SHP',
  'tiktok-tokopedia': 'TTK',
  lazada: 'LZD',
  ekatalog: 'EKT',
  blibli: 'BLI',
};

/** The listing's link as the catalogue keeps it: it is on the marketplace already, so `live`. */
export function linkOf(platform: PlatformId, read: ReadListing, now: number): ListingLink {
  return {
    url: read.url,
    externalId: listingIdFromUrl(platform, read.url),
    state: 'live',
    lastSyncedStock: read.stock,
    updatedAt: now,
  };
}

/** The seller's own SKU from the page, or one made from the marketplace's id (stable on a second import). */
export function skuFor(platform: PlatformId, read: ReadListing, now: number): string {
  if (read.sku?.trim()) return read.sku.trim().slice(0, SKU_MAX);
  const id = listingIdFromUrl(platform, read.url) ?? now.toString(36).toUpperCase();
  return `${SKU_PREFIX[platform]}-${id}`.slice(0, SKU_MAX);
}

/** What cannot become a product: the fields the catalogue requires and the page did not give. */
export function missingForNew(read: ReadListing): Bilingual[] {
  const out: Bilingual[] = [];
  if (!read.name) out.push({ id: 'Nama produk tidak terbaca', en: 'The product name could not be read' });
  if (!read.price || read.price < 1) out.push({ id: 'Harga tidak terbaca', en: 'The price could not be read' });
  return out;
}

/** A new catalogue product from the page; photos already decoded by the caller (bad ones dropped). */
export function productFromListing(platform: PlatformId, read: ReadListing, photos: StoredPhoto[], now: number): ProductDraft {
  return {
    sku: skuFor(platform, read, now),
    name: read.name!.slice(0, 255),
    description: read.description ?? '',
    price: read.price!,
    stock: read.stock ?? 0,
    weightGrams: read.weightGrams && read.weightGrams > 0 ? read.weightGrams : undefined,
    photos: photos.slice(0, 9),
    listings: { [platform]: linkOf(platform, read, now) },
  };
}

/** An existing product with this listing linked; everything the seller keeps in the catalogue stays. */
export function linkExisting(product: StoredProduct, platform: PlatformId, read: ReadListing, now: number): StoredProduct {
  return { ...product, listings: { ...product.listings, [platform]: linkOf(platform, read, now) } };
}
