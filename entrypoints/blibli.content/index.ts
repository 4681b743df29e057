// The seller-centre content script for blibli: the shared script with only this adapter inside.
import blibli from '@/utils/platforms/blibli';
import { sellerContentScript } from '../seller.content/main';

export default sellerContentScript(blibli);
