/**
 * What each marketplace accepts, as readiness sees it before any tab opens (issue 4 §1).
 * [seen] values come from shared/marketplaces.md; [guess] values are cautious guesses and only ever
 * produce warnings, never blockers, so a wrong guess cannot stop a seller from publishing.
 */
import type { PlatformId } from '../platforms/hosts';

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
  /** a price outside the bounds blocks only when the bounds are [seen] */
  priceBoundsSeen: boolean;
  stockMax: number;
  variantGroupsMax: number;
  variantItemsMax: number;
  variantNameMax: number;
  variantValueMax: number;
}

const MB = 1024 * 1024;

export const PUBLISH_LIMITS: Record<PlatformId, PublishLimits> = {
  // [seen] name ≤255, photos ≤9, variation name ≤14, option ≤20; 1:1 photos; [guess] 2 MB, 500 px
  shopee: {
    nameMin: 1, nameMax: 255, nameMinSeen: false, photosMin: 1, photosMax: 9, photoMinSide: 500,
    photoMaxBytes: 2 * MB, squarePhotos: true, priceMin: 100, priceMax: 150_000_000, priceBoundsSeen: false, stockMax: 999_999,
    variantGroupsMax: 2, variantItemsMax: 50, variantNameMax: 14, variantValueMax: 20,
  },
  // [seen] "Nama produk minimal 25 karakter" (25–255), price 100–100.000.000, stock ≤999.999, photos ≤9,
  // min 300×300 px
  'tiktok-tokopedia': {
    nameMin: 25, nameMax: 255, nameMinSeen: true, photosMin: 1, photosMax: 9, photoMinSide: 300,
    photoMaxBytes: 10 * MB, squarePhotos: false, priceMin: 100, priceMax: 100_000_000, priceBoundsSeen: true, stockMax: 999_999,
    variantGroupsMax: 3, variantItemsMax: 100, variantNameMax: 20, variantValueMax: 50,
  },
  // [seen] name ≤255, 3–8 images through the Media Center; [guess] the rest
  lazada: {
    nameMin: 1, nameMax: 255, nameMinSeen: false, photosMin: 3, photosMax: 8, photoMinSide: 330,
    photoMaxBytes: 3 * MB, squarePhotos: false, priceMin: 1_000, priceMax: 1_000_000_000, priceBoundsSeen: false, stockMax: 999_999,
    variantGroupsMax: 2, variantItemsMax: 100, variantNameMax: 40, variantValueMax: 40,
  },
  // [guess] government catalogue: photos required, variants through "Tambah Varian"
  ekatalog: {
    nameMin: 1, nameMax: 255, nameMinSeen: false, photosMin: 1, photosMax: 9, photoMinSide: 0,
    photoMaxBytes: 2 * MB, squarePhotos: false, priceMin: 1, priceMax: 10_000_000_000, priceBoundsSeen: false, stockMax: 9_999_999,
    variantGroupsMax: 2, variantItemsMax: 100, variantNameMax: 40, variantValueMax: 40,
  },
  // [seen] API variants Warna × Ukuran; [guess] the rest
  blibli: {
    nameMin: 1, nameMax: 150, nameMinSeen: false, photosMin: 1, photosMax: 8, photoMinSide: 0,
    photoMaxBytes: 4 * MB, squarePhotos: false, priceMin: 1, priceMax: 1_000_000_000, priceBoundsSeen: false, stockMax: 999_999,
    variantGroupsMax: 2, variantItemsMax: 100, variantNameMax: 40, variantValueMax: 40,
  },
};
