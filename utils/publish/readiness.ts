/**
 * Readiness (issue 4 §1): for one product on one platform, before any tab opens, what blocks the
 * listing and what will be changed on the way — in Bahasa Indonesia first. A `blocker` stops the publish
 * for that platform (state `blocked`); a `warning` is shown but lets it go; `info` is a change the
 * seller's own rules make. Pure: it reads photo facts (size, dimensions), never the photo bytes.
 */
import type { ProductFile, StoredProduct } from '../catalogue/schema';
import type { FieldKey } from '../fill/types';
import type { Bilingual } from '../bilingual';
import type { PlatformId } from '../platforms/hosts';
import { formatRupiah, groupThousands } from '../money';
import { applyRules, DEFAULT_RULES, type PlatformRules } from './rules';
import { publishLimitsFor, type PublishLimits } from './limits';
import { policyLint } from './policy-lint';

export interface PhotoFacts {
  width?: number;
  height?: number;
  bytes?: number;
}
/** A product as readiness needs it: the catalogue fields, photos reduced to their facts. */
export type ReadinessProduct = Omit<ProductFile, 'photos'> & { photos: PhotoFacts[] };

export type ReadinessLevel = 'blocker' | 'warning' | 'info';
export interface ReadinessIssue {
  field: FieldKey;
  level: ReadinessLevel;
  /** stable code for tests and for offering a fix */
  code: string;
  message: Bilingual;
  /** a fix the dashboard can offer in one click */
  fix?: 'pad-square';
}
export type ReadinessVerdict = 'ready' | 'changes' | 'blocked';
export interface Readiness {
  platform: PlatformId;
  verdict: ReadinessVerdict;
  issues: ReadinessIssue[];
}

export function photoFactsOf(product: StoredProduct): ReadinessProduct {
  return {
    ...product,
    photos: product.photos.map((p) => ({ width: p.width, height: p.height, bytes: p.blob.size })),
  };
}

const issue = (field: FieldKey, level: ReadinessLevel, code: string, id: string, en: string): ReadinessIssue => ({
  field,
  level,
  code,
  message: { id, en },
});

function missingFields(p: ReadinessProduct, platform: PlatformId): ReadinessIssue[] {
  const out: ReadinessIssue[] = [];
  if (!p.weightGrams) out.push(issue('weight', 'blocker', 'missing-weight', 'Berat belum diisi', 'Weight is missing'));
  if (p.photos.length === 0) out.push(issue('photos', 'blocker', 'missing-photos', 'Belum ada foto', 'No photos yet'));
  if (!p.category.trim() && !p.categoryPaths[platform]?.length)
    out.push(issue('category', 'blocker', 'missing-category', 'Kategori belum diisi', 'Category is missing'));
  if (!p.description.trim())
    out.push(issue('description', 'warning', 'missing-description', 'Deskripsi kosong', 'Description is empty'));
  if (platform === 'ekatalog' && !p.ekatalog?.unit)
    out.push(issue('unit', 'blocker', 'missing-unit', 'Satuan (unit) wajib untuk e-Katalog', 'e-Katalog needs a unit of measure'));
  if (platform === 'ekatalog' && !p.ekatalog?.kbki)
    out.push(issue('kbki', 'warning', 'missing-kbki', 'Kode KBKI belum diisi', 'KBKI code is missing'));
  return out;
}

function nameIssues(name: string, l: PublishLimits): ReadinessIssue[] {
  const n = [...name].length;
  if (n < l.nameMin)
    return [
      issue(
        'name',
        l.nameMinSeen ? 'blocker' : 'warning',
        'name-too-short',
        `Nama ${n} karakter; minimal ${l.nameMin}`,
        `Name is ${n} characters; at least ${l.nameMin} needed`,
      ),
    ];
  if (n > l.nameMax)
    return [
      issue(
        'name',
        'warning',
        'name-shortened',
        `Nama ${n} karakter akan dipendekkan ke ${l.nameMax}`,
        `Name of ${n} characters will be shortened to ${l.nameMax}`,
      ),
    ];
  return [];
}

function priceIssues(prices: number[], l: PublishLimits): ReadinessIssue[] {
  const level = l.priceBoundsSeen ? 'blocker' : 'warning';
  const low = prices.filter((p) => p < l.priceMin);
  const high = prices.filter((p) => p > l.priceMax);
  const out: ReadinessIssue[] = [];
  if (low.length)
    out.push(
      issue('price', level, 'price-too-low', `Harga ${formatRupiah(Math.min(...low))} di bawah minimum ${formatRupiah(l.priceMin)}`,
        `Price ${formatRupiah(Math.min(...low))} is below the minimum ${formatRupiah(l.priceMin)}`),
    );
  if (high.length)
    out.push(
      issue('price', level, 'price-too-high', `Harga ${formatRupiah(Math.max(...high))} di atas maksimum ${formatRupiah(l.priceMax)}`,
        `Price ${formatRupiah(Math.max(...high))} is above the maximum ${formatRupiah(l.priceMax)}`),
    );
  return out;
}

