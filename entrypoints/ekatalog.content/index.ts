// The seller-centre content script for ekatalog: the shared light script with only this site's page data.
import { site } from '@/utils/platforms/ekatalog';
import { sellerContentScript } from '../seller.content/main';

export default sellerContentScript(site);
