// The seller-centre content script for lazada: the shared light script with only this site's page data.
import { site } from '@/utils/platforms/lazada';
import { sellerContentScript } from '../seller.content/main';

export default sellerContentScript(site);
