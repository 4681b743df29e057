/**
 * Background tabs for stock sync: open a shop's page without taking the seller's focus, wait until its
 * content script answers (or the shop shows a login page instead), talk to it, close it. Waits are
 * driven by the page's own news (`page-status`, tab updates); a short re-check covers a content script
 * that was already injected before we listened.
 */
import { browser, type Browser } from 'wxt/browser';
import { contentReplySchema, fromContentSchema, isFromThisExtension, parseMessage } from '@/utils/messaging';
import type { PlatformId } from '@/utils/platforms/hosts';
import { isLoginUrl } from '@/utils/publish/urls';
import { stockEditReplySchema, type StockEditReply, type StockToContent } from '@/utils/stock/messages';

/** A seller centre on a slow connection can take long to show its edit page. */
export const PAGE_DEADLINE_MS = 45_000;
const RECHECK_MS = 400;

type Wake = () => void;
const waiting = new Map<number, Set<Wake>>();

function wake(tabId: number): void {
  for (const resolve of waiting.get(tabId) ?? []) resolve();
}

/** Registered at the top of the background's main(): page news wakes whoever waits for that tab. */
export function watchStockTabs(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined && waiting.has(tabId) && isFromThisExtension(sender) && parseMessage(fromContentSchema, raw)) wake(tabId);
    return undefined;
  });
  browser.tabs.onUpdated.addListener((tabId) => {
    if (waiting.has(tabId)) wake(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    if (waiting.has(tabId)) wake(tabId);
  });
}

function nextNews(tabId: number, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const set = waiting.get(tabId) ?? new Set<Wake>();
    waiting.set(tabId, set);
    const done = () => {
      clearTimeout(timer);
      set.delete(done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    set.add(done);
  });
}

export type PageReady = 'ready' | 'login' | 'gone' | 'timeout';

async function tabUrl(tabId: number): Promise<string | undefined | null> {
  return browser.tabs.get(tabId).then(
    (tab) => tab.url ?? tab.pendingUrl,
    () => null,
  );
}

/** Until the tab's content script answers a ping, or the shop asks the seller to log in. */
export async function waitForPage(tabId: number, platform: PlatformId, deadline = Date.now() + PAGE_DEADLINE_MS): Promise<PageReady> {
  waiting.set(tabId, waiting.get(tabId) ?? new Set());
  try {
    while (Date.now() < deadline) {
      const url = await tabUrl(tabId);
      if (url === null) return 'gone';
      // A login host has no content script: its URL is the only sign.
      if (url && isLoginUrl(platform, url)) return 'login';
      const reply = parseMessage(contentReplySchema, await browser.tabs.sendMessage(tabId, { type: 'ping' }, { frameId: 0 }).catch(() => undefined));
      if (reply?.ok) return reply.kind === 'login' ? 'login' : 'ready';
      await nextNews(tabId, Math.min(RECHECK_MS, Math.max(0, deadline - Date.now())));
    }
    return 'timeout';
  } finally {
    waiting.delete(tabId);
  }
}

/** `active: false`: the seller stays where they are; the shop's page works in the background. */
export async function openBackgroundTab(url: string): Promise<number> {
  const tab = await browser.tabs.create({ url, active: false });
  return tab.id!;
}

export async function closeTab(tabId: number): Promise<void> {
  await browser.tabs.remove(tabId).catch(() => undefined);
}

/**
 * Ask the edit page's content script; an answer that does not parse (the stock reader not loaded yet
 * while the page still renders) is asked again until the deadline.
 */
export async function askEditPage(
  tabId: number,
  platform: PlatformId,
  message: StockToContent,
  deadline = Date.now() + PAGE_DEADLINE_MS,
): Promise<StockEditReply | undefined> {
  waiting.set(tabId, waiting.get(tabId) ?? new Set());
  try {
    while (Date.now() < deadline) {
      const raw = await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
      const reply = stockEditReplySchema.safeParse(raw);
      if (reply.success) return reply.data;
      const url = await tabUrl(tabId);
      if (url === null) return undefined;
      // The session expired while the page was open: Shopee moves the tab to accounts.shopee.co.id,
      // where no content script of ours answers, so only the URL tells.
      if (url && isLoginUrl(platform, url)) return { state: 'needs-login' };
      await nextNews(tabId, Math.min(RECHECK_MS, Math.max(0, deadline - Date.now())));
    }
    return undefined;
  } finally {
    waiting.delete(tabId);
  }
}
