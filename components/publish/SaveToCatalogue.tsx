/**
 * "Simpan ke katalog" in the panel on a marketplace's edit page: read the listing the page shows (the
 * content script reads it through the adapter's locators, relayed by the background), then save it as a
 * new catalogue product or link it to an existing SKU. Takes the panel's language as a prop: the panel
 * has no i18next of its own.
 */
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { catalogue } from '@/utils/catalogue/api';
import { CatalogueError } from '@/utils/catalogue/errors';
import { dataUrlToPhoto } from '@/utils/catalogue/photos';
import type { StoredPhoto } from '@/utils/catalogue/schema';
import type { Bilingual } from '@/utils/fill/types';
import type { ReadListing } from '@/utils/fill/read';
import { formatRupiah } from '@/utils/money';
import type { PlatformId } from '@/utils/platforms/hosts';
import { linkExisting, missingForNew, productFromListing, skuFor } from '@/utils/publish/import-listing';
import { PUBLISH_TEXT, type Language } from './text';

type Reply = { ok: true; listing?: ReadListing } | { ok: false; error: Bilingual };
type Stage =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'read'; listing: ReadListing; existingSku?: string }
  | { step: 'done'; sku: string; action: 'created' | 'linked' }
  | { step: 'error'; error: Bilingual };

const UNREADABLE: Bilingual = { id: 'Produk di halaman ini tidak terbaca', en: 'The product on this page could not be read' };

function decodePhotos(urls: string[]): StoredPhoto[] {
  return urls.flatMap((url) => {
    try {
      return [dataUrlToPhoto(url)];
    } catch {
      return []; // not an image after all: the seller adds it by hand
    }
  });
}

export function SaveToCatalogue({ platform, language }: { platform: PlatformId; language: Language }) {
  const tr = (text: Bilingual, vars: Record<string, string> = {}) => text[language].replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
  const [stage, setStage] = useState<Stage>({ step: 'idle' });
  const [linkSku, setLinkSku] = useState('');

  const readPage = async () => {
    setStage({ step: 'reading' });
    const reply = (await browser.runtime.sendMessage({ type: 'panel-read-listing' }).catch(() => undefined)) as Reply | undefined;
    if (!reply?.ok || !reply.listing) return setStage({ step: 'error', error: reply && !reply.ok ? reply.error : UNREADABLE });
    const sku = skuFor(platform, reply.listing, Date.now());
    const existing = await catalogue.get(sku);
    setLinkSku(existing ? existing.sku : '');
    setStage({ step: 'read', listing: reply.listing, existingSku: existing?.sku });
  };

  const save = async (listing: ReadListing, action: 'created' | 'linked') => {
    const now = Date.now();
    try {
      if (action === 'linked') {
        const product = await catalogue.get(linkSku.trim());
        if (!product) return setStage({ step: 'error', error: { id: `SKU ${linkSku} tidak ada di katalog`, en: `SKU ${linkSku} is not in the catalogue` } });
        await catalogue.save(linkExisting(product, platform, listing, now));
        return setStage({ step: 'done', sku: product.sku, action });
      }
      const missing = missingForNew(listing);
      if (missing.length) return setStage({ step: 'error', error: missing[0]! });
      const draft = productFromListing(platform, listing, decodePhotos(listing.photos), now);
      // Never overwrite a product already in the catalogue under that SKU: that is what "link" is for.
      if (await catalogue.get(draft.sku)) draft.sku = skuFor(platform, { ...listing, sku: undefined }, now);
      const saved = await catalogue.save(draft);
      setStage({ step: 'done', sku: saved.sku, action });
    } catch (error) {
      setStage({ step: 'error', error: error instanceof CatalogueError ? error.message : UNREADABLE });
    }
  };

  return (
    <section className="save-to-catalogue" data-testid="save-to-catalogue-section">
      <button type="button" className="btn" data-testid="save-to-catalogue" disabled={stage.step === 'reading'} onClick={() => void readPage()}>
        {stage.step === 'reading' ? tr(PUBLISH_TEXT.reading) : tr(PUBLISH_TEXT.saveToCatalogue)}
      </button>
      {stage.step === 'error' && (
        <p className="error" role="alert">
          {tr(stage.error)}
        </p>
      )}
      {stage.step === 'read' && (
        <div className="save-to-catalogue-preview">
          <p>
            <strong>{stage.listing.name ?? '—'}</strong>
            <br />
            {stage.listing.price ? formatRupiah(stage.listing.price) : '—'} · {stage.listing.stock ?? '—'} · {stage.listing.sku ?? '—'} ·{' '}
            {stage.listing.photos.length} foto
          </p>
          <label>
            {tr(PUBLISH_TEXT.linkTo)}
            <input type="text" data-testid="save-to-catalogue-sku" value={linkSku} onChange={(e) => setLinkSku(e.target.value)} />
          </label>
          <div className="actions">
            <button type="button" className="btn" data-testid="save-to-catalogue-link" disabled={!linkSku.trim()} onClick={() => void save(stage.listing, 'linked')}>
              {tr(PUBLISH_TEXT.linkTo)}
            </button>
            <button type="button" className="btn btn-primary" data-testid="save-to-catalogue-new" onClick={() => void save(stage.listing, 'created')}>
              {tr(PUBLISH_TEXT.saveAsNew)}
            </button>
          </div>
        </div>
      )}
      {stage.step === 'done' && (
        <p role="status" data-testid="save-to-catalogue-result" data-sku={stage.sku} data-action={stage.action}>
          {tr(stage.action === 'created' ? PUBLISH_TEXT.savedNew : PUBLISH_TEXT.linked, { sku: stage.sku })}
        </p>
      )}
    </section>
  );
}
