// The seller-centre content script for ekatalog: the shared script with only this adapter inside.
import ekatalog from '@/utils/platforms/ekatalog';
import { sellerContentScript } from '../seller.content/main';

export default sellerContentScript(ekatalog);
