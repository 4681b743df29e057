/**
 * Where publish opens each platform, and what a tab's URL says about it: a login page, still on the
 * marketplace, or the edit page of a listing just saved (its id is the listing's external id).
 */
import { PLATFORM_HOSTS, type PlatformId } from '../platforms/hosts';
import { getPlatform } from '../platforms/registry';
import { isPracticeUrl, practiceListingId } from '../practice/urls';

export type TiktokHost = 'seller-id.tokopedia.com' | 'seller-id.tiktok.com';

/**
 * The add-product page per platform. TikTok Shop and Tokopedia share one seller centre since 2024;
 * Tokopedia sellers are the larger group here, so its host is the default. e-Katalog opens the v6
 * catalogue (v5 is being retired); its path is a best guess — the content script detects the
 * "Tambah Produk" wizard from the page on any path.
 */
export function addPageUrl(platform: PlatformId, tiktokHost: TiktokHost = 'seller-id.tokopedia.com'): string {
  switch (platform) {
    case 'shopee':
      return 'https://seller.shopee.co.id/portal/product/new';
    case 'tiktok-tokopedia':
      return `https://${tiktokHost}/product/create?shop_region=ID`;
    case 'lazada':
      return 'https://sellercenter.lazada.co.id/apps/product/publish';
    case 'ekatalog':
      return 'https://katalog.inaproc.id/penyedia/produk/tambah';
    case 'blibli':
      return 'https://seller.blibli.com/product/create';
  }
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

// Login pages that live on a seller host itself (Lazada, Blibli, e-Katalog have no separate login host).
const LOGIN_PATH = /(^|\/)(login|signin|sign-in|masuk|auth)(\/|$)/i;

export function isLoginUrl(platform: PlatformId, url: string): boolean {
  const u = parse(url);
  if (!u) return false;
  const hosts = PLATFORM_HOSTS[platform];
  if ((hosts.login as readonly string[]).includes(u.hostname)) return true;
  return (hosts.seller as readonly string[]).includes(u.hostname) && LOGIN_PATH.test(u.pathname);
}

/** On the marketplace's hosts, or on its bundled practice page (practice mode). */
export function isPlatformUrl(platform: PlatformId, url: string): boolean {
  if (isPracticeUrl(platform, url)) return true;
  const u = parse(url);
  if (!u) return false;
  const hosts = PLATFORM_HOSTS[platform];
  return [...hosts.seller, ...hosts.login].includes(u.hostname as never);
}

/**
 * The listing id in an edit-page URL (the page moves there after a save, by hand or auto-submit).
 * Each adapter knows its own edit URL (`save.editUrl`, the new id as the first group); the fallbacks
 * cover edit URLs seen in the wild that an adapter may not list: Shopee's `/portal/product/edit/{id}`,
 * a `productId=` query.
 */
const FALLBACK_EDIT_URLS: RegExp[] = [/\/product\/edit\/([\w-]+)/, /[?&]productId=([\w-]+)/];

export function listingIdFromUrl(platform: PlatformId, url: string): string | undefined {
  if (isPracticeUrl(platform, url)) return practiceListingId(platform, url);
  const u = parse(url);
  if (!u || !isPlatformUrl(platform, url)) return undefined;
  const where = u.pathname + u.search;
  const own = getPlatform(platform).save.editUrl;
  for (const re of own ? [own, ...FALLBACK_EDIT_URLS] : FALLBACK_EDIT_URLS) {
    const m = re.exec(where);
    if (m?.[1]) return m[1];
  }
  return undefined;
}
