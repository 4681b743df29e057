/**
 * What each marketplace accepts, as readiness sees it before any tab opens (issue 4 §1). The values
 * live in each adapter's `limits` (utils/platforms/<id>.ts, one source of truth with `toListing`); this
 * only fills in what readiness needs when an adapter says nothing.
 * [seen] values come from shared/marketplaces.md; [guess] values are cautious guesses and only ever
 * produce warnings, never blockers, so a wrong guess cannot stop a seller from publishing.
 */
import type { PlatformLimits } from '../platforms/define';
import type { PlatformId } from '../platforms/hosts';
import { getPlatform } from '../platforms/registry';

export interface PublishLimits {
  nameMin: number;
  nameMax: number;
  /** a name shorter than nameMin blocks only when the minimum is [seen] */
  nameMinSeen: boolean;
  photosMin: number;
  photosMax: number;
  /** shortest photo side the platform accepts, in px (0 = unknown) */
  photoMinSide: number;
  /** largest photo file the platform accepts, in bytes (a warning: Serentak already scales photos) */
  photoMaxBytes: number;
  /** the platform wants square photos (Shopee crops anything else) */
  squarePhotos: boolean;
  priceMin: number;
  priceMax: number;
  /** a price outside the bounds blocks only when both bounds are [seen] */
  priceBoundsSeen: boolean;
  stockMax: number;
  variantGroupsMax: number;
  variantItemsMax: number;
  variantNameMax: number;
  variantValueMax: number;
}

/** Readiness's view of an adapter's limits; an unknown value never produces an issue of its own. */
export function publishLimits(limits: PlatformLimits): PublishLimits {
  const seen = limits.seen ?? [];
  return {
    // every platform needs some name: an empty one warns even where no minimum is known
    nameMin: limits.nameMin ?? 1,
    nameMax: limits.nameMax,
    nameMinSeen: seen.includes('nameMin'),
    photosMin: limits.photosMin,
    photosMax: limits.photosMax,
    photoMinSide: limits.photoMinSide ?? 0,
    photoMaxBytes: limits.photoMaxBytes ?? Infinity,
    squarePhotos: limits.squarePhotos ?? false,
    priceMin: limits.priceMin,
    priceMax: limits.priceMax,
    priceBoundsSeen: seen.includes('priceMin') && seen.includes('priceMax'),
    stockMax: limits.stockMax,
    variantGroupsMax: limits.variantGroupsMax,
    variantItemsMax: limits.variantItemsMax,
    variantNameMax: limits.variantNameMax ?? Infinity,
    variantValueMax: limits.variantValueMax ?? Infinity,
  };
}

/** The limits readiness checks `id` against, read from its adapter each time (no second table to drift). */
export function publishLimitsFor(id: PlatformId): PublishLimits {
  return publishLimits(getPlatform(id).limits);
}
