/**
 * Per-platform rules a seller sets once (issue 4 §2): price markup rounded to a tidy rupiah step,
 * name prefix/suffix, description header/footer, default brand and condition, auto-submit.
 * Applied before the platform's own limits (`toListing`), so a markup can never push a price past them
 * unnoticed: the adapter still checks the result.
 */
import { z } from 'zod';
import type { ProductFile } from '../catalogue/schema';
import type { ListingChange } from '../fill/types';
import { formatRupiah } from '../money';

export const platformRulesSchema = z.object({
  markupPercent: z.number().min(-90).max(1000).default(0),
  markupFixed: z.number().int().min(-100_000_000).max(100_000_000).default(0),
  /** round the marked-up price up to a multiple of this (1 = no rounding) */
  roundTo: z.number().int().min(1).max(1_000_000).default(1),
  namePrefix: z.string().max(60).default(''),
  nameSuffix: z.string().max(60).default(''),
  descriptionHeader: z.string().max(2000).default(''),
  descriptionFooter: z.string().max(2000).default(''),
  /** used when the product has no brand of its own; empty = the platform's "no brand" */
  defaultBrand: z.string().max(100).default(''),
  /** used when the product says nothing; a product's own condition always wins */
  defaultCondition: z.enum(['new', 'used']).default('new'),
  /** press the platform's save button after a complete fill: opt-in, off by default */
  autoSubmit: z.boolean().default(false),
});
export type PlatformRules = z.infer<typeof platformRulesSchema>;
export const DEFAULT_RULES: PlatformRules = platformRulesSchema.parse({});

/** Price after markup, rounded up to the rule's step; never below Rp1. */
export function markedUpPrice(price: number, rules: PlatformRules): number {
  const raw = price * (1 + rules.markupPercent / 100) + rules.markupFixed;
  const step = rules.roundTo;
  return Math.max(1, Math.ceil(Math.round(raw) / step) * step);
}

/** The product with the seller's rules for one platform applied, and what changed, explained. */
export function applyRules(product: ProductFile, rules: PlatformRules): { product: ProductFile; changes: ListingChange[] } {
  const changes: ListingChange[] = [];
  const out: ProductFile = { ...product };
  const price = markedUpPrice(product.price, rules);
  if (price !== product.price) {
    out.price = price;
    changes.push({
      field: 'price',
      level: 'info',
      message: {
        id: `Harga disesuaikan aturan toko: ${formatRupiah(product.price)} → ${formatRupiah(price)}`,
        en: `Price adjusted by your shop rule: ${formatRupiah(product.price)} → ${formatRupiah(price)}`,
      },
    });
    if (product.variants) {
      out.variants = {
        ...product.variants,
        items: product.variants.items.map((item) => ({ ...item, price: markedUpPrice(item.price, rules) })),
      };
    }
  }
  const name = [rules.namePrefix.trim(), product.name, rules.nameSuffix.trim()].filter(Boolean).join(' ');
  if (name !== product.name) out.name = name;
  const description = [rules.descriptionHeader.trim(), product.description, rules.descriptionFooter.trim()]
    .filter(Boolean)
    .join('\n\n');
  if (description !== product.description) out.description = description;
  if (!product.brand && rules.defaultBrand.trim()) out.brand = rules.defaultBrand.trim();
  return { product: out, changes };
}
