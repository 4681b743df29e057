/**
 * The publish state machine as one pure function: (runs, event) → (runs, effects). The background
 * feeds it browser events (a tab opened, the content script said which page it is on, a fill report,
 * a tab closed) and carries out the effects it returns (open a tab, send the fill, save the listing
 * link). Pure so every transition is a table test with a fake tabs API, and so state is plain data
 * that survives the service worker dying.
 */
import type { PlatformId } from '../platforms/hosts';
import type { PageKind } from '../messaging';
import { CORE_FIELDS, type FillReport } from '../fill/types';
import type { Bilingual } from '../bilingual';
import { ACTIVE_STATES, type PlatformPublish, type PublishRuns, type PublishState } from './publish-state';

export interface PlatformRequest {
  platform: PlatformId;
  addUrl: string;
  autoSubmit: boolean;
  /** readiness blockers; non-empty = the platform is `blocked` and no tab opens */
  blocked: Bilingual[];
}

export type PublishEvent =
  | { type: 'start'; sku: string; platforms: PlatformRequest[] }
  /** one platform again, whatever its state (the seller pressed "Coba lagi") */
  | { type: 'retry'; sku: string; request: PlatformRequest }
  | { type: 'tab-opened'; sku: string; platform: PlatformId; tabId: number }
  | { type: 'tab-open-failed'; sku: string; platform: PlatformId; reason: Bilingual }
  | { type: 'page-status'; tabId: number; kind: PageKind; url: string }
  /** the tab's URL changed (tabs.onUpdated), seen before any content script runs there */
  | { type: 'tab-url'; tabId: number; url: string }
  | { type: 'fill-progress'; tabId: number; report: FillReport }
  /** the fill message got no answer (the page went away) or an error answer */
  | { type: 'fill-lost'; tabId: number; fillRunId: string; reason: Bilingual }
  | { type: 'tab-removed'; tabId: number }
  /** the page never said what it is (no content script: an error page, a host we do not know) */
  | { type: 'open-timeout'; tabId: number };

export type PublishEffect =
  | { type: 'open-tab'; sku: string; platform: PlatformId; url: string }
  | { type: 'navigate-tab'; tabId: number; url: string }
  | { type: 'send-fill'; sku: string; platform: PlatformId; tabId: number; fillRunId: string; autoSubmit: boolean }
  | { type: 'save-link'; sku: string; platform: PlatformId; url: string; externalId?: string }
  /** the categories the engine chose, per platform, tried first next time: one catalogue write */
  | { type: 'remember-categories'; sku: string; paths: Partial<Record<PlatformId, string[]>> };

/** What the pure machine needs to know about the world. */
export interface PublishEnv {
  now: number;
  newId: () => string;
  /** the URL is on this platform's login host or login path */
  isLoginUrl: (platform: PlatformId, url: string) => boolean;
  /** the URL is on one of this platform's seller or login hosts */
  isPlatformUrl: (platform: PlatformId, url: string) => boolean;
  /** the listing id in an edit-page URL of this platform, if it is one */
  listingIdFromUrl: (platform: PlatformId, url: string) => string | undefined;
}

export interface Step {
  runs: PublishRuns;
  effects: PublishEffect[];
}

const REASONS = {
  tabClosed: { id: 'Tab ditutup sebelum selesai', en: 'The tab was closed before it finished' },
  tabClosedUnsaved: { id: 'Tab ditutup sebelum produk disimpan', en: 'The tab was closed before the product was saved' },
  leftPage: (url: string) => ({
    id: `Tab pindah ke halaman lain saat mengisi (${url})`,
    en: `The tab moved to another page while filling (${url})`,
  }),
  noAnswer: {
    id: 'Halaman tidak terbuka atau tidak dikenali; coba lagi',
    en: 'The page did not open or was not recognised; try again',
  },
  notAddPage: (url: string) => ({
    id: `Halaman tambah produk tidak terbuka (terbuka: ${url})`,
    en: `The add-product page did not open (opened: ${url})`,
  }),
  signIn: { id: 'Masuk ke akun penjual di tab itu; pengisian lanjut setelahnya', en: 'Sign in to the seller account in that tab; filling resumes after' },
  coreFailed: (fields: string[], first: Bilingual) => ({
    id: `Gagal mengisi ${fields.join(', ')}: ${first.id}`,
    en: `Could not fill ${fields.join(', ')}: ${first.en}`,
  }),
  reviewThen: { id: 'Periksa formulir lalu simpan di marketplace', en: 'Review the form, then save it on the marketplace' },
};

