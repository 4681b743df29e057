// The seller-centre content script for tiktok-tokopedia: the shared script with only this adapter inside.
import tiktokTokopedia from '@/utils/platforms/tiktok-tokopedia';
import { sellerContentScript } from '../seller.content/main';

export default sellerContentScript(tiktokTokopedia);
