// The fill engine with the whole lazada adapter, loaded by its seller-centre script on first use
// (entrypoints/seller.content/engine-load.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import lazada from '@/utils/platforms/lazada';
import { offerEngine } from '../seller.content/engine-load';
import { startEngine } from '../seller.content/engine';

export default defineUnlistedScript(() => offerEngine(lazada.id, (ctx) => startEngine(ctx, lazada)));