type Found = { sku: string; platform: PlatformId; entry: PlatformPublish };

/** The product × platform a tab belongs to (a tab serves one platform of one product). */
function byTab(runs: PublishRuns, tabId: number): Found | undefined {
  for (const run of Object.values(runs))
    for (const [platform, entry] of Object.entries(run.platforms))
      if (entry?.tabId === tabId) return { sku: run.sku, platform: platform as PlatformId, entry };
  return undefined;
}

function put(runs: PublishRuns, sku: string, platform: PlatformId, entry: PlatformPublish): PublishRuns {
  const run = runs[sku] ?? { sku, startedAt: entry.updatedAt, platforms: {} };
  return { ...runs, [sku]: { ...run, platforms: { ...run.platforms, [platform]: entry } } };
}

function to(entry: PlatformPublish, state: PublishState, env: PublishEnv, extra: Partial<PlatformPublish> = {}): PlatformPublish {
  return { ...entry, reasons: [], ...extra, state, updatedAt: env.now };
}

/** Begin (or begin again) one platform: blocked, or a tab — the open one when there is one. */
function begin(runs: PublishRuns, sku: string, request: PlatformRequest, env: PublishEnv): Step {
  const old = runs[sku]?.platforms[request.platform];
  const base: PlatformPublish = {
    state: 'queued',
    reasons: [],
    autoSubmit: request.autoSubmit,
    addUrl: request.addUrl,
    updatedAt: env.now,
  };
  if (request.blocked.length) return { runs: put(runs, sku, request.platform, { ...base, state: 'blocked', reasons: request.blocked }), effects: [] };
  if (old?.tabId !== undefined) {
    const entry = { ...base, state: 'opening' as const, tabId: old.tabId };
    return { runs: put(runs, sku, request.platform, entry), effects: [{ type: 'navigate-tab', tabId: old.tabId, url: request.addUrl }] };
  }
  return {
    runs: put(runs, sku, request.platform, base),
    effects: [{ type: 'open-tab', sku, platform: request.platform, url: request.addUrl }],
  };
}

function startFill(runs: PublishRuns, f: Found, env: PublishEnv): Step {
  const fillRunId = env.newId();
  const entry = to(f.entry, 'filling', env, { fillRunId });
  return {
    runs: put(runs, f.sku, f.platform, entry),
    effects: [{ type: 'send-fill', sku: f.sku, platform: f.platform, tabId: entry.tabId!, fillRunId, autoSubmit: entry.autoSubmit }],
  };
}

/** The marketplace saved the listing: the page is now its edit page. */
function saved(runs: PublishRuns, f: Found, url: string, externalId: string | undefined, env: PublishEnv): Step {
  if (f.entry.state === 'submitted' && f.entry.link?.url === url) return { runs, effects: [] };
  const entry = to(f.entry, 'submitted', env, { link: { url, externalId } });
  return { runs: put(runs, f.sku, f.platform, entry), effects: [{ type: 'save-link', sku: f.sku, platform: f.platform, url, externalId }] };
}

