// What a seller does on a seller-centre page with the panel, as test steps shared by the
// fill-<platform>.spec.ts files: seed the catalogue, open a replica at its real URL, pick a product,
// press "Isi formulir", wait for the finished report, and read what the replica's app committed.
import { expect, type BrowserContext, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { importFile, jsonFile } from './support/dashboard';
import { makePng, pngDataUrl } from './support/png';

/** Three photos in a known order (different colours, so a reorder would show in the names). */
export const PHOTOS = [
  pngDataUrl(makePng(64, 64, [200, 60, 30])),
  pngDataUrl(makePng(64, 64, [30, 120, 60])),
  pngDataUrl(makePng(64, 64, [40, 60, 200])),
];

/** The seller's product, as a catalogue file product (see docs/catalogue-format.md). */
export const KERIPIK = {
  sku: 'KRP-01',
  name: 'Keripik Singkong Balado 250 g',
  description: 'Keripik singkong renyah, bumbu balado.\nTanpa pengawet.\n\nBerat bersih 250 g.',
  price: 15000,
  stock: 120,
  weightGrams: 1250,
  condition: 'new',
  category: 'Keripik',
  dimensionsCm: { length: 20, width: 15, height: 5 },
  minOrder: 2,
  photos: PHOTOS,
};

/** A product with a brand the replicas' brand lists know, and a used condition. */
export const BRANDED = {
  sku: 'TAS-07',
  name: 'Tas Selempang Batik Keris Motif Parang',
  description: 'Tas selempang kain batik.\nTali bisa diatur.',
  price: 95000,
  stock: 12,
  weightGrams: 400,
  condition: 'used',
  brand: 'Batik Keris',
  category: 'Tas Selempang',
  dimensionsCm: { length: 30, width: 20, height: 10 },
  minOrder: 1,
  photos: PHOTOS.slice(0, 1),
};

/** An older product first and the keripik last, so the keripik is the most recent. */
export async function seedCatalogue(dashboard: Page, products: object[] = [BRANDED, KERIPIK]): Promise<void> {
  const result = await importFile(dashboard, jsonFile('katalog.json', { format: 'serentak-catalogue', version: 1, products }));
  expect(result).toEqual({ imported: products.length, rejected: 0 });
}

export const panelFrame = (page: Page): FrameLocator => page.frameLocator('[data-testid="serentak-panel"]');

/** Opens a seller page at its real URL and waits for the panel to show the catalogue. */
export async function openSellerPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByTestId('serentak-panel')).toBeVisible();
  await expect(panelFrame(page).getByTestId('panel-product').first()).toBeVisible();
  return page;
}

export type Statuses = Record<string, string>;

/** Picks the product, presses "Isi formulir", waits for the finished report; returns field → status. */
export async function fillWith(page: Page, sku: string): Promise<{ statuses: Statuses; report: Locator }> {
  const panel = panelFrame(page);
  await panel.getByTestId('panel-search').fill(sku);
  await panel.locator(`[data-testid="panel-product"][data-sku="${sku}"]`).click();
  const fill = panel.getByTestId('fill-button');
  await expect(fill).toBeEnabled();
  await fill.click();
  const report = panel.locator('[data-testid="fill-report"][data-state="done"]');
  await expect(report).toBeVisible({ timeout: 60_000 });
  const statuses: Statuses = {};
  for (const row of await report.locator('[data-field][data-status]').all()) {
    statuses[(await row.getAttribute('data-field'))!] = (await row.getAttribute('data-status'))!;
  }
  return { statuses, report };
}

export interface ReplicaState {
  model: Record<string, unknown> & { photos: string[]; category: string[]; description: string };
  saved: boolean;
  log: string[];
}

export const replicaState = (page: Page): Promise<ReplicaState> =>
  page.evaluate(() => (window as unknown as { __replica: ReplicaState }).__replica);

/** Photo file names → their 1-based position in the catalogue (names end in "-<n>", maybe an extension). */
export const photoOrder = (names: string[]): number[] => names.map((n) => Number(/-(\d+)(?:\.\w+)?$/.exec(n)?.[1]));

/** The report's statuses for the fields a test cares about. */
export const pickStatuses = (all: Statuses, fields: string[]): Statuses =>
  Object.fromEntries(fields.map((f) => [f, all[f] ?? 'missing']));
