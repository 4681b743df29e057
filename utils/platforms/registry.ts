/** Every adapter, as a list (adding a marketplace = one adapter file + one line here). */
import type { Platform } from './define';
import type { PlatformId } from './hosts';
import blibli from './blibli';
import ekatalog from './ekatalog';
import lazada from './lazada';
import shopee from './shopee';
import tiktokTokopedia from './tiktok-tokopedia';

export const PLATFORMS: readonly Platform[] = [shopee, tiktokTokopedia, lazada, ekatalog, blibli];

export function getPlatform(id: PlatformId): Platform {
  const platform = PLATFORMS.find((p) => p.id === id);
  if (!platform) throw new Error(`Unknown platform ${id}`);
  return platform;
}

/** The platform whose seller or login host this URL is on. */
export function platformForUrl(url: string | URL): Platform | undefined {
  let host: string;
  try {
    host = new URL(String(url)).hostname;
  } catch {
    return undefined;
  }
  return PLATFORMS.find((p) => p.hosts.includes(host) || p.loginHosts?.includes(host));
}
