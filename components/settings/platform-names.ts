/** How sellers call each marketplace (proper names: the same in both languages). */
import type { PlatformId } from '../../utils/platforms/hosts';

export const PLATFORM_NAMES: Record<PlatformId, string> = {
  shopee: 'Shopee',
  'tiktok-tokopedia': 'TikTok Shop / Tokopedia',
  lazada: 'Lazada',
  ekatalog: 'e-Katalog (INAPROC)',
  blibli: 'Blibli',
};