function onPageStatus(runs: PublishRuns, f: Found, kind: PageKind, url: string, env: PublishEnv): Step {
  const s = f.entry.state;
  const unchanged = { runs, effects: [] };
  if (kind === 'login') {
    if (s === 'submitted' || s === 'filled' || s === 'blocked') return unchanged;
    return { runs: put(runs, f.sku, f.platform, to(f.entry, 'needs-login', env, { reasons: [REASONS.signIn] })), effects: [] };
  }
  if (kind === 'add') {
    // A wizard step or a re-render re-announces the add page mid-fill: not a reason to fill again.
    if (s === 'opening' || s === 'needs-login') return startFill(runs, f, env);
    return unchanged;
  }
  if (kind === 'edit') {
    if (s === 'filling' || s === 'filled' || s === 'submitted') return saved(runs, f, url, env.listingIdFromUrl(f.platform, url), env);
    if (s === 'opening') return failWith(runs, f, REASONS.notAddPage(url), env);
    return unchanged;
  }
  // list / other
  if (s === 'filling') return failWith(runs, f, REASONS.leftPage(url), env);
  if (s === 'opening' && kind === 'list') return failWith(runs, f, REASONS.notAddPage(url), env);
  return unchanged;
}

function failWith(runs: PublishRuns, f: Found, reason: Bilingual, env: PublishEnv): Step {
  return { runs: put(runs, f.sku, f.platform, to(f.entry, 'failed', env, { reasons: [reason], fillRunId: undefined })), effects: [] };
}

function onTabUrl(runs: PublishRuns, f: Found, url: string, env: PublishEnv): Step {
  const s = f.entry.state;
  if (env.isLoginUrl(f.platform, url))
    return onPageStatus(runs, f, 'login', url, env);
  if (!env.isPlatformUrl(f.platform, url) && (s === 'filling' || s === 'opening'))
    return failWith(runs, f, REASONS.leftPage(url), env);
  // A save that moves to the edit URL shows here even when the content script is slow to say so.
  const externalId = env.listingIdFromUrl(f.platform, url);
  if (externalId && (s === 'filled' || (s === 'submitted' && !f.entry.link) || (s === 'filling' && f.entry.autoSubmit)))
    return saved(runs, f, url, externalId, env);
  return { runs, effects: [] };
}

function onReport(runs: PublishRuns, f: Found, report: FillReport, env: PublishEnv): Step {
  const unchanged = { runs, effects: [] };
  if (report.runId !== f.entry.fillRunId || f.entry.state !== 'filling' || report.state !== 'done') return unchanged;
  const coreFailures = report.fields.filter((r) => r.status === 'failed' && CORE_FIELDS.includes(r.field));
  if (coreFailures.length)
    return failWith(runs, f, REASONS.coreFailed(coreFailures.map((r) => r.field), coreFailures[0]!.reason), env);
  // kept on the entry until the product's other fills are done (rememberWhenSettled)
  const chosen = report.categoryPath?.length ? { ...f, entry: { ...f.entry, categoryPath: report.categoryPath } } : f;
  if (report.submitted) {
    const url = report.listingUrl;
    if (url) return saved(runs, chosen, url, report.externalId ?? env.listingIdFromUrl(f.platform, url), env);
    return { runs: put(runs, f.sku, f.platform, to(chosen.entry, 'submitted', env)), effects: [] };
  }
  const reasons = report.nextAction ? [report.nextAction] : [REASONS.reviewThen];
  return { runs: put(runs, f.sku, f.platform, to(chosen.entry, 'filled', env, { reasons })), effects: [] };
}

/** Work a tab is still doing on its own (needs-login waits for the seller, who may take all day). */
const BUSY: readonly PublishState[] = ['queued', 'opening', 'filling'];

/**
 * The categories the fills chose are written to the catalogue in one save per product, once none of
 * its tabs is still busy. Every catalogue write makes each open dashboard re-read the whole catalogue
 * (its live query): one write per platform while the others were still filling held the dashboard's
 * live status up by seconds with 20,000 products (measured with scripts/bench/publish.bench.mjs).
 */
