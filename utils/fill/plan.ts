/**
 * Plan stage: the listing turned into plain steps (field, stage, widget, value) that can be logged,
 * diffed and asserted on before anything touches the page (after Bitwarden's fill script). Values are
 * already in the page's terms: weight in its unit, choices as the labels to look for.
 */
import { fieldSpec, type Platform, type WidgetKind } from '../platforms/define';
import { CONDITION_LABELS, NO_BRAND_LABELS, NO_BRAND_WORDS, NO_LABELS, YES_LABELS } from '../platforms/labels';
import { reason } from './reasons';
import type { FieldKey, Listing, StepValue } from './types';
import type { Bilingual } from '../bilingual';

export type PlanStep =
  | { field: FieldKey; action: 'fill'; stage: number; kind: WidgetKind; value: StepValue }
  | { field: FieldKey; action: 'skip'; stage: number; reason: Bilingual };

/**
 * Fill order within a stage: category first (choosing it re-mounts the attribute section and can
 * reset fields filled before it), brand after it (its options depend on the category), variants before
 * price and stock (a variant table replaces the single price and stock inputs).
 */
export const FILL_ORDER: readonly FieldKey[] = [
  'photos', 'name', 'category', 'brand', 'condition', 'description', 'variants', 'price', 'stock', 'sku',
  'minOrder', 'weight', 'dimensions', 'preorder', 'unit', 'kbki', 'tkdn', 'pdn',
];

function stageOf(platform: Platform, field: FieldKey): number {
  if (!platform.steps) return 0;
  const index = platform.steps.findIndex((s) => s.fields.includes(field));
  return index < 0 ? platform.steps.length - 1 : index;
}

/** The value a listing gives a field, in the page's terms; undefined = nothing to fill. */
function valueFor(platform: Platform, field: FieldKey, listing: Listing): StepValue | undefined {
  const spec = fieldSpec(platform, field)!;
  const ek = listing.ekatalog;
  switch (field) {
    case 'name':
    case 'description':
    case 'sku':
      return { text: listing[field] };
    case 'price':
    case 'stock':
    case 'minOrder':
      return { number: listing[field] };
    case 'weight': {
      if (listing.weightGrams === undefined) return undefined;
      const unit = spec.unit ?? platform.limits.weightUnit;
      return { number: unit === 'kg' ? Math.round(listing.weightGrams) / 1000 : Math.round(listing.weightGrams) };
    }
    case 'condition': {
      const labels = spec.options?.[listing.condition] ?? CONDITION_LABELS[listing.condition];
      return { choice: labels, shown: labels[0]! };
    }
    case 'brand': {
      if (listing.brand) return { choice: [listing.brand], shown: listing.brand };
      // the adapter's own wording first, then the shared synonyms (an English page says "Unbranded")
      const labels = spec.none ? [...new Set([...spec.none, ...NO_BRAND_WORDS])] : NO_BRAND_LABELS;
      return { choice: labels, shown: labels[0]! };
    }
    case 'category':
      return listing.category || listing.categoryPath?.length
        ? { category: listing.category, path: listing.categoryPath }
        : undefined;
    case 'photos':
      return listing.photos.length
        ? { photos: listing.photos, names: listing.photos.map((_, i) => `${listing.sku}-${i + 1}`) }
        : undefined;
    case 'dimensions':
      return listing.dimensionsCm ? { parts: { ...listing.dimensionsCm } } : undefined;
    case 'preorder':
      return listing.preorderDays ? { preorderDays: listing.preorderDays } : undefined;
    case 'variants':
      return listing.variants?.items.length ? { variants: listing.variants } : undefined;
    case 'unit':
      return ek?.unit ? (spec.kind === 'text' ? { text: ek.unit } : { choice: [ek.unit], shown: ek.unit }) : undefined;
    case 'kbki':
      return ek?.kbki ? (spec.kind === 'text' ? { text: ek.kbki } : { choice: [ek.kbki], shown: ek.kbki }) : undefined;
    case 'tkdn':
      return ek?.tkdn !== undefined ? { number: ek.tkdn } : undefined;
    case 'pdn':
      if (ek?.pdn === undefined) return undefined;
      if (spec.kind === 'radio' || spec.kind === 'select') {
        const labels = spec.options?.[String(ek.pdn)] ?? (ek.pdn ? YES_LABELS : NO_LABELS);
        return { choice: labels, shown: labels[0]! };
      }
      return { on: ek.pdn };
  }
}

/** Every field key gets exactly one step, in fill order. */
export function planFill(platform: Platform, listing: Listing): PlanStep[] {
  const steps: PlanStep[] = [];
  for (const field of FILL_ORDER) {
    const spec = fieldSpec(platform, field);
    const stage = stageOf(platform, field);
    if (!spec) {
      steps.push({ field, action: 'skip', stage, reason: reason.unsupported() });
      continue;
    }
    const value = valueFor(platform, field, listing);
    if (!value) {
      steps.push({ field, action: 'skip', stage, reason: field === 'preorder' ? reason.readyStock() : reason.noValue() });
      continue;
    }
    // a variant table the adapter cannot describe is left to the seller; base price and stock still go in
    if ('variants' in value && !spec.grid) {
      steps.push({ field, action: 'skip', stage, reason: reason.variantsByHand(platform.label) });
      continue;
    }
    steps.push({ field, action: 'fill', stage, kind: spec.kind, value });
  }
  // stable across stages: stage first, fill order within
  return steps.sort((a, b) => a.stage - b.stage || FILL_ORDER.indexOf(a.field) - FILL_ORDER.indexOf(b.field));
}
