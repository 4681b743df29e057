/**
 * The push queue: each queued listing's edit page opened in a background tab, read first (a sale made
 * there since its list page was seen is counted, a raised stock is a conflict and nothing is written),
 * then each stock SKU written, the page's save confirmed, the tab closed. The queue lives in storage
 * (`stock-sync-status` rows in the `queued`/`opening`/`saving` states), so a service worker that died
 * mid-way resumes it on start. Pushes to one listing run one after another; different listings run side
 * by side, a few tabs at a time; one failure stops no other.
 */
import type { Bilingual } from '@/utils/bilingual';
import { catalogue } from '@/utils/catalogue/api';
import type { PlatformId } from '@/utils/platforms/hosts';
import { readPublishSettings } from '@/utils/publish/rules-setting';
import { platformRulesSetting } from '@/utils/settings';
import type { StockBySku, StockEvent } from '@/utils/stock/ledger';
import { readingsFromRow } from '@/utils/stock/reading';
import { recordPush, syncEvents } from '@/utils/stock/pushes';
import { editPageUrl } from '@/utils/stock/pages';
import { stocksOf } from '@/utils/stock/links';
import { PENDING_STATES, readStatuses, statusKey, type StockSyncState, type StockSyncStatus } from '@/utils/stock/store';
import { applyReadings, targetFor, totalOf } from './stock-apply';
import { commit, exclusive, finishCatalogueWrite, updateStatuses, withStockState } from './stock-state';
import { askEditPage, closeTab, openBackgroundTab, waitForPage } from './stock-tabs';

/** Two cores and a seller's own browser: a few background tabs at once, not one per listing. */
export const MAX_TABS = 3;

const REASONS = {
  noAddress: { id: 'Alamat halaman ubah produk tidak diketahui', en: 'The edit page address is not known' },
  noAnswer: { id: 'Halaman ubah produk tidak menjawab', en: 'The edit page did not answer' },
  tabGone: { id: 'Tab ditutup sebelum selesai', en: 'The tab closed before it finished' },
  notSaved: { id: 'Halaman tidak mengonfirmasi penyimpanan', en: 'The page did not confirm the save' },
  conflict: {
    id: 'Stok di toko lebih tinggi dari yang terakhir dikirim: pilih di daftar konflik',
    en: 'The shop shows more stock than last sent: choose in the conflict list',
  },
  tabNotOpened: (error: unknown): Bilingual => ({ id: `Tab tidak bisa dibuka: ${String(error)}`, en: `Could not open the tab: ${String(error)}` }),
} satisfies Record<string, Bilingual | ((e: unknown) => Bilingual)>;

let openTabs = 0;
const slotWaiters: (() => void)[] = [];

async function inSlot<T>(work: () => Promise<T>): Promise<T> {
  while (openTabs >= MAX_TABS) await new Promise<void>((resolve) => slotWaiters.push(resolve));
  openTabs++;
  try {
    return await work();
  } finally {
    openTabs--;
    slotWaiters.shift()?.();
  }
}

const chains = new Map<string, Promise<void>>();
const waitingToStart = new Set<string>();
/** Listings queued again while their push ran: they run once more with the newest stock. */
const queuedAgain = new Set<string>();
const running = new Set<string>();

/** Start (or chain) a push for each listing key; a key already waiting to start is not added twice. */
export function runPushes(keys: readonly string[]): Promise<void[]> {
  return Promise.all(
    keys.map((key) => {
      if (waitingToStart.has(key)) return chains.get(key)!;
      if (running.has(key)) queuedAgain.add(key);
      waitingToStart.add(key);
      const next = (chains.get(key) ?? Promise.resolve())
        .then(() => {
          waitingToStart.delete(key);
          return inSlot(() => pushListing(key));
        })
        .catch((error) => console.error('[serentak] stock push', key, error))
        .finally(() => {
          if (chains.get(key) === next) chains.delete(key);
        });
      chains.set(key, next);
      return next;
    }),
  );
}

/** Every push started so far has ended (tests and the benchmark wait on this). */
export async function pushesSettled(): Promise<void> {
  for (;;) {
    const pending = [...chains.values()];
    await Promise.all(pending);
    if ([...chains.values()].every((chain) => pending.includes(chain))) return;
  }
}

/** After a service worker restart: every push still queued, opening or saving starts again. */
export async function resumePushes(): Promise<void> {
  const statuses = await readStatuses();
  await runPushes(Object.keys(statuses).filter((key) => PENDING_STATES.includes(statuses[key]!.state)));
}

function setStatus(key: string, change: Partial<StockSyncStatus>): Promise<void> {
  return updateStatuses((all) => (all[key] ? { ...all, [key]: { ...all[key], ...change, updatedAt: Date.now() } } : all));
}

