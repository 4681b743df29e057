// The seller-centre content script for shopee: the shared script with only this adapter inside.
import shopee from '@/utils/platforms/shopee';
import { sellerContentScript } from '../seller.content/main';

export default sellerContentScript(shopee);
