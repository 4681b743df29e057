// The fill engine with the whole ekatalog adapter, loaded by its seller-centre script on first use
// (entrypoints/seller.content/engine-load.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import ekatalog from '@/utils/platforms/ekatalog';
import { offerEngine } from '../seller.content/engine-load';
import { startEngine } from '../seller.content/engine';

export default defineUnlistedScript(() => offerEngine(ekatalog.id, (ctx) => startEngine(ctx, ekatalog)));
