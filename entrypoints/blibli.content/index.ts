// The seller-centre content script for blibli: the shared light script with only this site's page data.
import { site } from '@/utils/platforms/blibli';
import { sellerContentScript } from '../seller.content/main';

export default sellerContentScript(site);
