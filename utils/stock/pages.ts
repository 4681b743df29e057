/**
 * Where a push and a scheduled check go on each shop (DESIGN.md "Stock in step across shops"): the
 * listing's edit page from its external id, else the link's own `url`; each platform's product list.
 * e-Katalog and Blibli have no known edit or list URL yet: only a stored link `url` reaches them.
 */
import type { ListingLink } from '../catalogue/schema';
import type { PlatformId } from '../platforms/hosts';
import type { TiktokHost } from '../publish/urls';

export function editPageUrl(platform: PlatformId, link: Pick<ListingLink, 'externalId' | 'url'>, tiktokHost: TiktokHost = 'seller-id.tokopedia.com'): string | undefined {
  const id = link.externalId ? encodeURIComponent(link.externalId) : undefined;
  if (id) {
    switch (platform) {
      case 'shopee':
        return `https://seller.shopee.co.id/portal/product/${id}`;
      case 'tiktok-tokopedia':
        return `https://${tiktokHostOf(link.url) ?? tiktokHost}/product/edit/${id}`;
      case 'lazada':
        return `https://sellercenter.lazada.co.id/apps/product/publish?productId=${id}`;
    }
  }
  return link.url || undefined;
}

/** A TikTok/Tokopedia link keeps the host the seller published on (both serve the same seller centre). */
function tiktokHostOf(url: string | undefined): TiktokHost | undefined {
  try {
    const host = url ? new URL(url).hostname : '';
    return host === 'seller-id.tiktok.com' || host === 'seller-id.tokopedia.com' ? host : undefined;
  } catch {
    return undefined;
  }
}

export function listPageUrl(platform: PlatformId, tiktokHost: TiktokHost = 'seller-id.tokopedia.com'): string | undefined {
  switch (platform) {
    case 'shopee':
      return 'https://seller.shopee.co.id/portal/product/list/all';
    case 'tiktok-tokopedia':
      return `https://${tiktokHost}/product/manage`;
    case 'lazada':
      return 'https://sellercenter.lazada.co.id/apps/product/list';
    default:
      return undefined;
  }
}
