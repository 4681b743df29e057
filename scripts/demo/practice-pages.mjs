// Which practice seller pages the demo opens: the add-product replica of every platform, taken from
// tests/fixtures/routes.json, or the real add-product URLs (DESIGN.md) while the replicas are missing.
import { readPlatformHosts } from '../../tests/e2e/support/seller-server.mjs';

/** DESIGN.md's add-product pages, used when routes.json lists none for a platform. */
const KNOWN_ADD_PAGES = {
  shopee: 'https://seller.shopee.co.id/portal/product/new',
  'tiktok-tokopedia': 'https://seller-id.tokopedia.com/product/create',
  lazada: 'https://sellercenter.lazada.co.id/apps/product/publish',
  ekatalog: 'https://katalog.inaproc.id/penyedia/produk/tambah',
  blibli: 'https://seller.blibli.com/product/create',
};

/**
 * @param {{ host: string, path: string, file: string }[]} routes
 * @returns {{ platform: string, url: string }[]}
 */
export function addProductPages(routes) {
  return readPlatformHosts().map(({ platform, seller }) => {
    const replica = routes.find(
      (r) => seller.includes(r.host) && r.file.startsWith(`${platform}/`) && /(^|\/)add\.html$/.test(r.file),
    );
    const url = replica
      ? `https://${replica.host}${replica.path}`
      : (KNOWN_ADD_PAGES[/** @type {keyof typeof KNOWN_ADD_PAGES} */ (platform)] ?? `https://${seller[0]}/`);
    return { platform, url };
  });
}
