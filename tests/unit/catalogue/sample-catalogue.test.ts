// The workshop sample catalogue (public/sample/katalog-contoh.json, made by
// scripts/sample/make-sample-catalogue.mjs): every product imports cleanly, is ready (no blocking
// reason) on at least three marketplaces with photos that fit every adapter's limits, and the photos
// stay small enough to bundle.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCatalogueJson } from '@/utils/catalogue/import/json';
import { planImport } from '@/utils/catalogue/import/merge';
import { productFileSchema, type ProductFile } from '@/utils/catalogue/schema';
import { getPlatform } from '@/utils/platforms/registry';
import { PLATFORM_IDS, type PlatformId } from '@/utils/platforms/hosts';
import { blockingReasons, readiness, type PhotoFacts } from '@/utils/publish/readiness';

const FILE = path.resolve(__dirname, '../../../public/sample/katalog-contoh.json');
const text = readFileSync(FILE, 'utf8');
const catalogue = JSON.parse(text) as { format: string; version: number; products: Omit<ProductFile, 'createdAt' | 'updatedAt'>[] };
const PHOTO_BUDGET = 400_000;

/** Where each sample product has no blocking reason (the trainer's table; keep it in step with the file). */
const READY: Record<string, PlatformId[]> = {
  'KRP-BLD-250': ['shopee', 'tiktok-tokopedia', 'lazada', 'blibli'],
  'SBL-ROA-200': ['shopee', 'tiktok-tokopedia', 'blibli'],
  'KOP-GAYO-1KG': ['shopee', 'tiktok-tokopedia', 'lazada', 'ekatalog', 'blibli'],
  'BTK-PRG': ['shopee', 'tiktok-tokopedia', 'lazada', 'blibli'],
  'TAS-PDN-01': ['shopee', 'tiktok-tokopedia', 'lazada', 'blibli'],
  'KRJ-RTN-SET3': ['shopee', 'tiktok-tokopedia', 'blibli'],
  'SBN-SRH-100': ['shopee', 'tiktok-tokopedia', 'blibli'],
  'LLR-BKG-200': ['shopee', 'tiktok-tokopedia', 'blibli'],
  'HP-A14-BKS': ['shopee', 'tiktok-tokopedia', 'lazada', 'blibli'],
  'MDU-SBW-500': ['shopee', 'tiktok-tokopedia', 'blibli'],
  'KUE-NST-500': ['shopee', 'tiktok-tokopedia', 'blibli'],
};

function photoBytes(url: string): Buffer {
  return Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
}

/** Width and height from a JPEG's start-of-frame segment. */
function jpegSize(bytes: Buffer): { width: number; height: number } {
  let at = 2;
  while (at < bytes.length) {
    const marker = bytes[at + 1]!;
    const length = bytes.readUInt16BE(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
      return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
    at += 2 + length;
  }
  throw new Error('no JPEG frame');
}

function facts(url: string): PhotoFacts {
  const bytes = photoBytes(url);
  return { ...jpegSize(bytes), bytes: bytes.length };
}

describe('the workshop sample catalogue', () => {
  const products = catalogue.products;

  it('is a catalogue file of 10–12 products, each in the table above', () => {
    expect(catalogue.format).toBe('serentak-catalogue');
    expect(catalogue.version).toBe(1);
    expect(products.length).toBeGreaterThanOrEqual(10);
    expect(products.length).toBeLessThanOrEqual(12);
    expect(products.map((p) => p.sku).sort()).toEqual(Object.keys(READY).sort());
  });

  it('imports as a file would: every product new, none rejected', () => {
    const parsed = parseCatalogueJson(text);
    if ('fileError' in parsed) throw new Error(parsed.fileError.en);
    const rows = planImport(parsed.records, new Map(), new Set(), Date.now(), 'json');
    expect(rows.filter((r) => r.status === 'rejected').map((r) => r.errors)).toEqual([]);
    expect(rows.every((r) => r.status === 'new')).toBe(true);
  });

  it.each(products.map((p) => [p.sku, p] as const))('%s passes the catalogue schema', (_sku, product) => {
    const result = productFileSchema.safeParse({ ...product, createdAt: 0, updatedAt: 0 });
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it.each(products.map((p) => [p.sku, p] as const))('%s: 1–3 photos, square JPEGs that fit every adapter', (_sku, product) => {
    expect(product.photos.length).toBeGreaterThanOrEqual(1);
    expect(product.photos.length).toBeLessThanOrEqual(3);
    for (const url of product.photos) {
      expect(url.startsWith('data:image/jpeg;base64,')).toBe(true);
      const { width, height, bytes } = facts(url);
      expect(width).toBe(height);
      for (const id of PLATFORM_IDS) {
        const limits = getPlatform(id).limits;
        expect(width, id).toBeGreaterThanOrEqual(limits.photoMinSide ?? 0);
        expect(bytes, id).toBeLessThanOrEqual(limits.photoMaxBytes ?? Infinity);
      }
    }
  });

  it(`keeps all photos together within ${PHOTO_BUDGET} bytes`, () => {
    const total = products.flatMap((p) => p.photos).reduce((sum, url) => sum + photoBytes(url).length, 0);
    expect(total).toBeLessThanOrEqual(PHOTO_BUDGET);
  });

  it.each(products.map((p) => [p.sku, p] as const))('%s is ready on the platforms in the table (at least three)', (sku, product) => {
    const stored = productFileSchema.parse({ ...product, createdAt: 0, updatedAt: 0 });
    const subject = { ...stored, photos: stored.photos.map(facts) };
    const checked = PLATFORM_IDS.map((id) => readiness(subject, id));
    const blocked = Object.fromEntries(checked.map((r) => [r.platform, blockingReasons(r).map((m) => m.en)]));
    const ready = PLATFORM_IDS.filter((id) => blocked[id]!.length === 0);
    expect(ready, JSON.stringify(blocked)).toEqual(READY[sku]);
    expect(ready.length).toBeGreaterThanOrEqual(3);
    // not even a warning there: the trainer's readiness view shows a plain "Siap"
    const warned = checked.filter((r) => ready.includes(r.platform) && r.verdict !== 'ready');
    expect(warned.map((r) => [r.platform, r.issues.map((i) => i.message.en)])).toEqual([]);
  });

  it.each(products.filter((p) => p.variants).map((p) => [p.sku, p] as const))('%s: variant SKUs unique, stock is their sum', (_sku, product) => {
    const items = product.variants!.items;
    const skus = new Set([product.sku, ...items.map((i) => i.sku)]);
    expect(skus.size).toBe(items.length + 1);
    expect(items.reduce((sum, i) => sum + i.stock, 0)).toBe(product.stock);
  });

  it('has an e-Katalog-ready product with unit, KBKI, TKDN, PDN and PPN', () => {
    const ready = products.filter((p) => p.ekatalog?.unit && p.ekatalog.kbki && p.ekatalog.tkdn !== undefined && p.ekatalog.pdn !== undefined && p.ekatalog.ppn !== undefined);
    expect(ready.length).toBeGreaterThanOrEqual(1);
  });
});
