/**
 * Carries out what the publish state machine decides, with the real browser: opens background tabs,
 * sends the listing to a tab's content script, writes listing links into the catalogue. Every outcome
 * comes back to the machine as an event; nothing here decides a state.
 */
import { browser } from 'wxt/browser';
import { catalogue } from '@/utils/catalogue/api';
import { toProductFile } from '@/utils/catalogue/photos';
import type { Listing } from '@/utils/fill/types';
import type { Bilingual } from '@/utils/bilingual';
import { contentReplySchema, parseMessage, type ToContent } from '@/utils/messaging';
import type { PlatformId } from '@/utils/platforms/hosts';
import { buildListing } from '@/utils/publish/build-listing';
import { recordListingLink } from '@/utils/publish/listing-link';
import type { PublishEffect, PublishEvent } from '@/utils/publish/orchestrator';
import { readPublishSettings, rulesFor } from '@/utils/publish/rules-setting';
import { platformRulesSetting } from '@/utils/settings';
import { rememberCategoryPaths } from './panel-catalogue';

/** Generous: a seller centre on a slow connection can take long to show its add page. */
const OPEN_DEADLINE_MS = 60_000;

const REASONS = {
  tabNotOpened: (error: unknown): Bilingual => ({
    id: `Tab tidak bisa dibuka: ${String(error)}`,
    en: `Could not open the tab: ${String(error)}`,
  }),
  pageGone: {
    id: 'Halaman berpindah atau ditutup sebelum selesai mengisi',
    en: 'The page moved or closed before the fill finished',
  },
  productGone: { id: 'Produk tidak ada lagi di katalog', en: 'The product is no longer in the catalogue' },
};

/** The listing exactly as the panel would build it: rules, then the adapter, photos as data URLs. */
async function listingFor(sku: string, platform: PlatformId): Promise<Listing | undefined> {
  const stored = await catalogue.get(sku);
  if (!stored) return undefined;
  const settings = readPublishSettings(await platformRulesSetting.getValue());
  return buildListing(await toProductFile(stored), platform, rulesFor(settings, platform)).listing;
}

/**
 * A fill runs for seconds; its progress arrives as `fill-progress` messages. Its reply only matters
 * when it never comes (the page went away: reload, navigation, closed tab) or says it could not start.
 */
async function sendFill(effect: Extract<PublishEffect, { type: 'send-fill' }>, dispatch: (e: PublishEvent) => void) {
  const lost = (reason: Bilingual) => dispatch({ type: 'fill-lost', tabId: effect.tabId, fillRunId: effect.fillRunId, reason });
  const listing = await listingFor(effect.sku, effect.platform).catch(() => undefined);
  if (!listing) return lost(REASONS.productGone);
  try {
    const message: ToContent = { type: 'fill', runId: effect.fillRunId, listing, autoSubmit: effect.autoSubmit };
    const reply = parseMessage(contentReplySchema, await browser.tabs.sendMessage(effect.tabId, message, { frameId: 0 }));
    if (!reply) lost(REASONS.pageGone);
    else if (!reply.ok) lost(reply.error);
  } catch {
    lost(REASONS.pageGone);
  }
}

/**
 * Run one effect. `open-tab` reports back before returning, so a page's first message always finds its
 * tab known; `send-fill` runs detached, because page events must be handled while a fill runs.
 */
export async function runEffect(effect: PublishEffect, dispatchNow: (e: PublishEvent) => Promise<void>, dispatchLater: (e: PublishEvent) => void) {
  switch (effect.type) {
    case 'open-tab':
      try {
        // active: false — the seller stays on the dashboard; the tabs fill in the background.
        const tab = await browser.tabs.create({ url: effect.url, active: false });
        await dispatchNow({ type: 'tab-opened', sku: effect.sku, platform: effect.platform, tabId: tab.id! });
        // One deadline, not a polling loop: a page that never reports (an error page, no content
        // script) must not stay "opening" for ever. Ignored unless the tab is still opening.
        setTimeout(() => dispatchLater({ type: 'open-timeout', tabId: tab.id! }), OPEN_DEADLINE_MS);
      } catch (error) {
        await dispatchNow({ type: 'tab-open-failed', sku: effect.sku, platform: effect.platform, reason: REASONS.tabNotOpened(error) });
      }
      return;
    case 'navigate-tab':
      await browser.tabs.update(effect.tabId, { url: effect.url }).catch(() => dispatchLater({ type: 'tab-removed', tabId: effect.tabId }));
      return;
    case 'send-fill':
      void sendFill(effect, dispatchLater);
      return;
    case 'save-link':
      await recordListingLink(effect.sku, effect.platform, { url: effect.url, externalId: effect.externalId }).catch(() => undefined);
      return;
    case 'remember-categories':
      await rememberCategoryPaths(effect.sku, effect.paths).catch(() => undefined);
      return;
  }
}
