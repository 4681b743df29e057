// The seller-centre content script for shopee: the shared light script with only this site's page data.
import { site } from '@/utils/platforms/shopee';
import { sellerContentScript } from '../seller.content/main';

export default sellerContentScript(site);
