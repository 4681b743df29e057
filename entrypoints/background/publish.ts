/**
 * "Terbitkan ke semua" in the background: one tab per platform, filled, each state recorded live.
 * The decisions are the pure state machine's (`utils/publish/orchestrator`); this file feeds it the
 * browser's events one at a time and keeps its state in storage.session, so a service worker that
 * died between two events picks up exactly where it was. Listeners are registered synchronously by
 * `publishEverywhere()`, called at the top of the background's main().
 */
import { browser, type Browser } from 'wxt/browser';
import { catalogue } from '@/utils/catalogue/api';
import { fromContentSchema, isFromThisExtension, parseMessage, publishRequestSchema, type PublishRequest } from '@/utils/messaging';
import type { PlatformId } from '@/utils/platforms/hosts';
import { publishStep, type PlatformRequest, type PublishEnv, type PublishEvent } from '@/utils/publish/orchestrator';
import { publishRunsItem, readPublishRuns } from '@/utils/publish/publish-store';
import type { PublishRuns } from '@/utils/publish/publish-state';
import { blockingReasons, photoFactsOf, readiness } from '@/utils/publish/readiness';
import { readPublishSettings, rulesFor } from '@/utils/publish/rules-setting';
import { platformRulesSetting, practiceModeSetting } from '@/utils/settings';
import { practicePageUrl } from '@/utils/practice/urls';
import { addPageUrl, isLoginUrl, isPlatformUrl, listingIdFromUrl } from '@/utils/publish/urls';
import { runEffect } from './publish-effects';

const env = (): PublishEnv => ({ now: Date.now(), newId: () => crypto.randomUUID(), isLoginUrl, isPlatformUrl, listingIdFromUrl });

/** Tabs publish is watching; lets the listeners ignore the seller's other tabs without a storage read. */
let watchedTabs: Set<number> | undefined;
const tabsOf = (runs: PublishRuns) =>
  new Set(Object.values(runs).flatMap((r) => Object.values(r.platforms).flatMap((p) => (p?.tabId === undefined ? [] : [p.tabId]))));

/** One event at a time: two events read-modify-writing the state together would lose one. */
let queue: Promise<void> = Promise.resolve();

async function apply(event: PublishEvent): Promise<void> {
  const runs = readPublishRuns(await publishRunsItem.getValue());
  const step = publishStep(runs, event, env());
  if (step.runs !== runs) {
    await publishRunsItem.setValue(step.runs);
    watchedTabs = tabsOf(step.runs);
  }
  for (const effect of step.effects) await runEffect(effect, apply, dispatch);
}

function dispatch(event: PublishEvent): Promise<void> {
  queue = queue.then(() => apply(event)).catch((error) => console.error('[serentak] publish', error));
  return queue;
}

async function isWatched(tabId: number): Promise<boolean> {
  watchedTabs ??= tabsOf(readPublishRuns(await publishRunsItem.getValue()));
  return watchedTabs.has(tabId);
}

/** What the seller asked for, with readiness and their rules settled here, where the catalogue is. */
async function requestsFor(sku: string, platforms: PlatformId[]): Promise<PlatformRequest[]> {
  const product = await catalogue.get(sku);
  const settings = readPublishSettings(await platformRulesSetting.getValue());
  // Practice mode: the same readiness, states and report, on the bundled practice pages.
  const practice = await practiceModeSetting.getValue();
  const addUrl = (platform: PlatformId) =>
    practice ? practicePageUrl(browser.runtime.getURL('/'), platform) : addPageUrl(platform, settings.tiktokHost);
  return platforms.map((platform) => {
    const rules = rulesFor(settings, platform);
    const blocked = product
      ? blockingReasons(readiness(photoFactsOf(product), platform, rules))
      : [{ id: 'Produk tidak ada di katalog', en: 'The product is not in the catalogue' }];
    return { platform, addUrl: addUrl(platform), autoSubmit: rules.autoSubmit, blocked };
  });
}

async function handleRequest(request: PublishRequest): Promise<void> {
  if (request.type === 'publish-start')
    return dispatch({ type: 'start', sku: request.sku, platforms: await requestsFor(request.sku, request.platforms) });
  const [one] = await requestsFor(request.sku, [request.platform]);
  return dispatch({ type: 'retry', sku: request.sku, request: one! });
}

/** Only the extension's own pages (dashboard) may start a publish — never a seller page's script. */
function isExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return isFromThisExtension(sender) && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

export function publishEverywhere(): void {
  // A request is answered by the returned Promise; page news gets no answer (undefined).
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender): Promise<{ ok: boolean }> | undefined => {
    const request = parseMessage(publishRequestSchema, raw);
    if (request) {
      if (!isExtensionPage(sender)) return undefined;
      return handleRequest(request).then(
        () => ({ ok: true }),
        () => ({ ok: false }),
      );
    }
    const fromPage = parseMessage(fromContentSchema, raw);
    const tabId = sender.tab?.id;
    // Content scripts only, top frame only: the panel iframe and other frames do not speak for the tab.
    if (!fromPage || tabId === undefined || sender.frameId !== 0 || !isFromThisExtension(sender)) return undefined;
    void isWatched(tabId).then((watched) => {
      if (!watched) return;
      if (fromPage.type === 'page-status') void dispatch({ type: 'page-status', tabId, kind: fromPage.kind, url: fromPage.url });
      else void dispatch({ type: 'fill-progress', tabId, report: fromPage.report });
    });
    return undefined;
  });

  // Host permissions let us see URLs on the marketplaces' seller and login hosts: a login redirect
  // shows here even on a login host where no content script runs.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (!change.url) return;
    const url = change.url;
    void isWatched(tabId).then((watched) => {
      if (watched) void dispatch({ type: 'tab-url', tabId, url });
    });
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void isWatched(tabId).then((watched) => {
      if (watched) void dispatch({ type: 'tab-removed', tabId });
    });
  });
}
