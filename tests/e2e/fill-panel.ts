// What a seller does on a seller-centre page with the panel, as test steps shared by the
// fill-<platform>.spec.ts files: seed the catalogue, open a replica at its real URL, pick a product,
// press "Isi formulir", wait for the finished report, and read what the replica's app committed.
import { type BrowserContext, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { expect, test } from './support/extension';
import { importFile, jsonFile } from './support/dashboard';
import { BRANDED, KERIPIK } from './support/products.mjs';

export { BRANDED, KERIPIK, PHOTOS } from './support/products.mjs';

/** The keripik was changed last, so it is the most recent product. */
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

/**
 * Picks the product, presses "Isi formulir", waits for the finished report; returns field → status.
 * After a pick the list folds to the chosen product: "Ganti produk" opens the search again.
 */
export async function fillWith(page: Page, sku: string): Promise<{ statuses: Statuses; report: Locator }> {
  const panel = panelFrame(page);
  const search = panel.getByTestId('panel-search');
  await expect(search.or(panel.getByTestId('panel-change-product'))).toBeVisible();
  if (!(await search.isVisible())) await panel.getByTestId('panel-change-product').click();
  await search.fill(sku);
  await panel.locator(`[data-testid="panel-product"][data-sku="${sku}"]`).click();
  await expect(panel.getByTestId('panel-chosen')).toHaveAttribute('data-sku', sku);
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

/** What one platform's add page must hold after the keripik is filled (a table per spec file). */
export interface FillCase {
  platform: string;
  addUrl: string;
  driftUrl: string;
  /** an edit page of this platform, where the panel must also be open */
  editUrl?: string;
  /** the page's own save button on the add page (the seller presses it, never the engine) */
  saveButton: RegExp;
  /** values the replica's app must have committed on the add page (`toMatchObject`) */
  model: Record<string, unknown>;
  /** the same on the drifted page (English labels: e.g. "No Brand"); the removed field left out */
  driftModel: Record<string, unknown>;
  /** the field the drifted page removed entirely: reported failed or skipped, never put elsewhere */
  removedInDrift: string;
  /** the removed field's value in the fresh model (it must stay that way) */
  removedEmpty: unknown;
  /** the last name of the category path the engine must choose */
  categoryLeaf: string;
  /** report statuses on the add page */
  statuses: Statuses;
  /**
   * the field "Tunjukkan" shows after the fill, with its Bahasa name in the report (default: the price);
   * a wizard shows only its current step, so there it must be a field of the step the fill ends on
   */
  showField?: { field: string; name: string };
}

export const CORE_AND_MORE = ['name', 'description', 'price', 'stock', 'weight', 'condition', 'brand', 'category', 'photos', 'sku', 'minOrder', 'dimensions'];

/** The model's weight in grams, whatever unit the page shows (g, or kg with a decimal). */
export const gramsOf = (model: Record<string, unknown>): number =>
  Math.round(Number(model.weight) * (model.weightUnit === 'kg' ? 1000 : 1));

/** No value of the product's SKU anywhere in the model but the SKU field (photo names carry it by design). */
export function fieldsHolding(model: Record<string, unknown>, text: string): string[] {
  return Object.entries(model)
    .filter(([key, value]) => key !== 'photos' && JSON.stringify(value ?? '').includes(text))
    .map(([key]) => key);
}

/**
 * The three end-to-end stories every platform shares, from its table:
 * 1. add page: the panel shows the newest product first; fill; the page's model holds the right values,
 *    the report says so; nothing saved; the page's own save button still takes a click beside the panel.
 * 2. drifted page: everything but the removed field still filled, the removed one reported, not guessed.
 * 3. the panel folds to a tab and stays folded after a reload (and is open on the edit page).
 */
export function defineFillTests(c: FillCase): void {
  test.describe(`${c.platform}: fill from the panel`, () => {
    test('add page: pick the newest product, fill, the page holds the product, nothing is saved', async ({ context, dashboard }) => {
      await seedCatalogue(dashboard);
      const page = await openSellerPage(context, c.addUrl);
      await expect(panelFrame(page).getByTestId('panel-product').first()).toHaveAttribute('data-sku', KERIPIK.sku);
      await expect(panelFrame(page).getByTestId('fill-button')).toBeDisabled();

      const { statuses } = await fillWith(page, KERIPIK.sku);
      expect(pickStatuses(statuses, Object.keys(c.statuses))).toEqual(c.statuses);
      const { model, saved } = await replicaState(page);
      expect(model).toMatchObject(c.model);
      expect(model.description).toBe(KERIPIK.description);
      expect(gramsOf(model)).toBe(KERIPIK.weightGrams);
      expect(photoOrder(model.photos)).toEqual([1, 2, 3]);
      expect(model.category.at(-1)).toBe(c.categoryLeaf);
      expect(saved).toBe(false);

      // "Tunjukkan" scrolls the page to the field and outlines it; the report switches to English.
      const panel = panelFrame(page);
      const show = c.showField ?? { field: 'price', name: 'Harga' };
      await panel.locator(`[data-field="${show.field}"]`).getByRole('button', { name: `Tunjukkan ${show.name} di halaman` }).click();
      await expect(page.locator(`[data-serentak-highlight="${show.field}"]`)).toHaveCount(1);
      await panel.getByTestId('panel-language-en').click();
      await expect(panel.locator('[data-field="name"] .status')).toHaveText('Filled');
      await expect(panel.getByTestId('fill-button')).toHaveText('Fill the form');

      // The seller saves with the page's own button, beside the open panel: a covered button fails here.
      await page.getByRole('button', { name: c.saveButton }).click();
      await expect.poll(async () => (await replicaState(page)).saved).toBe(true);
      await expect(page.getByTestId('serentak-panel')).toHaveAttribute('data-state', 'open');
    });

    test('drifted page: every field but the removed one filled; the removed one reported, not guessed', async ({ context, dashboard }) => {
      await seedCatalogue(dashboard);
      const page = await openSellerPage(context, c.driftUrl);
      const { statuses } = await fillWith(page, KERIPIK.sku);
      const { model, saved } = await replicaState(page);
      expect(model).toMatchObject(c.driftModel);
      expect(model.description).toBe(KERIPIK.description);
      expect(gramsOf(model)).toBe(KERIPIK.weightGrams);
      expect(photoOrder(model.photos)).toEqual([1, 2, 3]);
      expect(model.category.at(-1)).toBe(c.categoryLeaf);
      expect(model[c.removedInDrift]).toEqual(c.removedEmpty);
      expect(['failed', 'skipped']).toContain(statuses[c.removedInDrift]);
      const others = CORE_AND_MORE.filter((f) => f !== c.removedInDrift && c.statuses[f] === 'filled');
      expect(pickStatuses(statuses, others)).toEqual(Object.fromEntries(others.map((f) => [f, 'filled'])));
      if (c.removedInDrift === 'sku') expect(fieldsHolding(model, KERIPIK.sku)).toEqual([]);
      expect(saved).toBe(false);
    });

    test('a product with its own brand gets that brand, not the no-brand choice', async ({ context, dashboard }) => {
      await seedCatalogue(dashboard);
      const page = await openSellerPage(context, c.addUrl);
      const { statuses } = await fillWith(page, BRANDED.sku);
      const { model, saved } = await replicaState(page);
      expect(statuses.brand).toBe('filled');
      expect(model).toMatchObject({ brand: BRANDED.brand, name: BRANDED.name, price: BRANDED.price });
      expect(saved).toBe(false);
    });

    test('the next fill takes the category path this platform chose the first time', async ({ context, dashboard }) => {
      await seedCatalogue(dashboard);
      const first = await openSellerPage(context, c.addUrl);
      expect((await fillWith(first, KERIPIK.sku)).statuses.category).toBe('filled');
      const chosen = (await replicaState(first)).model.category;
      await first.close();

      // a fresh add page: the path remembered from the first fill is walked (lists of whole paths too)
      const page = await openSellerPage(context, c.addUrl);
      const { statuses } = await fillWith(page, KERIPIK.sku);
      expect(pickStatuses(statuses, ['category', 'brand'])).toEqual(pickStatuses(c.statuses, ['category', 'brand']));
      const { model, saved } = await replicaState(page);
      expect(model.category).toEqual(chosen);
      expect(model.category.at(-1)).toBe(c.categoryLeaf);
      expect(saved).toBe(false);
    });

    test('the panel folds into a tab and stays folded after a reload', async ({ context, dashboard }) => {
      await seedCatalogue(dashboard);
      const page = await openSellerPage(context, c.addUrl);
      const dock = page.getByTestId('serentak-panel');
      await panelFrame(page).getByTestId('panel-collapse').click();
      await expect(dock).toHaveAttribute('data-state', 'collapsed');
      expect((await dock.boundingBox())!.width).toBeLessThan(60);

      await page.reload();
      await expect(dock).toHaveAttribute('data-state', 'collapsed');
      await expect(panelFrame(page).getByTestId('panel-expand')).toBeVisible();
      await panelFrame(page).getByTestId('panel-expand').click();
      await expect(dock).toHaveAttribute('data-state', 'open');
      expect((await dock.boundingBox())!.width).toBeGreaterThan(300);

      if (c.editUrl) {
        await page.goto(c.editUrl);
        await expect(dock).toHaveAttribute('data-state', 'open');
        await expect(panelFrame(page).getByTestId('panel-search')).toBeVisible();
      }
    });
  });
}
