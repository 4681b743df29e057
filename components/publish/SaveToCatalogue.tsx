/**
 * "Simpan ke katalog" in the panel on a marketplace's edit page (issue 4 §5): the seller sees what was
 * read off the page — and what was not — and whether it becomes a new product or a link on the product
 * that already has its SKU, then confirms. The background reads the page and writes the catalogue
 * (entrypoints/background/panel-save.ts): this iframe may be refused IndexedDB on the marketplace page.
 * Takes the panel's language as a prop: the panel has no i18next of its own.
 */
import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { SaveToCatalogueRequest } from '@/utils/messaging';
import { formatRupiah, groupThousands } from '@/utils/money';
import type { PlatformId } from '@/utils/platforms/hosts';
import { READ_FIELD_LABELS } from '@/utils/publish/save-to-catalogue';
import type { SavePreviewReply, SaveReply } from '@/entrypoints/background/panel-save';
import { usePageKind } from './use-page-kind';
import { pickText, type Bilingual } from '@/utils/bilingual';
import { SAVE_TEXT, type Language } from './save-to-catalogue-text';

type Preview = Extract<SavePreviewReply, { ok: true }>;
type Stage =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'preview'; preview: Preview; checking: boolean }
  | { step: 'saving'; preview: Preview }
  | { step: 'done'; result: Extract<SaveReply, { ok: true }> }
  | { step: 'error'; error: Bilingual };

/** How long the seller may pause typing an SKU before the catalogue is asked about it. */
const SKU_CHECK_MS = 300;

const NO_ANSWER: Bilingual = {
  id: 'Serentak tidak menjawab. Muat ulang halaman lalu coba lagi.',
  en: 'Serentak did not answer. Reload the page and try again.',
};

async function ask<T extends { ok: boolean }>(message: SaveToCatalogueRequest): Promise<T | { ok: false; error: Bilingual }> {
  try {
    return ((await browser.runtime.sendMessage(message)) as T | undefined) ?? { ok: false, error: NO_ANSWER };
  } catch {
    return { ok: false, error: NO_ANSWER };
  }
}

/** Shown on edit pages only: an add page has no listing to keep. */
export function SaveToCatalogue({ platform, language }: { platform: PlatformId; language: Language }) {
  const kind = usePageKind();
  if (kind !== 'edit') return null;
  return <SaveToCatalogueSection key={platform} language={language} />;
}

function SaveToCatalogueSection({ language }: { language: Language }) {
  const tr = (text: Bilingual, vars?: Record<string, string | number>) => pickText(text, language, vars);
  const [stage, setStage] = useState<Stage>({ step: 'idle' });
  const [sku, setSku] = useState('');
  const [update, setUpdate] = useState(false);
  const checkTimer = useRef<number>(undefined);
  useEffect(() => () => window.clearTimeout(checkTimer.current), []);

  const asked = useRef(0);
  const preview = async (typed?: string) => {
    const question = ++asked.current;
    const reply = await ask<SavePreviewReply>({ type: 'panel-save-preview', ...(typed === undefined ? {} : { sku: typed }) });
    // An answer to an earlier question (the seller kept typing) is stale: the newer one will answer.
    if (question !== asked.current) return;
    if (!reply.ok) return setStage({ step: 'error', error: reply.error });
    if (typed === undefined) setSku(reply.sku);
    setStage({ step: 'preview', preview: reply, checking: false });
  };

  const read = () => {
    setStage({ step: 'reading' });
    setUpdate(false);
    void preview();
  };

  const typeSku = (value: string) => {
    setSku(value);
    if (stage.step === 'preview') setStage({ ...stage, checking: true });
    window.clearTimeout(checkTimer.current);
    checkTimer.current = window.setTimeout(() => void preview(value), SKU_CHECK_MS);
  };

  const confirm = async (current: Preview) => {
    setStage({ step: 'saving', preview: current });
    const reply = await ask<SaveReply>({ type: 'panel-save-listing', sku: current.sku, update: current.action === 'linked' && update });
    setStage(reply.ok ? { step: 'done', result: reply } : { step: 'error', error: reply.error });
    // The panel's product list asks the background again when the seller comes back to the page
    // (use-panel-products.ts); the seller never left, so say so: the product just saved shows there.
    if (reply.ok) window.dispatchEvent(new Event('focus'));
  };

  const shown = stage.step === 'preview' || stage.step === 'saving' ? stage.preview : undefined;
  const busy = stage.step === 'reading' || stage.step === 'saving';
  return (
    <section className="save-to-catalogue" aria-labelledby="save-heading" style={{ borderBottom: '1px solid var(--line)', paddingBottom: 10, marginBottom: 8 }}>
      <h2 id="save-heading" className="subheading">
        {tr(SAVE_TEXT.heading)}
      </h2>
      <p className="muted small">{tr(SAVE_TEXT.explain)}</p>
      <button type="button" className="primary" data-testid="save-to-catalogue" aria-busy={stage.step === 'reading'} disabled={busy} onClick={read}>
        {stage.step === 'reading' ? tr(SAVE_TEXT.reading) : shown || stage.step === 'done' ? tr(SAVE_TEXT.readAgain) : tr(SAVE_TEXT.button)}
      </button>
      {stage.step === 'error' && (
        <p className="error" role="alert" data-testid="save-to-catalogue-error">
          {tr(stage.error)}
        </p>
      )}
      {shown && (
        <PreviewView
          preview={shown}
          tr={tr}
          sku={sku}
          onSku={typeSku}
          update={update}
          onUpdate={setUpdate}
          checking={stage.step === 'preview' && stage.checking}
          saving={stage.step === 'saving'}
          onConfirm={() => void confirm(shown)}
        />
      )}
      {stage.step === 'done' && (
        <p role="status" className="next-action" data-testid="save-to-catalogue-result" data-action={stage.result.action} data-sku={stage.result.sku}>
          {tr(stage.result.message)}
        </p>
      )}
    </section>
  );
}

