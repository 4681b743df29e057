import { describe, expect, it } from 'vitest';
import type { PlatformId } from '@/utils/platforms/hosts';
import { readiness, type ReadinessProduct } from '@/utils/publish/readiness';
import { readyProduct as product, square } from './readiness-product';
import { DEFAULT_RULES, type PlatformRules } from '@/utils/publish/rules';

const rules = (over: Partial<PlatformRules>): PlatformRules => ({ ...DEFAULT_RULES, ...over });

type Row = {
  what: string;
  platform: PlatformId;
  product?: Partial<ReadinessProduct>;
  rules?: Partial<PlatformRules>;
  code: string;
  level: 'blocker' | 'warning' | 'info';
};

const rows: Row[] = [
  { what: 'no weight', platform: 'shopee', product: { weightGrams: undefined }, code: 'missing-weight', level: 'blocker' },
  { what: 'no photos', platform: 'lazada', product: { photos: [] }, code: 'missing-photos', level: 'blocker' },
  { what: 'no category', platform: 'blibli', product: { category: '' }, code: 'missing-category', level: 'blocker' },
  { what: 'name under 25 on TikTok/Tokopedia', platform: 'tiktok-tokopedia', product: { name: 'Keripik Balado' }, code: 'name-too-short', level: 'blocker' },
  { what: 'name over 255 is shortened', platform: 'shopee', product: { name: 'Keripik '.repeat(40).trim() }, code: 'name-shortened', level: 'warning' },
  { what: 'suffix pushes the name over Blibli limit', platform: 'blibli', product: { name: 'a'.repeat(140) }, rules: { nameSuffix: 'Grosir Murah' }, code: 'name-shortened', level: 'warning' },
  { what: 'price under TikTok minimum', platform: 'tiktok-tokopedia', product: { price: 99 }, code: 'price-too-low', level: 'blocker' },
  { what: 'price over TikTok maximum', platform: 'tiktok-tokopedia', product: { price: 100_000_001 }, code: 'price-too-high', level: 'blocker' },
  { what: 'markup pushes price over TikTok maximum', platform: 'tiktok-tokopedia', product: { price: 95_000_000 }, rules: { markupPercent: 10 }, code: 'price-too-high', level: 'blocker' },
  { what: 'variant price under TikTok minimum', platform: 'tiktok-tokopedia', product: { variants: { options: [{ name: 'Rasa', values: ['Asin'] }], items: [{ sku: 'V1', options: { Rasa: 'Asin' }, price: 50, stock: 1 }] } }, code: 'price-too-low', level: 'blocker' },
  { what: 'Lazada needs 3 photos', platform: 'lazada', product: { photos: [square] }, code: 'photos-too-few', level: 'blocker' },
  { what: 'ten photos on Shopee', platform: 'shopee', product: { photos: Array(10).fill(square) }, code: 'photos-dropped', level: 'warning' },
  { what: 'landscape photo on Shopee', platform: 'shopee', product: { photos: [{ width: 1200, height: 800 }] }, code: 'photo-not-square', level: 'warning' },
  { what: 'tiny photo on Tokopedia', platform: 'tiktok-tokopedia', product: { photos: [{ width: 200, height: 200 }] }, code: 'photo-too-small', level: 'warning' },
  { what: 'huge photo file on Shopee', platform: 'shopee', product: { photos: [{ width: 800, height: 800, bytes: 3_000_000 }] }, code: 'photo-too-large', level: 'warning' },
  { what: 'Shopee variant name over 14', platform: 'shopee', product: { variants: { options: [{ name: 'Pilihan Rasa Keripik', values: ['Asin'] }], items: [{ sku: 'V1', options: { 'Pilihan Rasa Keripik': 'Asin' }, price: 15000, stock: 1 }] } }, code: 'variant-name-long', level: 'blocker' },
  { what: 'Shopee option over 20', platform: 'shopee', product: { variants: { options: [{ name: 'Rasa', values: ['Balado Pedas Level Sepuluh'] }], items: [{ sku: 'V1', options: { Rasa: 'Balado Pedas Level Sepuluh' }, price: 15000, stock: 1 }] } }, code: 'variant-value-long', level: 'blocker' },
  { what: 'stock over TikTok cap', platform: 'tiktok-tokopedia', product: { stock: 1_500_000 }, code: 'stock-capped', level: 'warning' },
  { what: 'e-Katalog without unit', platform: 'ekatalog', product: { ekatalog: {} }, code: 'missing-unit', level: 'blocker' },
  { what: 'markup is explained', platform: 'lazada', rules: { markupPercent: 10, roundTo: 500 }, code: 'rule-change', level: 'info' },
  { what: 'WhatsApp in the description', platform: 'shopee', product: { description: 'Info lanjut WA admin ya' }, code: 'whatsapp', level: 'blocker' },
  { what: 'phone 08… in the description', platform: 'lazada', product: { description: 'Hubungi 0812-3456-7890' }, code: 'contact-number', level: 'blocker' },
  { what: 'phone +62 in the name', platform: 'blibli', product: { name: 'Keripik +62 812 3456 7890' }, code: 'contact-number', level: 'blocker' },
  { what: 'link in the description', platform: 'ekatalog', product: { description: 'Katalog lengkap: https://tokoku.example/katalog' }, code: 'link', level: 'blocker' },
  { what: 'bare domain in the description', platform: 'shopee', product: { description: 'Cek bit.ly/promo' }, code: 'link', level: 'blocker' },
  { what: 'another marketplace named', platform: 'shopee', product: { description: 'Juga ada di Tokopedia kami' }, code: 'other-marketplace', level: 'warning' },
  { what: 'footer rule names a marketplace', platform: 'lazada', rules: { descriptionFooter: 'Follow toko Shopee kami' }, code: 'other-marketplace', level: 'warning' },
];

