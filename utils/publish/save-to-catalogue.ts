/**
 * "Simpan ke katalog" decided (issue 4 §5): what the page gave and what it did not, whether the listing
 * becomes a new product or a link on the product that already has its SKU, and what the seller is told.
 * Pure; the background reads the page and writes the catalogue (entrypoints/background/panel-save.ts).
 * Never overwrites a product: an SKU already in the catalogue is linked, its values kept unless the
 * seller asks to update them from the page.
 */
import { NAME_MAX, PHOTOS_MAX, SKU_MAX, type ListingLink, type StoredPhoto, type StoredProduct } from '../catalogue/schema';
import type { Bilingual } from '../bilingual';
import type { ReadListing } from '../fill/read';
import type { PlatformId } from '../platforms/hosts';
import { linkExisting, linkOf, missingForNew, skuFor } from './import-listing';

export type SaveAction = 'created' | 'linked';

/** What the seller expects read off an edit page, in the order the preview lists them. */
export const READ_FIELDS = ['name', 'description', 'price', 'stock', 'weight', 'photos', 'sku', 'variants'] as const;
export type ReadField = (typeof READ_FIELDS)[number];

export const READ_FIELD_LABELS: Record<ReadField, Bilingual> = {
  name: { id: 'Nama produk', en: 'Product name' },
  description: { id: 'Deskripsi', en: 'Description' },
  price: { id: 'Harga', en: 'Price' },
  stock: { id: 'Stok', en: 'Stock' },
  weight: { id: 'Berat', en: 'Weight' },
  photos: { id: 'Foto', en: 'Photos' },
  sku: { id: 'SKU', en: 'SKU' },
  variants: { id: 'Varian', en: 'Variants' },
};

/**
 * The fields the page did not give. Variants: the engine's reader (utils/fill/read.ts) does not read
 * them yet, so they are listed as not read until it returns a `variants` array (even an empty one).
 */
export function unreadFields(read: ReadListing): ReadField[] {
  const variants = (read as ReadListing & { variants?: unknown[] }).variants;
  const missing: Record<ReadField, boolean> = {
    name: !read.name,
    description: !read.description?.trim(),
    price: !read.price || read.price < 1,
    stock: read.stock === undefined,
    weight: !read.weightGrams || read.weightGrams <= 0,
    photos: read.photos.length === 0,
    sku: !read.sku?.trim(),
    variants: !Array.isArray(variants),
  };
  return READ_FIELDS.filter((field) => missing[field]);
}

/** The catalogue SKU to save under: what the seller typed, else the page's SKU, else one from the listing id. */
export function targetSku(platform: PlatformId, read: ReadListing, typed: string | undefined, now: number): string {
  return typed?.trim().slice(0, SKU_MAX) || skuFor(platform, read, now);
}

export interface SavePlan {
  action: SaveAction;
  sku: string;
  /** why a new product cannot be made from this page (name or price not read); empty for a link */
  blocked: Bilingual[];
  /** the product already links another listing on this platform: that link is replaced */
  replaces?: ListingLink;
}

export function planSave(platform: PlatformId, read: ReadListing, sku: string, existing: StoredProduct | undefined, now: number): SavePlan {
  if (!existing) return { action: 'created', sku, blocked: missingForNew(read) };
  const old = existing.listings[platform];
  const fresh = linkOf(platform, read, now);
  const sameListing = !old || (old.externalId && old.externalId === fresh.externalId) || (!!old.url && old.url === fresh.url);
  return { action: 'linked', sku: existing.sku, blocked: [], ...(sameListing ? {} : { replaces: old }) };
}

/**
 * The existing product linked to this listing, with the catalogue's values replaced by what the page
 * showed — only the fields it could read. A product with variants keeps its price and stock: they
 * belong to its variants, which the page reading does not give.
 */
export function updateFromListing(product: StoredProduct, platform: PlatformId, read: ReadListing, photos: StoredPhoto[], now: number): StoredProduct {
  const next = linkExisting(product, platform, read, now);
  if (read.name) next.name = read.name.slice(0, NAME_MAX);
  if (read.description?.trim()) next.description = read.description;
  if (!product.variants && read.price && read.price >= 1) next.price = read.price;
  if (!product.variants && read.stock !== undefined && read.stock >= 0) next.stock = read.stock;
  if (read.weightGrams && read.weightGrams > 0) next.weightGrams = read.weightGrams;
  if (photos.length) next.photos = photos.slice(0, PHOTOS_MAX);
  return next;
}

/** What the seller reads after saving, in both languages. */
export function savedMessage(action: SaveAction, sku: string, platformName: string, updated: boolean): Bilingual {
  if (action === 'created') {
    return {
      id: `Disimpan sebagai produk baru ${sku}, terhubung ke produk ${platformName} ini.`,
      en: `Saved as new product ${sku}, linked to this ${platformName} listing.`,
    };
  }
  return updated
    ? {
        id: `Produk ${platformName} ini kini terhubung ke ${sku}; data katalog diperbarui dari halaman ini.`,
        en: `This ${platformName} listing is now linked to ${sku}; the catalogue was updated from this page.`,
      }
    : {
        id: `Produk ${platformName} ini kini terhubung ke ${sku}; data katalog tidak diubah.`,
        en: `This ${platformName} listing is now linked to ${sku}; the catalogue data was kept as it is.`,
      };
}
