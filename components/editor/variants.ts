/**
 * The variants editor's arithmetic, kept pure: option groups (up to two, e.g. Warna × Ukuran) become a
 * row per combination; rows the seller already filled keep their SKU, price and stock when a value is
 * added or removed; the product's base price and total stock follow the rows.
 */
export const MAX_OPTION_GROUPS = 2;

export interface OptionGroupDraft {
  name: string;
  /** as typed: "Merah, Biru, Hijau" */
  values: string;
}

export interface VariantRowDraft {
  options: Record<string, string>;
  sku: string;
  price: string;
  stock: string;
}

/** "Merah, Biru,  merah ," → ["Merah", "Biru"]: trimmed, empty and repeated (case-insensitive) dropped. */
export function splitValues(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(',')) {
    const value = raw.trim();
    if (!value || seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    out.push(value);
  }
  return out;
}

/** Every combination, first group outermost: Merah/S, Merah/M, Biru/S, Biru/M. */
export function combinations(groups: readonly { name: string; values: readonly string[] }[]): Record<string, string>[] {
  const usable = groups.filter((g) => g.name.trim() && g.values.length > 0);
  if (usable.length === 0) return [];
  let out: Record<string, string>[] = [{}];
  for (const group of usable) {
    const name = group.name.trim();
    out = out.flatMap((partial) => group.values.map((value) => ({ ...partial, [name]: value })));
  }
  return out;
}

/** "KRP-01" + {Warna: "Merah Tua", Ukuran: "L"} → "KRP-01-MERAH-TUA-L" (uppercase letters, digits, dashes). */
export function variantSku(baseSku: string, options: Record<string, string>): string {
  const parts = Object.values(options).map((v) =>
    v
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '-')
      .replace(/^-|-$/g, ''),
  );
  return [baseSku.trim() || 'SKU', ...parts.filter(Boolean)].join('-').slice(0, 64);
}

function comboKey(options: Record<string, string>): string {
  return Object.entries(options)
    .map(([k, v]) => `${k.toLowerCase()}=${v.toLowerCase()}`)
    .join('|');
}

/**
 * The rows for the current groups: existing rows kept by combination, new ones with a generated SKU,
 * the base price and stock 0 (a seller types stock per variant; guessing would oversell).
 */
export function syncVariantRows(
  groups: readonly OptionGroupDraft[],
  rows: readonly VariantRowDraft[],
  base: { sku: string; price: string },
): VariantRowDraft[] {
  const parsed = groups.map((g) => ({ name: g.name, values: splitValues(g.values) }));
  const byKey = new Map(rows.map((row) => [comboKey(row.options), row]));
  return combinations(parsed).map((options) => {
    const kept = byKey.get(comboKey(options));
    if (kept) return { ...kept, options };
    return { options, sku: variantSku(base.sku, options), price: base.price, stock: '0' };
  });
}

/** What the product carries for forms without a variant grid: the lowest price, the total stock. */
export function baseFromVariants(items: readonly { price: number; stock: number }[]): { price: number; stock: number } {
  if (items.length === 0) return { price: 0, stock: 0 };
  return {
    price: Math.min(...items.map((i) => i.price)),
    stock: items.reduce((sum, i) => sum + i.stock, 0),
  };
}