function photoIssues(photos: PhotoFacts[], l: PublishLimits): ReadinessIssue[] {
  const out: ReadinessIssue[] = [];
  if (photos.length > 0 && photos.length < l.photosMin)
    out.push(issue('photos', 'blocker', 'photos-too-few', `Perlu minimal ${l.photosMin} foto (ada ${photos.length})`,
      `Needs at least ${l.photosMin} photos (has ${photos.length})`));
  if (photos.length > l.photosMax)
    out.push(issue('photos', 'warning', 'photos-dropped', `Hanya ${l.photosMax} foto pertama yang dikirim (ada ${photos.length})`,
      `Only the first ${l.photosMax} photos are sent (has ${photos.length})`));
  const sent = photos.slice(0, l.photosMax);
  const small = sent.filter((p) => l.photoMinSide && p.width && p.height && Math.min(p.width, p.height) < l.photoMinSide);
  if (small.length)
    out.push(issue('photos', 'warning', 'photo-too-small', `${small.length} foto lebih kecil dari ${l.photoMinSide}×${l.photoMinSide} px`,
      `${small.length} photo(s) smaller than ${l.photoMinSide}×${l.photoMinSide} px`));
  const big = sent.filter((p) => p.bytes && p.bytes > l.photoMaxBytes);
  if (big.length)
    out.push(issue('photos', 'warning', 'photo-too-large', `${big.length} foto lebih besar dari ${l.photoMaxBytes / 1024 / 1024} MB`,
      `${big.length} photo(s) larger than ${l.photoMaxBytes / 1024 / 1024} MB`));
  if (l.squarePhotos) {
    const notSquare = sent.filter((p) => p.width && p.height && p.width !== p.height);
    if (notSquare.length)
      out.push({
        ...issue('photos', 'warning', 'photo-not-square', `${notSquare.length} foto tidak persegi (1:1); bisa ditambah latar putih`,
          `${notSquare.length} photo(s) not square (1:1); can be padded with white`),
        fix: 'pad-square',
      });
  }
  return out;
}

function variantIssues(p: ReadinessProduct, l: PublishLimits): ReadinessIssue[] {
  const v = p.variants;
  if (!v) return [];
  const out: ReadinessIssue[] = [];
  if (v.options.length > l.variantGroupsMax)
    out.push(issue('variants', 'blocker', 'variant-groups', `Maksimal ${l.variantGroupsMax} jenis varian`, `At most ${l.variantGroupsMax} variant groups`));
  if (v.items.length > l.variantItemsMax)
    out.push(issue('variants', 'blocker', 'variant-items', `${v.items.length} kombinasi varian; maksimal ${l.variantItemsMax}`,
      `${v.items.length} variant combinations; at most ${l.variantItemsMax}`));
  const longName = v.options.find((o) => [...o.name].length > l.variantNameMax);
  if (longName)
    out.push(issue('variants', 'blocker', 'variant-name-long', `Nama varian "${longName.name}" lebih dari ${l.variantNameMax} karakter`,
      `Variant name "${longName.name}" is longer than ${l.variantNameMax} characters`));
  const longValue = v.options.flatMap((o) => o.values).find((val) => [...val].length > l.variantValueMax);
  if (longValue)
    out.push(issue('variants', 'blocker', 'variant-value-long', `Pilihan varian "${longValue}" lebih dari ${l.variantValueMax} karakter`,
      `Variant option "${longValue}" is longer than ${l.variantValueMax} characters`));
  return out;
}

function stockIssues(p: ReadinessProduct, l: PublishLimits): ReadinessIssue[] {
  const over = [p.stock, ...(p.variants?.items.map((i) => i.stock) ?? [])].some((s) => s > l.stockMax);
  return over
    ? [issue('stock', 'warning', 'stock-capped', `Stok dibatasi ${groupThousands(l.stockMax)}`, `Stock capped at ${groupThousands(l.stockMax)}`)]
    : [];
}

/** What blocks or will change when `product` is published to `platform` with the seller's `rules`. */
export function readiness(
  product: ReadinessProduct,
  platform: PlatformId,
  rules: PlatformRules = DEFAULT_RULES,
  limits: PublishLimits = publishLimitsFor(platform),
): Readiness {
  // Rules first (markup, prefix/suffix, header/footer), as the listing will be built.
  const ruled = applyRules({ ...product, photos: [] }, rules);
  const p = ruled.product;
  const override = product.overrides[platform];
  const name = override?.name ?? p.name;
  const description = override?.description ?? p.description;
  const price = override?.price ?? p.price;
  const issues: ReadinessIssue[] = [
    ...missingFields(product, platform),
    ...nameIssues(name, limits),
    ...priceIssues([price, ...(p.variants?.items.map((i) => i.price) ?? [])], limits),
    ...photoIssues(product.photos, limits),
    ...variantIssues(product, limits),
    ...stockIssues(product, limits),
    ...ruled.changes.map((c) => ({ field: c.field, level: 'info' as const, code: 'rule-change', message: c.message })),
    ...policyLint(name, description, platform).map((f) => ({
      field: f.field,
      // Contact details and links get listings taken down; a marketplace's name gets them demoted.
      level: f.code === 'other-marketplace' ? ('warning' as const) : ('blocker' as const),
      code: f.code,
      message: f.message,
    })),
  ];
  const verdict: ReadinessVerdict = issues.some((i) => i.level === 'blocker')
    ? 'blocked'
    : issues.length
      ? 'changes'
      : 'ready';
  return { platform, verdict, issues };
}

/** The blockers only, as the reasons a `blocked` publish state shows. */
export function blockingReasons(r: Readiness): Bilingual[] {
  return r.issues.filter((i) => i.level === 'blocker').map((i) => i.message);
}
