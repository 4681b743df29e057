// What a drifted replica must hold after the keripik is filled: per platform, the fields its form has and,
// per field, whether the page's committed model equals the product. Used by drift.spec.ts; the drift
// itself (`?drift=<seed>`) is tests/fixtures/_lib/drift.js.
import { isDeepStrictEqual } from 'node:util';
import { gramsOf, KERIPIK, photoOrder } from './fill-panel';

export type Model = Record<string, unknown>;

export interface DriftPlatform {
  id: string;
  addUrl: string;
  /** the category path the engine must choose (a prefix of it is an unfinished choice, not a wrong one) */
  categoryPath: string[];
  /** report keys of the fields this form has (every seed keeps them all: drift moves, renames, adds) */
  fields: string[];
  /** model keys the engine may set besides the fields (right values only) */
  extras?: Record<string, (m: Model) => boolean>;
}

const NO_BRAND = /^(no brand|tidak ada merek|tidak bermerek|tanpa merek)$/i;
const FOOD = ['Makanan & Minuman', 'Makanan Ringan', 'Keripik'];
const CORE = ['name', 'description', 'price', 'stock', 'weight', 'brand', 'category', 'photos', 'sku', 'dimensions'];

export const DRIFT_PLATFORMS: DriftPlatform[] = [
  { id: 'shopee', addUrl: 'https://seller.shopee.co.id/portal/product/new', categoryPath: FOOD, fields: [...CORE, 'condition', 'minOrder'] },
  { id: 'tiktok-tokopedia', addUrl: 'https://seller-id.tokopedia.com/product/create', categoryPath: FOOD, fields: [...CORE, 'condition'] },
  { id: 'lazada', addUrl: 'https://sellercenter.lazada.co.id/apps/product/publish', categoryPath: ['Groceries', 'Snacks', 'Chips & Crisps'], fields: CORE },
  { id: 'blibli', addUrl: 'https://seller.blibli.com/product/create', categoryPath: FOOD, fields: [...CORE, 'condition'] },
  {
    id: 'ekatalog',
    addUrl: 'https://katalog.inaproc.id/penyedia/produk/tambah',
    categoryPath: FOOD,
    fields: [...CORE, 'minOrder', 'unit', 'kbki', 'tkdn', 'pdn'],
    extras: { ppn: (m) => m.ppn === KERIPIK.ekatalog.ppn },
  },
];

/** Per report key: the model keys it writes, and whether the model holds the product's value. */
const FIELD: Record<string, { keys: string[]; right: (m: Model, p: DriftPlatform) => boolean }> = {
  name: { keys: ['name'], right: (m) => m.name === KERIPIK.name },
  description: { keys: ['description'], right: (m) => m.description === KERIPIK.description },
  price: { keys: ['price'], right: (m) => m.price === KERIPIK.price },
  stock: { keys: ['stock'], right: (m) => m.stock === KERIPIK.stock },
  // the unit alone (g ↔ kg menu) is no value: the weight is judged in grams
  weight: { keys: ['weight'], right: (m) => gramsOf(m) === KERIPIK.weightGrams },
  condition: { keys: ['condition'], right: (m) => m.condition === KERIPIK.condition },
  brand: { keys: ['brand'], right: (m) => NO_BRAND.test(String(m.brand ?? '')) },
  category: { keys: ['category'], right: (m, p) => isDeepStrictEqual(m.category, p.categoryPath) },
  photos: { keys: ['photos'], right: (m) => isDeepStrictEqual(photoOrder(m.photos as string[]), [1, 2, 3]) },
  sku: { keys: ['sku'], right: (m) => m.sku === KERIPIK.sku },
  minOrder: { keys: ['minOrder'], right: (m) => m.minOrder === KERIPIK.minOrder },
  dimensions: { keys: ['dimensions'], right: (m) => isDeepStrictEqual(m.dimensions, KERIPIK.dimensionsCm) },
  unit: { keys: ['unit'], right: (m) => String(m.unit ?? '').toLowerCase() === KERIPIK.ekatalog.unit },
  kbki: { keys: ['kbki'], right: (m) => m.kbki === KERIPIK.ekatalog.kbki },
  tkdn: { keys: ['tkdn'], right: (m) => m.tkdn === KERIPIK.ekatalog.tkdn },
  pdn: { keys: ['pdn'], right: (m) => m.pdn === KERIPIK.ekatalog.pdn },
};
/** Keys the engine never writes but the page itself may change while it is filled. */
const PAGE_OWNED = new Set(['weightUnit', 'variants']);

