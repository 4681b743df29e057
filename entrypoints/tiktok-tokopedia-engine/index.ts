// The fill engine with the whole tiktok-tokopedia adapter, loaded by its seller-centre script on first use
// (entrypoints/seller.content/engine-load.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import tiktokTokopedia from '@/utils/platforms/tiktok-tokopedia';
import { offerEngine } from '../seller.content/engine-load';
import { startEngine } from '../seller.content/engine';

export default defineUnlistedScript(() => offerEngine(tiktokTokopedia.id, (ctx) => startEngine(ctx, tiktokTokopedia)));
