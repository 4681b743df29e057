/**
 * "Simpan ke katalog" from the panel on a marketplace's edit page, done here in the background: the
 * panel's iframe may be refused IndexedDB on the marketplace page (panel-catalogue.ts), and it cannot
 * message the page's content script itself. The listing is read from the panel's own tab (top frame
 * only) both for the preview and again on confirm, so what is saved is what the page shows then, and
 * photos (data URLs, up to megabytes) never travel through the panel.
 */
import { browser, type Browser } from 'wxt/browser';
import { catalogue } from '@/utils/catalogue/api';
import { CatalogueError } from '@/utils/catalogue/errors';
import { dataUrlToPhoto } from '@/utils/catalogue/photos';
import { SKU_MAX, variantsSchema, type StoredPhoto, type Variants } from '@/utils/catalogue/schema';
import type { Bilingual } from '@/utils/bilingual';
import type { ReadListing } from '@/utils/fill/read';
import {
  contentReplySchema,
  parseMessage,
  saveToCatalogueSchema,
  type ContentReply,
  type PageKind,
  type SaveToCatalogueRequest,
  type ToContent,
} from '@/utils/messaging';
import { PLATFORM_IDS, type PlatformId } from '@/utils/platforms/hosts';
import { getPlatform } from '@/utils/platforms/registry';
import { linkExisting, productFromListing } from '@/utils/publish/import-listing';
import { listingIdFromUrl } from '@/utils/publish/urls';
import { planSave, savedMessage, targetSku, unreadFields, updateFromListing, type ReadField, type SaveAction } from '@/utils/publish/save-to-catalogue';
import { isPanelSender } from './panel-relay';

type Failure = { ok: false; error: Bilingual };

export type PageReply = { ok: true; platform: PlatformId; kind: PageKind } | Failure;

/** What the panel shows before the seller confirms: what was read, and what saving will do. */
export type SavePreviewReply =
  | {
      ok: true;
      platform: PlatformId;
      action: SaveAction;
      sku: string;
      read: Omit<ReadListing, 'photos'> & { photos: number; externalId?: string };
      unread: ReadField[];
      /** why "Simpan" cannot make a new product from this page */
      blocked: Bilingual[];
      /** the catalogue product that will be linked */
      existing?: { sku: string; name: string; price: number; stock: number };
      /** that product already links another listing on this platform (replaced on confirm) */
      replaces?: { url?: string; externalId?: string };
    }
  | Failure;

export type SaveReply = { ok: true; action: SaveAction; sku: string; url: string; message: Bilingual } | Failure;

const UNREACHABLE: Failure = {
  ok: false,
  error: { id: 'Halaman penjual tidak menjawab. Muat ulang halaman lalu coba lagi.', en: 'The seller page did not answer. Reload the page and try again.' },
};
const NOT_EDIT_PAGE: Failure = {
  ok: false,
  error: {
    id: 'Buka halaman ubah produk (Edit Produk) di marketplace untuk menyimpannya ke katalog.',
    en: "Open the marketplace's edit-product page to save the product to the catalogue.",
  },
};

const failed = (error: unknown): Failure => ({
  ok: false,
  error:
    error instanceof CatalogueError
      ? error.message
      : { id: `Katalog tidak bisa disimpan: ${String(error)}`, en: `The catalogue could not be saved: ${String(error)}` },
});

/** The page's answer, parsed; undefined when it did not answer or answered something else. */
async function askPage(tabId: number, message: ToContent): Promise<ContentReply | undefined> {
  return parseMessage(contentReplySchema, await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined));
}

const platformOf = (id: string): PlatformId | undefined => PLATFORM_IDS.find((p) => p === id);

export async function pageOf(tabId: number): Promise<PageReply> {
  const reply = await askPage(tabId, { type: 'ping' });
  if (!reply) return UNREACHABLE;
  if (!reply.ok) return reply;
  const platform = platformOf(reply.platform);
  return platform ? { ok: true, platform, kind: reply.kind } : UNREACHABLE;
}

/** The listing on the tab's page, only from an edit page (an add page has no listing to link). */
async function readPage(tabId: number): Promise<{ ok: true; platform: PlatformId; read: ReadListing } | Failure> {
  const reply = await askPage(tabId, { type: 'read-listing' });
  if (!reply) return UNREACHABLE;
  if (!reply.ok) return reply;
  const platform = platformOf(reply.platform);
  if (!platform || !reply.listing) return UNREACHABLE;
  if (reply.kind !== 'edit') return NOT_EDIT_PAGE;
  return { ok: true, platform, read: reply.listing };
}

