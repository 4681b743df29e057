/**
 * The catalogue model (DESIGN.md "Catalogue model"), platform-neutral, validated with zod at every
 * boundary: IndexedDB reads, imports, messages. Photos are Blobs in storage (`StoredProduct`) and
 * data URLs in files and messages (`ProductFile`).
 */
import { z } from 'zod';

// No eval, not even zod's own JIT probe (`new Function`): extension pages forbid it by CSP anyway,
// and jitless keeps zod from trying.
z.config({ jitless: true });
import { PLATFORM_IDS, type PlatformId } from '../platforms/hosts';

export const platformIdSchema = z.enum(PLATFORM_IDS as [PlatformId, ...PlatformId[]]);

export const SKU_MAX = 64;
export const NAME_MAX = 255;
export const PHOTOS_MAX = 9;
export const PHOTO_LONGEST_SIDE_MAX = 2048;

const wholeRupiah = z.number().int().min(1);
const wholeCount = z.number().int().min(0);

export const skuSchema = z.string().trim().min(1).max(SKU_MAX);

export const dimensionsSchema = z.object({
  length: z.number().positive(),
  width: z.number().positive(),
  height: z.number().positive(),
});

export const variantOptionSchema = z.object({
  name: z.string().trim().min(1).max(40), // e.g. "Warna"
  values: z.array(z.string().trim().min(1).max(40)).min(1).max(50),
});

export const variantItemSchema = z.object({
  sku: skuSchema,
  /** option name → chosen value, e.g. { Warna: "Merah", Ukuran: "L" } */
  options: z.record(z.string(), z.string()),
  price: wholeRupiah,
  stock: wholeCount,
});

export const variantsSchema = z.object({
  options: z.array(variantOptionSchema).min(1).max(2),
  items: z.array(variantItemSchema).min(1),
});

export const ekatalogSchema = z.object({
  unit: z.string().trim().max(40).optional(), // satuan, e.g. "pcs", "kg", "unit"
  kbki: z.string().trim().max(20).optional(),
  tkdn: z.number().min(0).max(100).optional(),
  pdn: z.boolean().optional(),
  /** "Dikenakan PPN" (subject to VAT); undefined = not answered yet (the fill stops and asks) */
  ppn: z.boolean().optional(),
  sni: z.string().trim().max(60).optional(),
});

/** What a seller may change per platform (DESIGN.md: per-platform overrides). */
export const overrideSchema = z.object({
  name: z.string().trim().min(1).max(NAME_MAX).optional(),
  price: wholeRupiah.optional(),
  description: z.string().optional(),
  category: z.string().optional(),
});

export const listingStateSchema = z.enum(['draft', 'submitted', 'live', 'unknown']);

/** A product's link to its listing on one marketplace (filled by publish and by "Simpan ke katalog"). */
export const listingLinkSchema = z.object({
  url: z.string().optional(),
  externalId: z.string().optional(),
  state: listingStateSchema.default('unknown'),
  lastSyncedStock: wholeCount.optional(),
  updatedAt: z.number().optional(),
});

/** The fields every product has, whatever the storage of its photos. */
const productCore = {
  sku: skuSchema,
  name: z.string().trim().min(1).max(NAME_MAX),
  description: z.string().default(''),
  price: wholeRupiah,
  stock: wholeCount,
  weightGrams: z.number().int().positive().optional(),
  condition: z.enum(['new', 'used']).default('new'),
  /** undefined = no brand ("Tidak Ada Merek" is a real choice on every platform) */
  brand: z.string().trim().max(100).optional(),
  /** the seller's own words, e.g. "Keripik singkong" */
  category: z.string().trim().max(200).default(''),
  /** learned per-platform category paths, e.g. { shopee: ["Makanan & Minuman", "Makanan Ringan", "Keripik"] } */
  categoryPaths: z.partialRecord(platformIdSchema, z.array(z.string())).default({}),
  dimensionsCm: dimensionsSchema.optional(),
  minOrder: z.number().int().min(1).default(1),
  /** undefined = ready stock; n = ships after n days */
  preorderDays: z.number().int().min(1).max(90).optional(),
  variants: variantsSchema.optional(),
  overrides: z.partialRecord(platformIdSchema, overrideSchema).default({}),
  listings: z.partialRecord(platformIdSchema, listingLinkSchema).default({}),
  ekatalog: ekatalogSchema.optional(),
  createdAt: z.number(),
  updatedAt: z.number(),
};

/** A photo as stored in IndexedDB: already scaled (longest side ≤ 2048 px). */
export const storedPhotoSchema = z.object({
  id: z.string(),
  blob: z.instanceof(Blob),
  type: z.string(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
});

/** A product as kept in IndexedDB. */
export const storedProductSchema = z.object({
  ...productCore,
  photos: z.array(storedPhotoSchema).max(PHOTOS_MAX).default([]),
});

/** A photo in a catalogue file or a message: a data URL (cover first). */
export const dataUrlPhotoSchema = z.string().regex(/^data:image\/[a-z0-9.+-]+;base64,/i);

/** A product in a catalogue backup or a fill message (photos as data URLs). */
export const productFileSchema = z.object({
  ...productCore,
  photos: z.array(dataUrlPhotoSchema).max(PHOTOS_MAX).default([]),
});

export type Dimensions = z.infer<typeof dimensionsSchema>;
export type Variants = z.infer<typeof variantsSchema>;
export type VariantItem = z.infer<typeof variantItemSchema>;
export type EkatalogFields = z.infer<typeof ekatalogSchema>;
export type ProductOverride = z.infer<typeof overrideSchema>;
export type ListingLink = z.infer<typeof listingLinkSchema>;
export type StoredPhoto = z.infer<typeof storedPhotoSchema>;
export type StoredProduct = z.infer<typeof storedProductSchema>;
export type ProductFile = z.infer<typeof productFileSchema>;
