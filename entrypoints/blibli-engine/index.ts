// The fill engine with the whole blibli adapter, loaded by its seller-centre script on first use
// (entrypoints/seller.content/engine-load.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import blibli from '@/utils/platforms/blibli';
import { offerEngine } from '../seller.content/engine-load';
import { startEngine } from '../seller.content/engine';

export default defineUnlistedScript(() => offerEngine(blibli.id, (ctx) => startEngine(ctx, blibli)));
