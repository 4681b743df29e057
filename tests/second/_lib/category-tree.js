// The category leaves the replicas offer, Indonesian path first (what the page commits) with the
// English names an English UI shows. Enough neighbours that a picker has to choose, and one leaf
// reachable for the bench product "Keripik Singkong Balado 250 g".
export const LEAVES = [
  { id: ['Makanan & Minuman', 'Makanan Ringan', 'Keripik'], en: ['Food & Beverages', 'Snacks', 'Chips'] },
  { id: ['Makanan & Minuman', 'Makanan Ringan', 'Kerupuk'], en: ['Food & Beverages', 'Snacks', 'Crackers'] },
  { id: ['Makanan & Minuman', 'Makanan Ringan', 'Kacang'], en: ['Food & Beverages', 'Snacks', 'Nuts'] },
  { id: ['Makanan & Minuman', 'Minuman', 'Kopi'], en: ['Food & Beverages', 'Beverages', 'Coffee'] },
  { id: ['Makanan & Minuman', 'Bahan Pokok', 'Tepung'], en: ['Food & Beverages', 'Staples', 'Flour'] },
  { id: ['Fashion Muslim', 'Hijab', 'Pashmina'], en: ['Muslim Fashion', 'Hijab', 'Pashmina'] },
  { id: ['Fashion Muslim', 'Hijab', 'Hijab Segi Empat'], en: ['Muslim Fashion', 'Hijab', 'Square Hijab'] },
  { id: ['Rumah Tangga', 'Dapur', 'Wajan'], en: ['Home & Living', 'Kitchen', 'Frying Pans'] },
];

/** Children of a path prefix at one level, in both languages. */
export function childrenOf(prefix) {
  const seen = new Map();
  for (const leaf of LEAVES) {
    if (prefix.every((p, i) => leaf.id[i] === p) && leaf.id.length > prefix.length) {
      const i = prefix.length;
      seen.set(leaf.id[i], { id: leaf.id[i], en: leaf.en[i], leaf: i === leaf.id.length - 1 });
    }
  }
  return [...seen.values()];
}

/** Leaves ranked by words shared with a product name (both languages), best first. */
export function suggest(name, count = 3) {
  const words = String(name).toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2);
  const score = (leaf) => words.filter((w) => [...leaf.id, ...leaf.en].join(' ').toLowerCase().includes(w)).length;
  return LEAVES.map((l) => ({ l, s: score(l) })).filter((x) => x.s > 0).sort((a, b) => b.s - a.s).slice(0, count).map((x) => x.l);
}

export const joinPath = (parts) => parts.join(' > ');
