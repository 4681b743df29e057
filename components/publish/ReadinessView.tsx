/**
 * The readiness matrix (issue 4 §1): product × marketplace, one badge per cell with its reasons, so a
 * seller fixes what blocks a listing before any tab opens. Products with blockers come first; Shopee
 * cells with non-square photos offer to pad them to square on white.
 */
import { useMemo, useState } from 'react';
import { catalogue } from '@/utils/catalogue/api';
import { useProducts } from '@/utils/catalogue/live';
import type { StoredProduct } from '@/utils/catalogue/schema';
import type { PlatformId } from '@/utils/platforms/hosts';
import { padPhotosToSquare } from '@/utils/publish/pad-square';
import { photoFactsOf, readiness, type Readiness } from '@/utils/publish/readiness';
import { rulesFor } from '@/utils/publish/rules-setting';
import { useUiStore } from '@/utils/ui-store';
import { useEnabledPlatforms } from '../settings/PlatformSwitches';
import { PLATFORM_NAMES } from '../settings/platform-names';
import { ReadinessIssues } from './ReadinessIssues';
import { PUBLISH_TEXT, usePublishText, VERDICT_TEXT } from './text';
import { usePublishSettings } from './use-publish-state';

/** Enough rows to work through; thousands of rows × five cells would only slow the page. */
const MAX_ROWS = 300;
const RANK = { blocked: 0, changes: 1, ready: 2 } as const;

type Row = { product: StoredProduct; cells: Readiness[]; worst: number };

function Cell({ product, check }: { product: StoredProduct; check: Readiness }) {
  const { tr } = usePublishText();
  const showToast = useUiStore((s) => s.showToast);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const canPad = check.issues.some((i) => i.fix === 'pad-square');
  const pad = async () => {
    setBusy(true);
    try {
      await catalogue.save({ ...product, photos: await padPhotosToSquare(product.photos) });
      showToast({ message: PUBLISH_TEXT.padded });
    } finally {
      setBusy(false);
    }
  };
  return (
    <td data-testid="readiness-cell" data-platform={check.platform} data-verdict={check.verdict}>
      <button type="button" className={`badge readiness-${check.verdict}`} aria-expanded={open} disabled={check.issues.length === 0} onClick={() => setOpen(!open)}>
        {tr(VERDICT_TEXT[check.verdict])}
        {check.issues.length > 0 && ` (${check.issues.length})`}
      </button>
      {open && <ReadinessIssues issues={check.issues} />}
      {open && canPad && (
        <button type="button" className="btn btn-small" data-testid="readiness-pad-square" disabled={busy} onClick={() => void pad()}>
          {tr(PUBLISH_TEXT.padSquare)}
        </button>
      )}
    </td>
  );
}

export function ReadinessView() {
  const { tr } = usePublishText();
  const products = useProducts();
  const [enabled] = useEnabledPlatforms();
  const [settings] = usePublishSettings();
  const [onlyProblems, setOnlyProblems] = useState(true);
  const platforms: PlatformId[] = enabled ?? [];

  const rows = useMemo<Row[]>(() => {
    if (!products) return [];
    return products
      .map((product) => {
        const facts = photoFactsOf(product);
        const cells = platforms.map((p) => readiness(facts, p, rulesFor(settings, p)));
        return { product, cells, worst: Math.min(2, ...cells.map((c) => RANK[c.verdict])) };
      })
      .filter((r) => !onlyProblems || r.worst < 2)
      .sort((a, b) => a.worst - b.worst);
  }, [products, platforms.join(), settings, onlyProblems]);

  const shown = rows.slice(0, MAX_ROWS);
  return (
    <section className="readiness" aria-labelledby="readiness-title" data-testid="readiness-matrix">
      <h1 id="readiness-title">{tr(PUBLISH_TEXT.readinessTitle)}</h1>
      <p className="field-hint">{tr(PUBLISH_TEXT.readinessHint)}</p>
      <label className="check choice">
        <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} /> {tr(PUBLISH_TEXT.onlyProblems)}
      </label>
      {!products ? (
        <p>{tr(PUBLISH_TEXT.loading)}</p>
      ) : (
        <>
          <p className="field-hint">{tr(PUBLISH_TEXT.shownOf, { shown: shown.length, total: rows.length })}</p>
          <table className="readiness-table">
            <thead>
              <tr>
                <th scope="col">{tr(PUBLISH_TEXT.product)}</th>
                {platforms.map((p) => (
                  <th key={p} scope="col">
                    {PLATFORM_NAMES[p]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map(({ product, cells }) => (
                <tr key={product.sku} data-testid="readiness-row" data-sku={product.sku}>
                  <th scope="row">
                    {product.name} <span className="sku">{product.sku}</span>
                  </th>
                  {cells.map((check) => (
                    <Cell key={check.platform} product={product} check={check} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