type Tr = (text: Bilingual, vars?: Record<string, string | number>) => string;

interface PreviewProps {
  preview: Preview;
  tr: Tr;
  sku: string;
  onSku: (sku: string) => void;
  update: boolean;
  onUpdate: (update: boolean) => void;
  checking: boolean;
  saving: boolean;
  onConfirm: () => void;
}

function PreviewView({ preview, tr, sku, onSku, update, onUpdate, checking, saving, onConfirm }: PreviewProps) {
  const { read, action, existing } = preview;
  const none = tr(SAVE_TEXT.notRead);
  const rows: [Bilingual, string][] = [
    [READ_FIELD_LABELS.name, read.name ?? none],
    [READ_FIELD_LABELS.price, read.price ? formatRupiah(read.price) : none],
    [READ_FIELD_LABELS.stock, read.stock === undefined ? none : groupThousands(read.stock)],
    [READ_FIELD_LABELS.weight, read.weightGrams ? `${groupThousands(read.weightGrams)} g` : none],
    [READ_FIELD_LABELS.sku, read.sku ?? none],
    [READ_FIELD_LABELS.photos, read.photos ? tr(SAVE_TEXT.photos, { count: read.photos }) : none],
    [READ_FIELD_LABELS.description, read.description?.trim() ? excerpt(read.description) : none],
  ];
  const blocked = action === 'created' && preview.blocked.length > 0;
  return (
    <div data-testid="save-to-catalogue-preview" data-action={action} data-sku={preview.sku}>
      <h3 className="subheading">{tr(SAVE_TEXT.readTitle)}</h3>
      <dl className="facts">
        {rows.map(([label, value]) => (
          <div key={label.en} className="fact">
            <dt>{tr(label)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {preview.unread.length > 0 && (
        <p className="change change-warning" data-testid="save-to-catalogue-unread" data-fields={preview.unread.join(' ')}>
          {tr(SAVE_TEXT.unread, { fields: preview.unread.map((f) => tr(READ_FIELD_LABELS[f])).join(', ') })}
        </p>
      )}
      <label className="field-label" htmlFor="save-sku">
        {tr(SAVE_TEXT.skuLabel)}
      </label>
      <input id="save-sku" type="search" data-testid="save-to-catalogue-sku" value={sku} onChange={(e) => onSku(e.target.value)} />
      <p className="muted small" role="status" data-testid="save-to-catalogue-plan">
        {action === 'linked' && existing
          ? tr(SAVE_TEXT.willLink, { sku: existing.sku, name: existing.name, price: formatRupiah(existing.price), stock: groupThousands(existing.stock) })
          : tr(SAVE_TEXT.willCreate, { sku: preview.sku })}
      </p>
      {preview.replaces && (
        <p className="change change-warning">{tr(SAVE_TEXT.replaces, { id: preview.replaces.externalId ?? preview.replaces.url ?? '' })}</p>
      )}
      {action === 'linked' && (
        <label className="small">
          <input type="checkbox" data-testid="save-to-catalogue-update" checked={update} onChange={(e) => onUpdate(e.target.checked)} />{' '}
          {tr(SAVE_TEXT.updateFromPage)}
        </label>
      )}
      {blocked &&
        preview.blocked.map((reason) => (
          <p key={reason.en} className="change change-blocker" role="alert">
            {tr(reason)}
          </p>
        ))}
      <div className="fill-bar" style={{ position: 'static' }}>
        <button type="button" className="primary" data-testid="save-to-catalogue-confirm" aria-busy={saving} disabled={blocked || checking || saving || !sku.trim()} onClick={onConfirm}>
          {tr(action === 'linked' ? SAVE_TEXT.confirmLink : SAVE_TEXT.confirmCreate)}
        </button>
      </div>
    </div>
  );
}

const excerpt = (text: string) => (text.length > 140 ? `${text.slice(0, 140).trimEnd()}…` : text);
