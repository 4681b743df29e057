/**
 * The listing one platform receives: the seller's rules for that platform (markup, prefix/suffix,
 * header/footer, default brand) first, then the adapter's own limits and conversions (`toListing`).
 * Rules go first so the adapter still checks a marked-up price or a suffixed name against its limits.
 * Shared by the publish orchestrator and the panel, so both fill exactly the same listing.
 */
import type { ProductFile } from '../catalogue/schema';
import type { Listing, ListingChange } from '../fill/types';
import type { PlatformId } from '../platforms/hosts';
import { toListing } from '../platforms/listing';
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
