/**
 * The listing one platform receives: the seller's rules for that platform (markup, prefix/suffix,
 * header/footer, default brand) first, then the platform's own limits and conversions (`toListing`).
 * Rules go first so the limits still check a marked-up price or a suffixed name.
 * Shared by the publish orchestrator and the panel, so both fill exactly the same listing.
 *
 * `toListing` applies one platform's overrides and limits (its adapter's `limits`) and explains every
 * change in Bahasa and English; a `blocker` means the marketplace would refuse the listing (readiness
 * stops publishing). Kept out of the adapters on purpose: only the background and the dashboard build
 * listings, and each seller page's content script (30 KB budget) carries its adapter but not this.
 */
import type { ProductFile } from '../catalogue/schema';
import type { Listing, ListingChange } from '../fill/types';
import { formatRupiah } from '../money';
import type { Platform, PlatformLimits } from '../platforms/define';
import type { PlatformId } from '../platforms/hosts';
import { getPlatform } from '../platforms/registry';
import { applyRules, DEFAULT_RULES, type PlatformRules } from './rules';

export interface BuiltListing {
  listing: Listing;
  /** every change, rules' first then the adapter's, each explained */
  changes: ListingChange[];
}

export function buildListing(product: ProductFile, platformId: PlatformId, rules: PlatformRules = DEFAULT_RULES): BuiltListing {
  const ruled = applyRules(product, rules);
  const adapted = toListing(getPlatform(platformId), ruled.product);
  return { listing: adapted.listing, changes: [...ruled.changes, ...adapted.changes] };
}

export type ToListing = (product: ProductFile) => { listing: Listing; changes: ListingChange[] };

/** Shorten at a word boundary (never mid-word unless one word is longer than the limit). */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.5 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '');
}

const grams = (g: number) => `${g} g`;

