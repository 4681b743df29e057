/** Each platform's page data (the light `site`, as its content script has it), by id. */
import type { PlatformSite } from '@/utils/platforms/define';
import type { PlatformId } from '@/utils/platforms/hosts';
import { site as shopee } from '@/utils/platforms/shopee';
import { site as tiktokTokopedia } from '@/utils/platforms/tiktok-tokopedia';
import { site as lazada } from '@/utils/platforms/lazada';
import { site as ekatalog } from '@/utils/platforms/ekatalog';
import { site as blibli } from '@/utils/platforms/blibli';

export const SITES: Record<PlatformId, PlatformSite> = {
  shopee,
  'tiktok-tokopedia': tiktokTokopedia,
  lazada,
  ekatalog,
  blibli,
};