/** Photos the page gave, decoded by the catalogue's own helper; one that is not an image is left out. */
function decodePhotos(urls: string[]): StoredPhoto[] {
  return urls.flatMap((url) => {
    try {
      return [dataUrlToPhoto(url)];
    } catch {
      return [];
    }
  });
}

/**
 * The page's variations as catalogue variants: a row without its own SKU gets one made from the
 * product's SKU and its option values, a missing price the product's. Kept only when the catalogue
 * schema accepts them (e.g. at most two option groups), so a half-read grid never blocks the save.
 */
export function variantsFromPage(read: ReadListing, sku: string): Variants | undefined {
  if (!read.variants?.length || !read.variantOptions?.length) return undefined;
  const items = read.variants.map((item) => ({
    sku: item.sku?.trim() || `${sku}-${Object.values(item.options).join('-')}`.replace(/\s+/g, '').slice(0, SKU_MAX),
    options: item.options,
    price: item.price ?? read.price,
    stock: item.stock ?? 0,
  }));
  const parsed = variantsSchema.safeParse({ options: read.variantOptions, items });
  return parsed.success ? parsed.data : undefined;
}

/**
 * What the page holds now and what saving it would do. Asked again on confirm: a product saved
 * meanwhile is linked, never overwritten.
 */
async function decide(tabId: number, typedSku: string | undefined, now: number) {
  const page = await readPage(tabId);
  if (!page.ok) return page;
  const { platform, read } = page;
  const sku = targetSku(platform, read, typedSku, now);
  const existing = await catalogue.get(sku);
  return { ok: true as const, platform, read, existing, plan: planSave(platform, read, sku, existing, now) };
}

export async function previewSave(tabId: number, typedSku: string | undefined, now = Date.now()): Promise<SavePreviewReply> {
  const decided = await decide(tabId, typedSku, now);
  if (!decided.ok) return decided;
  const { platform, read, existing, plan } = decided;
  const { photos, ...fields } = read;
  return {
    ok: true,
    platform,
    action: plan.action,
    sku: plan.sku,
    read: { ...fields, photos: photos.length, externalId: listingIdFromUrl(platform, read.url) },
    unread: unreadFields(read),
    blocked: plan.blocked,
    existing: existing && { sku: existing.sku, name: existing.name, price: existing.price, stock: existing.stock },
    replaces: plan.replaces && { url: plan.replaces.url, externalId: plan.replaces.externalId },
  };
}

export async function saveListing(tabId: number, typedSku: string, update: boolean, now = Date.now()): Promise<SaveReply> {
  const decided = await decide(tabId, typedSku, now);
  if (!decided.ok) return decided;
  const { platform, read, existing, plan } = decided;
  const name = getPlatform(platform).label;
  if (existing) {
    const product = update ? updateFromListing(existing, platform, read, decodePhotos(read.photos), now) : linkExisting(existing, platform, read, now);
    await catalogue.save(product);
    return { ok: true, action: 'linked', sku: existing.sku, url: read.url, message: savedMessage('linked', existing.sku, name, update) };
  }
  if (plan.blocked.length) return { ok: false, error: plan.blocked[0]! };
  const variants = variantsFromPage(read, plan.sku);
  const saved = await catalogue.save({ ...productFromListing(platform, read, decodePhotos(read.photos), now), sku: plan.sku, ...(variants && { variants }) });
  return { ok: true, action: 'created', sku: saved.sku, url: read.url, message: savedMessage('created', saved.sku, name, false) };
}

async function answer(message: SaveToCatalogueRequest, tabId: number): Promise<PageReply | SavePreviewReply | SaveReply> {
  switch (message.type) {
    case 'panel-page':
      return pageOf(tabId);
    case 'panel-save-preview':
      return previewSave(tabId, message.sku).catch(failed);
    case 'panel-save-listing':
      return saveListing(tabId, message.sku, message.update).catch(failed);
  }
}

export function saveListingsToCatalogue(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const message = parseMessage(saveToCatalogueSchema, raw);
    // Only our panel, and only about its own tab: a seller page can never write the catalogue.
    if (!message || !isPanelSender(sender)) return undefined;
    // The answer is the returned Promise (webextension-polyfill on Chrome, natively on Firefox).
    return answer(message, sender.tab!.id!);
  });
}
