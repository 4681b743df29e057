// The fill engine with the whole shopee adapter, loaded by its seller-centre script on first use
// (entrypoints/seller.content/engine-load.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import shopee from '@/utils/platforms/shopee';
import { offerEngine } from '../seller.content/engine-load';
import { startEngine } from '../seller.content/engine';

export default defineUnlistedScript(() => offerEngine(shopee.id, (ctx) => startEngine(ctx, shopee)));
