/** The stock page specs known so far; Blibli and e-Katalog once their list and edit pages are known. */
import type { PlatformId } from '../hosts';
import type { StockPageSpec } from './define';
import shopee from './shopee';
import tiktokTokopedia from './tiktok-tokopedia';
import lazada from './lazada';

export const STOCK_PAGES: Partial<Record<PlatformId, StockPageSpec>> = {
  shopee,
  'tiktok-tokopedia': tiktokTokopedia,
  lazada,
};
