/** Where the seller-centre script leaves its `browser` for the engine it imports (engine-browser.ts). */
export const BROWSER_KEY = '__serentakBrowser';