describe('readiness finds what blocks or changes a listing', () => {
  it.each(rows)('$what → $code ($level)', (row) => {
    const r = readiness(product(row.product), row.platform, rules(row.rules ?? {}));
    expect(r.issues).toContainEqual(expect.objectContaining({ code: row.code, level: row.level }));
    expect(r.verdict).toBe(row.level === 'blocker' ? 'blocked' : 'changes');
    for (const i of r.issues) expect(i.message.id && i.message.en).toBeTruthy();
  });
});

describe('what readiness leaves alone', () => {
  const clean: { what: string; platform: PlatformId; product?: Partial<ReadinessProduct> }[] = [
    { what: 'a complete product on Shopee', platform: 'shopee' },
    { what: 'a complete product on TikTok/Tokopedia', platform: 'tiktok-tokopedia' },
    { what: 'a complete product on Lazada', platform: 'lazada' },
    { what: 'a complete product on e-Katalog', platform: 'ekatalog' },
    { what: 'a complete product on Blibli', platform: 'blibli' },
    { what: 'its own marketplace named', platform: 'shopee', product: { description: 'Belanja di Shopee lebih hemat' } },
    { what: 'a weight with dots, not a domain', platform: 'shopee', product: { description: 'Berat 1.5 kg, harga Rp15.000' } },
    { what: '"wa" inside a word', platform: 'lazada', product: { description: 'Dijamin wangi dan tawar' } },
    { what: 'a short code, not a phone', platform: 'blibli', product: { description: 'Ukuran 08 dan 10' } },
    { what: 'a learned category path instead of words', platform: 'shopee', product: { category: '', categoryPaths: { shopee: ['Makanan', 'Keripik'] } } },
  ];
  it.each(clean)('$what → ready', (row) => {
    const r = readiness(product(row.product), row.platform);
    expect(r.issues).toEqual([]);
    expect(r.verdict).toBe('ready');
  });
});

describe('per-platform overrides are what readiness checks', () => {
  it('an override name long enough for TikTok/Tokopedia clears the short-name blocker', () => {
    const p = product({ name: 'Keripik', overrides: { 'tiktok-tokopedia': { name: 'Keripik Singkong Balado Pedas Renyah 250 gr' } } });
    expect(readiness(p, 'tiktok-tokopedia').verdict).toBe('ready');
    expect(readiness(p, 'shopee').verdict).toBe('ready');
  });
});
