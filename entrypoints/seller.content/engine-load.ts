/**
 * The fill engine and the whole adapter (~26 KB gzipped, ~40 ms of script at load) come in only when
 * a page asks for them (fill, highlight, "Simpan ke katalog"), not on every seller-centre page load.
 * Each platform's engine is its own unlisted script (`entrypoints/<platform>-engine/`), web-accessible
 * to its own seller hosts only (wxt.config.ts). A content script may `import()` such an extension URL
 * in Chromium and in Firefox; the module runs in the content script's own isolated world, where it
 * leaves its `start` under `ENGINE_KEY` (WXT builds unlisted scripts as IIFEs, which export nothing).
 * The page cannot see that global, and a copy the page loads itself runs in the page's world, not ours.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformId } from '@/utils/platforms/hosts';
import type { ContentReply, PageKind } from '@/utils/messaging';
import type { StockEditReply } from '@/utils/stock/messages';
import type { ListReading } from '@/utils/stock/read-list';
import { BROWSER_KEY } from './engine-shelf';

export const ENGINE_KEY = '__serentakEngine';

export interface Engine {
  /** answer a request the light script does not answer itself; undefined: not one of ours */
  handle(raw: unknown, kind: PageKind): Promise<ContentReply | undefined>;
  /** answer a stock sync request on an edit page; undefined: not one (stock.ts) */
  stockEdit(raw: unknown): Promise<StockEditReply | undefined>;
  /** read the product list page's rows (stock.ts); undefined: no stock reader for this platform */
  readList(): ListReading | undefined;
}

export type StartEngine = (ctx: ContentScriptContext) => Engine;

type EngineShelf = Partial<Record<PlatformId, StartEngine>>;

/** The file an engine is built to; wxt.config.ts lists the same names as web-accessible. */
export const enginePath = (platform: PlatformId) => `/${platform}-engine.js` as const;

/** Called by the engine script when it runs. */
export function offerEngine(platform: PlatformId, start: StartEngine): void {
  const global = globalThis as { [ENGINE_KEY]?: EngineShelf };
  global[ENGINE_KEY] = { ...global[ENGINE_KEY], [platform]: start };
}

/** Loads this platform's engine once per page; later calls get the same one. */
export function engineLoader(ctx: ContentScriptContext, platform: PlatformId): () => Promise<Engine> {
  let loading: Promise<Engine> | undefined;
  const load = async (): Promise<Engine> => {
    // the engine is built without webextension-polyfill and uses this one (engine-browser.ts)
    (globalThis as { [BROWSER_KEY]?: typeof browser })[BROWSER_KEY] = browser;
    await import(/* @vite-ignore */ browser.runtime.getURL(enginePath(platform)));
    const start = (globalThis as { [ENGINE_KEY]?: EngineShelf })[ENGINE_KEY]?.[platform];
    if (!start) throw new Error(`${enginePath(platform)} did not start`);
    return start(ctx);
  };
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined; // a failed load (extension reloading) may be retried by the next request
      throw error;
    });
    return loading;
  };
}
