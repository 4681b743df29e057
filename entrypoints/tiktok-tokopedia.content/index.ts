// The seller-centre content script for tiktok-tokopedia: the shared light script with only this site's page data.
import { site } from '@/utils/platforms/tiktok-tokopedia';
import { sellerContentScript } from '../seller.content/main';

export default sellerContentScript(site);
