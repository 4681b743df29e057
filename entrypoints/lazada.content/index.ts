// The seller-centre content script for lazada: the shared script with only this adapter inside.
import lazada from '@/utils/platforms/lazada';
import { sellerContentScript } from '../seller.content/main';

export default sellerContentScript(lazada);
