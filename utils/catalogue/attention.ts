/**
 * Why a product is not ready to publish everywhere: the "needs attention" filter and the popup count.
 * Each reason is something every marketplace asks for, so fixing them once helps on all of them.
 */
import type { Bilingual } from '../bilingual';
import type { StoredProduct } from './schema';

type Check = { when: (p: Pick<StoredProduct, AttentionFields>) => boolean; reason: Bilingual };
type AttentionFields = 'photos' | 'weightGrams' | 'category' | 'stock' | 'description' | 'variants';

export const ATTENTION_CHECKS: Check[] = [
  { when: (p) => p.photos.length === 0, reason: { id: 'Belum ada foto', en: 'No photo yet' } },
  // Every marketplace needs the parcel weight to work out shipping.
  { when: (p) => p.weightGrams === undefined, reason: { id: 'Berat belum diisi', en: 'No weight' } },
  { when: (p) => p.category.trim() === '', reason: { id: 'Kategori belum diisi', en: 'No category' } },
  { when: (p) => p.description.trim() === '', reason: { id: 'Deskripsi masih kosong', en: 'No description' } },
  { when: (p) => totalStock(p) === 0, reason: { id: 'Stok habis', en: 'Out of stock' } },
];

/** A product with variants sells from its variants' stock. */
export function totalStock(p: Pick<StoredProduct, 'stock' | 'variants'>): number {
  return p.variants ? p.variants.items.reduce((sum, item) => sum + item.stock, 0) : p.stock;
}

export function attentionReasons(p: Pick<StoredProduct, AttentionFields>): Bilingual[] {
  return ATTENTION_CHECKS.filter((check) => check.when(p)).map((check) => check.reason);
}

export function needsAttention(p: Pick<StoredProduct, AttentionFields>): boolean {
  return ATTENTION_CHECKS.some((check) => check.when(p));
}