function rememberWhenSettled(step: Step): Step {
  let { runs, effects } = step;
  for (const run of Object.values(step.runs)) {
    const entries = Object.entries(run.platforms) as [PlatformId, PlatformPublish][];
    if (!entries.some(([, e]) => e.categoryPath) || entries.some(([, e]) => BUSY.includes(e.state))) continue;
    const paths = Object.fromEntries(entries.flatMap(([p, e]) => (e.categoryPath ? [[p, e.categoryPath]] : [])));
    const platforms = Object.fromEntries(entries.map(([p, e]) => [p, { ...e, categoryPath: undefined }]));
    runs = { ...runs, [run.sku]: { ...run, platforms } };
    effects = [...effects, { type: 'remember-categories', sku: run.sku, paths }];
  }
  return runs === step.runs ? step : { runs, effects };
}

export function publishStep(runs: PublishRuns, event: PublishEvent, env: PublishEnv): Step {
  return rememberWhenSettled(decide(runs, event, env));
}

function decide(runs: PublishRuns, event: PublishEvent, env: PublishEnv): Step {
  switch (event.type) {
    case 'start': {
      let step: Step = { runs, effects: [] };
      for (const request of event.platforms) {
        const state = runs[event.sku]?.platforms[request.platform]?.state;
        // A double click: work already under way (or a form waiting for review) opens nothing new.
        if (state && (ACTIVE_STATES.includes(state) || state === 'filled')) continue;
        const next = begin(step.runs, event.sku, request, env);
        step = { runs: next.runs, effects: [...step.effects, ...next.effects] };
      }
      return step;
    }
    case 'retry':
      return begin(runs, event.sku, event.request, env);
    case 'tab-opened': {
      const entry = runs[event.sku]?.platforms[event.platform];
      if (!entry || entry.state !== 'queued') return { runs, effects: [] };
      return { runs: put(runs, event.sku, event.platform, to(entry, 'opening', env, { tabId: event.tabId })), effects: [] };
    }
    case 'tab-open-failed': {
      const entry = runs[event.sku]?.platforms[event.platform];
      if (!entry) return { runs, effects: [] };
      return { runs: put(runs, event.sku, event.platform, to(entry, 'failed', env, { reasons: [event.reason] })), effects: [] };
    }
    case 'page-status': {
      const f = byTab(runs, event.tabId);
      return f ? onPageStatus(runs, f, event.kind, event.url, env) : { runs, effects: [] };
    }
    case 'tab-url': {
      const f = byTab(runs, event.tabId);
      return f ? onTabUrl(runs, f, event.url, env) : { runs, effects: [] };
    }
    case 'fill-progress': {
      const f = byTab(runs, event.tabId);
      return f ? onReport(runs, f, event.report, env) : { runs, effects: [] };
    }
    case 'fill-lost': {
      const f = byTab(runs, event.tabId);
      if (!f || f.entry.state !== 'filling' || f.entry.fillRunId !== event.fillRunId) return { runs, effects: [] };
      return failWith(runs, f, event.reason, env);
    }
    case 'open-timeout': {
      const f = byTab(runs, event.tabId);
      return f?.entry.state === 'opening' ? failWith(runs, f, REASONS.noAnswer, env) : { runs, effects: [] };
    }
    case 'tab-removed': {
      const f = byTab(runs, event.tabId);
      if (!f) return { runs, effects: [] };
      const s = f.entry.state;
      if (s === 'submitted' || s === 'failed' || s === 'blocked')
        return { runs: put(runs, f.sku, f.platform, { ...f.entry, tabId: undefined }), effects: [] };
      // Closed with a filled form not yet saved: nothing reached the marketplace — say so, never success.
      const reason = s === 'filled' ? REASONS.tabClosedUnsaved : REASONS.tabClosed;
      return { runs: put(runs, f.sku, f.platform, to(f.entry, 'failed', env, { reasons: [reason], tabId: undefined, fillRunId: undefined })), effects: [] };
    }
  }
}