/** The end of one run; a listing queued again meanwhile stays queued for the run chained after this one. */
function finish(key: string, state: StockSyncState, error?: Bilingual): Promise<void> {
  // The run after a confirmed save need not force a write: if the page already shows the (same)
  // target, pressing save again would only repeat this one ("sync now" pressed twice, 303 saves for 300).
  if (queuedAgain.delete(key)) return setStatus(key, { state: 'queued', error: undefined, ...(state === 'done' ? { force: false } : {}) });
  return setStatus(key, { state, error, ...(state === 'done' ? { force: false } : {}) });
}

async function pushListing(key: string): Promise<void> {
  const status = (await readStatuses())[key];
  if (!status || !PENDING_STATES.includes(status.state)) return;
  running.add(key);
  try {
    await pushOnce(key, status);
  } finally {
    running.delete(key);
  }
}

async function pushOnce(key: string, { productSku, platform, force }: StockSyncStatus): Promise<void> {
  const product = await catalogue.get(productSku);
  const link = product?.listings[platform];
  const { tiktokHost } = readPublishSettings(await platformRulesSetting.getValue());
  const url = link ? editPageUrl(platform, link, tiktokHost) : undefined;
  if (!url) return finish(key, 'failed', REASONS.noAddress);
  await setStatus(key, { state: 'opening', error: undefined });
  let tabId: number;
  try {
    tabId = await openBackgroundTab(url);
  } catch (error) {
    return finish(key, 'failed', REASONS.tabNotOpened(error));
  }
  try {
    const page = await waitForPage(tabId, platform);
    if (page === 'login') return await finish(key, 'needs-login');
    if (page !== 'ready') return await finish(key, 'failed', page === 'gone' ? REASONS.tabGone : REASONS.noAnswer);
    await writeListing(key, tabId, productSku, platform, force, Object.keys(stocksOf(product!)));
  } finally {
    await closeTab(tabId);
  }
}

/** Read before write, then write, retrying a failed save once. */
async function writeListing(key: string, tabId: number, productSku: string, platform: PlatformId, force: boolean, skus: string[]): Promise<void> {
  const shown = await askEditPage(tabId, platform, { type: 'stock-edit-read', skus });
  if (!shown) return finish(key, 'failed', REASONS.noAnswer);
  if (shown.state === 'needs-login') return finish(key, 'needs-login');
  if (shown.state === 'failed') return finish(key, 'failed', shown.error ?? REASONS.noAnswer);

  const decided = await withStockState(async (state) => {
    const readAt = Date.now();
    const readings = readingsFromRow({ platform, listing: productSku, stocks: shown.stocks ?? {}, pageLoadedAt: readAt, id: `edit|${platform}|${productSku}|${readAt}` });
    const applied = await applyReadings(state, readings, { push: true, except: { productSku, platform } });
    return { applied, target: targetFor(applied.state, productSku) };
  });
  const others = decided.applied.queued.filter((other) => other !== key);
  if (others.length) void runPushes(others);
  if (decided.applied.outcomes.includes('conflict')) return finish(key, 'failed', REASONS.conflict);

  const target = decided.target;
  await setStatus(key, { state: 'saving', stock: totalOf(target) });
  const alreadyShown = !force && Object.keys(target).every((sku) => shown.stocks?.[sku] === target[sku]);
  let saved = alreadyShown ? { state: 'done' as const } : await askEditPage(tabId, platform, { type: 'stock-edit-write', stocks: target });
  // Written again only when the page certainly saved nothing (it said so, or save was never pressed):
  // no answer at all, or none after save was pressed, may be a save made — a second one repeats it.
  if (saved?.state === 'failed' && !saved.unconfirmed) saved = await askEditPage(tabId, platform, { type: 'stock-edit-write', stocks: target });
  if (saved?.state === 'needs-login') return finish(key, 'needs-login');
  if (saved?.state !== 'done') return finish(key, 'failed', saved?.error ?? REASONS.notSaved);
  const at = Date.now();
  await confirmPushed(productSku, platform, target, force && !alreadyShown ? syncEvents(shown.stocks ?? {}, target, at) : [], at);
  return finish(key, 'done');
}

async function confirmPushed(productSku: string, platform: PlatformId, stocks: StockBySku, events: StockEvent[], at: number): Promise<void> {
  const queued = await withStockState((state) =>
    commit(state, { catalogueStocks: state.catalogueStocks, ledger: recordPush(state.ledger, { productSku, platform, stocks }, at), events }),
  );
  const others = queued.filter((other) => other !== statusKey(productSku, platform));
  if (others.length) void runPushes(others);
}

/** Called at the top of main(), which runs once per service-worker start. */
export function resumeStockPushes(): void {
  // A catalogue write decided before the worker died is finished first (loadState does it too).
  void exclusive(finishCatalogueWrite).then(resumePushes);
}
