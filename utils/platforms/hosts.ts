/**
 * The seller-centre and login hosts Serentak may touch. Kept in one plain list (no imports) because
 * wxt.config.ts reads it to build host_permissions, web_accessible_resources and content-script matches.
 * Never add a non-marketplace host here: the manifest's permissions come from this list.
 */
export const PLATFORM_HOSTS = {
  shopee: { seller: ['seller.shopee.co.id'], login: ['accounts.shopee.co.id'] },
  'tiktok-tokopedia': {
    seller: ['seller-id.tokopedia.com', 'seller-id.tiktok.com'],
    login: ['seller.tokopedia.com', 'accounts.tokopedia.com'],
  },
  lazada: { seller: ['sellercenter.lazada.co.id'], login: [] },
  ekatalog: { seller: ['katalog.inaproc.id', 'e-katalog.lkpp.go.id'], login: [] },
  blibli: { seller: ['seller.blibli.com'], login: [] },
} as const;

export type PlatformId = keyof typeof PLATFORM_HOSTS;
export const PLATFORM_IDS = Object.keys(PLATFORM_HOSTS) as PlatformId[];

export const SELLER_HOSTS: string[] = Object.values(PLATFORM_HOSTS).flatMap((h) => [...h.seller]);
export const LOGIN_HOSTS: string[] = Object.values(PLATFORM_HOSTS).flatMap((h) => [...h.login]);

/** Match patterns for every seller host (content scripts, web-accessible panel). */
export const SELLER_MATCHES: string[] = SELLER_HOSTS.map((h) => `https://${h}/*`);
/** Match patterns for seller and login hosts (host_permissions). */
export const SELLER_HOST_PATTERNS: string[] = [...SELLER_HOSTS, ...LOGIN_HOSTS].map((h) => `https://${h}/*`);
