/**
 * The product's listings on the marketplaces, as small chips in its row: the seller sees where it is
 * already listed and in what state, and opens the listing in a new tab. Rendered only inside a visible
 * row (ProductRow is memoised and virtualised), so a hidden row costs nothing.
 */
import type { TFunction } from 'i18next';
import type { StoredProduct } from '../../utils/catalogue/schema';
import { PLATFORM_IDS } from '../../utils/platforms/hosts';

/** Short names that fit a chip; the full name is in the tooltip. */
const SHORT_NAME: Record<(typeof PLATFORM_IDS)[number], string> = {
  shopee: 'Shopee',
  'tiktok-tokopedia': 'TikTok/Tokopedia',
  lazada: 'Lazada',
  ekatalog: 'e-Katalog',
  blibli: 'Blibli',
};

export function ListingLinks({ listings, t }: { listings: StoredProduct['listings']; t: TFunction }) {
  // in the platforms' own order, so chips sit in the same place on every row
  const linked = PLATFORM_IDS.flatMap((platform) => {
    const link = listings?.[platform];
    return link ? [{ platform, link }] : [];
  });
  if (!linked.length) return null;
  return (
    <span className="listing-links">
      {linked.map(({ platform, link }) => {
        const state = link.state ?? 'unknown';
        const words = t(`catalogue.listingState.${state}`);
        const text = `${SHORT_NAME[platform]} · ${words}`;
        const common = { 'data-testid': 'listing-link', 'data-platform': platform, 'data-state': state, className: `badge listing-link is-${state}` };
        return link.url ? (
          <a key={platform} {...common} href={link.url} target="_blank" rel="noopener noreferrer" title={t('catalogue.openListing', { platform: SHORT_NAME[platform], state: words })}>
            {text}
          </a>
        ) : (
          <span key={platform} {...common} title={t('catalogue.listingNoUrl', { platform: SHORT_NAME[platform], state: words })}>
            {text}
          </span>
        );
      })}
    </span>
  );
}
