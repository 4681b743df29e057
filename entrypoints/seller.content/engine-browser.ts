/**
 * `wxt/browser` inside the lazily loaded engines (wxt.config.ts swaps it in for `<platform>-engine`
 * builds only). webextension-polyfill is about 3 KB gzipped of code the content script has already run
 * in the same isolated world; the engine borrows that wrapped `browser` from the shelf the loader fills
 * before `import()` (engine-load.ts) instead of carrying a second copy.
 */
import type { Browser, browser as polyfilled } from 'wxt/browser';
import { BROWSER_KEY } from './engine-shelf';

export type { Browser };

const shelf = globalThis as { [BROWSER_KEY]?: typeof polyfilled };
if (!shelf[BROWSER_KEY]) throw new Error('the engine runs only when its seller-centre script loads it');
export const browser: typeof polyfilled = shelf[BROWSER_KEY];
