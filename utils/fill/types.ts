/**
 * The words every stage of a fill shares: which fields exist, what a listing is (the product as one
 * platform receives it), and what a report says. Written with `zod/mini` because the content script
 * imports it and must stay small (DESIGN.md: content script ≤ 30 KB gzipped).
 */
import * as z from 'zod/mini';
import { PLATFORM_IDS, type PlatformId } from '../platforms/hosts';
import { bilingualSchema } from '../bilingual';

/** Report keys: one union for every platform (DESIGN.md test contract). */
export const FIELD_KEYS = [
  'name',
  'description',
  'price',
  'stock',
  'weight',
  'condition',
  'brand',
  'category',
  'photos',
  'sku',
  'minOrder',
  'dimensions',
  'variants',
  'preorder',
  // e-Katalog only
  'unit',
  'kbki',
  'tkdn',
  'pdn',
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];
export const fieldKeySchema = z.enum(FIELD_KEYS);
export const platformIdSchema = z.enum(PLATFORM_IDS as [PlatformId, ...PlatformId[]]);

const variantsSchema = z.object({
  options: z.array(z.object({ name: z.string(), values: z.array(z.string()) })),
  items: z.array(
    z.object({
      sku: z.string(),
      options: z.record(z.string(), z.string()),
      price: z.number(),
      stock: z.number(),
    }),
  ),
});

/** The product as one platform will receive it: limits applied, price rules applied, photos as data URLs. */
export const listingSchema = z.object({
  platform: platformIdSchema,
  sku: z.string(),
  name: z.string(),
  description: z.string(),
  price: z.number(),
  stock: z.number(),
  weightGrams: z.optional(z.number()),
  condition: z.enum(['new', 'used']),
  /** undefined = choose the platform's "no brand" option */
  brand: z.optional(z.string()),
  category: z.string(),
  /** a category path the seller chose on this platform before, tried before searching */
  categoryPath: z.optional(z.array(z.string())),
  photos: z.array(z.string()),
  minOrder: z.number(),
  dimensionsCm: z.optional(z.object({ length: z.number(), width: z.number(), height: z.number() })),
  preorderDays: z.optional(z.number()),
  variants: z.optional(variantsSchema),
  ekatalog: z.optional(
    z.object({
      unit: z.optional(z.string()),
      kbki: z.optional(z.string()),
      tkdn: z.optional(z.number()),
      pdn: z.optional(z.boolean()),
      /** "Dikenakan PPN": filled beside the KBKI code and reported on its line (no report key of its own) */
      ppn: z.optional(z.boolean()),
      sni: z.optional(z.string()),
    }),
  ),
});
export type Listing = z.infer<typeof listingSchema>;

/** One thing `toListing` changed or wants the seller to know, per field. `blocker` stops a publish. */
export const listingChangeSchema = z.object({
  field: fieldKeySchema,
  level: z.enum(['info', 'warning', 'blocker']),
  message: bilingualSchema,
});
export type ListingChange = z.infer<typeof listingChangeSchema>;

export const FIELD_STATUSES = ['filled', 'skipped', 'failed'] as const;
export type FieldStatus = (typeof FIELD_STATUSES)[number];

export const fieldReportSchema = z.object({
  field: fieldKeySchema,
  status: z.enum(FIELD_STATUSES),
  reason: bilingualSchema,
  /** how the field was found: "stable attribute", "label 'Nama Produk'", … (shown in the report) */
  matchedBy: z.optional(z.string()),
});
export type FieldReport = z.infer<typeof fieldReportSchema>;

export const fillReportSchema = z.object({
  runId: z.string(),
  platform: platformIdSchema,
  state: z.enum(['running', 'done']),
  fields: z.array(fieldReportSchema),
  /** what the seller must click to go on when the engine could not (e.g. a wizard step it cannot reach) */
  nextAction: z.optional(bilingualSchema),
  submitted: z.optional(z.boolean()),
  /** the category path chosen on this platform, to remember for next time (product.categoryPaths) */
  categoryPath: z.optional(z.array(z.string())),
  /** after auto-submit: the new listing's page and id */
  listingUrl: z.optional(z.string()),
  externalId: z.optional(z.string()),
  startedAt: z.number(),
  finishedAt: z.optional(z.number()),
});
export type FillReport = z.infer<typeof fillReportSchema>;

/**
 * The value one plan step puts into its field, already in the page's terms (photo file names, weight
 * in the page's unit). Here, not in plan.ts, because adapters' flows receive it too (define.ts): the
 * platforms and the engine both import this file, and neither imports the other's internals for it.
 */
export type StepValue =
  | { text: string }
  | { number: number }
  | { choice: string[]; shown: string }
  | { on: boolean }
  | { category: string; path?: string[] }
  | { photos: string[]; names: string[] }
  | { parts: Record<string, number> }
  | { preorderDays: number }
  | { variants: NonNullable<Listing['variants']> };

/** What filling one widget came to; a flow may return it too (define.ts `FlowResult`). */
export type Outcome =
  | { status: 'filled'; shown: string; categoryPath?: string[] }
  | { status: 'already' }
  | { status: 'locked'; why: 'readOnly' | 'disabled' }
  | { status: 'failed'; why: 'didNotStick' | 'optionMissing' | 'categoryMissing' | 'categoryNotKept' | 'photosRejected' | 'variantsIncomplete' | 'unitUnknown'; detail?: string };

/** Core fields: a fill where one of these failed ends `failed` (DESIGN.md publish states). */
export const CORE_FIELDS: readonly FieldKey[] = ['name', 'description', 'price', 'stock', 'weight', 'photos', 'condition'];