export function makeToListing(platform: PlatformId, label: string, limits: PlatformLimits): ToListing {
  return (product) => {
    const changes: ListingChange[] = [];
    const note = (field: ListingChange['field'], level: ListingChange['level'], id: string, en: string) =>
      changes.push({ field, level, message: { id, en } });
    const override = product.overrides?.[platform] ?? {};
    // A [guess]ed limit only warns, as in readiness: a wrong guess must never stop a seller.
    const seen = (limit: 'nameMin' | 'priceMin' | 'priceMax') => limits.seen?.includes(limit) ?? false;
    const priceLevel = seen('priceMin') && seen('priceMax') ? 'blocker' : 'warning';

    let name = (override.name ?? product.name).trim();
    if (name.length > limits.nameMax) {
      name = cutAtWord(name, limits.nameMax);
      note('name', 'warning', `Nama dipendekkan ke ${name.length} karakter (maks. ${limits.nameMax} di ${label})`,
        `Name shortened to ${name.length} characters (max ${limits.nameMax} on ${label})`);
    }
    if (limits.nameMin && name.length < limits.nameMin) {
      note('name', seen('nameMin') ? 'blocker' : 'warning', `Nama minimal ${limits.nameMin} karakter di ${label} (sekarang ${name.length})`,
        `${label} needs a name of at least ${limits.nameMin} characters (now ${name.length})`);
    }

    let description = override.description ?? product.description;
    if (description.length > limits.descriptionMax) {
      description = cutAtWord(description, limits.descriptionMax);
      note('description', 'warning', `Deskripsi dipotong ke ${limits.descriptionMax} karakter`,
        `Description cut to ${limits.descriptionMax} characters`);
    }
    if (limits.descriptionMin && description.trim().length < limits.descriptionMin) {
      note('description', 'blocker', `Deskripsi minimal ${limits.descriptionMin} karakter di ${label}`,
        `${label} needs a description of at least ${limits.descriptionMin} characters`);
    }

    const price = override.price ?? product.price;
    if (price < limits.priceMin || price > limits.priceMax) {
      note('price', priceLevel, `Harga ${formatRupiah(price)} di luar batas ${label}: ${formatRupiah(limits.priceMin)} – ${formatRupiah(limits.priceMax)}`,
        `Price ${formatRupiah(price)} is outside ${label}'s bounds: ${formatRupiah(limits.priceMin)} – ${formatRupiah(limits.priceMax)}`);
    }

    let stock = product.stock;
    if (stock > limits.stockMax) {
      stock = limits.stockMax;
      note('stock', 'warning', `Stok dibatasi ke ${limits.stockMax} (maks. ${label})`, `Stock capped at ${limits.stockMax} (${label}'s maximum)`);
    }

    let photos = product.photos;
    if (photos.length > limits.photosMax) {
      photos = photos.slice(0, limits.photosMax);
      note('photos', 'warning', `Hanya ${limits.photosMax} foto pertama yang dikirim (maks. ${label}); ${product.photos.length - limits.photosMax} foto tidak dipakai`,
        `Only the first ${limits.photosMax} photos are sent (${label}'s maximum); ${product.photos.length - limits.photosMax} left out`);
    }
    if (photos.length < limits.photosMin) {
      note('photos', 'blocker', `${label} butuh minimal ${limits.photosMin} foto (ada ${photos.length})`,
        `${label} needs at least ${limits.photosMin} photos (has ${photos.length})`);
    }

    if (product.weightGrams === undefined) {
      if (limits.weightRequired) note('weight', 'blocker', `Berat wajib diisi untuk ${label}`, `${label} requires a weight`);
    } else if (limits.weightUnit === 'kg') {
      const kg = product.weightGrams / 1000;
      note('weight', 'info', `Berat ${grams(product.weightGrams)} diisi sebagai ${String(kg).replace('.', ',')} kg`,
        `Weight ${grams(product.weightGrams)} is entered as ${kg} kg`);
    }

    const category = (override.category ?? product.category).trim();
    const categoryPath = product.categoryPaths?.[platform];
    if (limits.categoryRequired && !category && !categoryPath?.length) {
      note('category', 'blocker', `Kategori wajib untuk ${label}: isi kategori produk`, `${label} requires a category: set the product's category`);
    }

    let variants = product.variants;
    if (variants) {
      if (variants.options.length > limits.variantGroupsMax || variants.items.length > limits.variantItemsMax) {
        note('variants', 'blocker', `${label} menerima maks. ${limits.variantGroupsMax} jenis variasi dan ${limits.variantItemsMax} kombinasi`,
          `${label} accepts at most ${limits.variantGroupsMax} variation types and ${limits.variantItemsMax} combinations`);
      }
      const nameMax = limits.variantNameMax ?? Infinity;
      const valueMax = limits.variantValueMax ?? Infinity;
      const long = variants.options.some((o) => o.name.length > nameMax || o.values.some((v) => v.length > valueMax));
      if (long) {
        const rename = new Map(variants.options.map((o) => [o.name, o.name.slice(0, nameMax)]));
        variants = {
          options: variants.options.map((o) => ({ name: rename.get(o.name)!, values: o.values.map((v) => v.slice(0, valueMax)) })),
          items: variants.items.map((item) => ({
            ...item,
            options: Object.fromEntries(Object.entries(item.options).map(([k, v]) => [rename.get(k) ?? k, v.slice(0, valueMax)])),
          })),
        };
        note('variants', 'warning', `Nama variasi dipendekkan (maks. ${nameMax} karakter, pilihan maks. ${valueMax})`,
          `Variation names shortened (max ${nameMax} characters, options max ${valueMax})`);
      }
      for (const item of variants.items) {
        if (item.price < limits.priceMin || item.price > limits.priceMax) {
          note('variants', priceLevel, `Harga varian ${item.sku} ${formatRupiah(item.price)} di luar batas ${label}`,
            `Variant ${item.sku} price ${formatRupiah(item.price)} is outside ${label}'s bounds`);
        }
      }
    }

    const listing: Listing = {
      platform,
      sku: product.sku,
      name,
      description,
      price,
      stock,
      weightGrams: product.weightGrams,
      condition: product.condition,
      brand: product.brand?.trim() || undefined,
      category,
      categoryPath: categoryPath?.length ? [...categoryPath] : undefined,
      photos: [...photos],
      minOrder: product.minOrder,
      dimensionsCm: product.dimensionsCm,
      preorderDays: product.preorderDays,
      variants,
      ekatalog: platform === 'ekatalog' ? product.ekatalog : undefined,
    };
    return { listing, changes };
  };
}

const built = new Map<PlatformId, ToListing>();

/** The listing `platform` receives for `product` (see makeToListing). */
export function toListing(platform: Platform, product: ProductFile): ReturnType<ToListing> {
  let make = built.get(platform.id);
  if (!make) built.set(platform.id, (make = makeToListing(platform.id, platform.label, platform.limits)));
  return make(product);
}