export type Outcome = 'right' | 'failed' | 'wrong';
export interface SeedResult {
  seed: number;
  ops: string;
  outcomes: Record<string, Outcome>;
  /** what broke the contract: a wrong value, a skip of a field the form has, `filled` over a wrong model */
  problems: string[];
}

const unchanged = (now: Model, before: Model, keys: string[]) => keys.every((k) => isDeepStrictEqual(now[k], before[k]));

/** A category walked part of the way down the right path (a wizard that split its levels, say). */
const unfinished = (field: string, m: Model, p: DriftPlatform) =>
  field === 'category' && Array.isArray(m.category) && m.category.length < p.categoryPath.length && m.category.every((name, i) => name === p.categoryPath[i]);

/** Judges one fill: the report's statuses against the committed model before and after. */
export function judge(p: DriftPlatform, seed: number, ops: string, statuses: Record<string, string>, before: Model, after: Model, decoys: Record<string, string>): SeedResult {
  const outcomes: Record<string, Outcome> = {};
  const problems: string[] = [];
  for (const field of p.fields) {
    const f = FIELD[field];
    if (!f) throw new Error(`drift-cases: no check for the field ${field}`);
    const status = statuses[field] ?? 'missing';
    const value = JSON.stringify(f.keys.map((k) => after[k]));
    const right = f.right(after, p);
    const empty = !right && (unchanged(after, before, f.keys) || unfinished(field, after, p));
    outcomes[field] = right && status === 'filled' ? 'right' : right || empty ? 'failed' : 'wrong';
    if (!right && !empty) problems.push(`${field}: wrong value ${value} (reported ${status})`);
    else if (status === 'filled' && !right) problems.push(`${field}: reported filled, page holds ${value}`);
    else if (status === 'skipped' || status === 'missing') problems.push(`${field}: reported ${status} but the form has it`);
    if (status !== 'filled' && status !== 'failed' && outcomes[field] === 'right') outcomes[field] = 'failed';
  }
  const judged = new Set(p.fields.flatMap((f) => FIELD[f]?.keys ?? []));
  for (const key of Object.keys(after)) {
    if (judged.has(key) || PAGE_OWNED.has(key) || isDeepStrictEqual(after[key], before[key])) continue;
    if (p.extras?.[key]?.(after)) continue;
    problems.push(`${key}: a value where none belongs ${JSON.stringify(after[key])}`);
  }
  for (const [label, value] of Object.entries(decoys)) if (value !== '') problems.push(`decoy "${label}" holds ${JSON.stringify(value)}`);
  return { seed, ops, outcomes, problems };
}

/** The console table: per platform, fields filled right / reported failed / wrong, and seeds with problems. */
export function summarise(results: Map<string, SeedResult[]>): string {
  const lines = [
    '| platform | seeds | fields filled right | reported failed | wrong values | dishonest reports | seeds with a problem | failed most often |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const [platform, list] of results) {
    const all = list.flatMap((r) => Object.values(r.outcomes));
    const problems = list.flatMap((r) => r.problems);
    const wrong = problems.filter((x) => /wrong value|decoy|where none belongs/.test(x)).length;
    const bad = list.filter((r) => r.problems.length).map((r) => r.seed);
    const failedBy = new Map<string, number>();
    for (const r of list) for (const [field, o] of Object.entries(r.outcomes)) if (o === 'failed') failedBy.set(field, (failedBy.get(field) ?? 0) + 1);
    const most = [...failedBy].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([f, n]) => `${f} ×${n}`).join(', ');
    lines.push(`| ${platform} | ${list.length} | ${all.filter((x) => x === 'right').length} / ${all.length} | ${all.filter((x) => x === 'failed').length} | ${wrong} | ${problems.length - wrong} | ${bad.join(', ') || '—'} | ${most || '—'} |`);
  }
  return lines.join('\n');
}
