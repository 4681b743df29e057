// What a seller does on the dashboard, as test steps: find a product, import a file, export a backup,
// empty the catalogue. Selectors are the test contract's data-testids (shared/DESIGN.md) and, where the
// contract names none, the Bahasa Indonesia labels a seller reads.
import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

export interface FileToPick {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export const csvFile = (name: string, text: string): FileToPick => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text, 'utf8'),
});

export const jsonFile = (name: string, value: unknown): FileToPick => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(value), 'utf8'),
});

/** The list is virtualised: search for the SKU so its row is rendered, then return that row. */
export async function findProduct(page: Page, sku: string): Promise<Locator> {
  const search = page.getByTestId('catalogue-search');
  await search.fill(sku);
  const row = page.locator(`[data-testid="product-row"][data-sku="${sku}"]`);
  return row;
}

/** The preview's counts, as the seller reads them before confirming. */
export async function previewCounts(page: Page): Promise<{ new: number; updated: number; rejected: number }> {
  const count = async (kind: string) => Number(await page.getByTestId(`import-count-${kind}`).getAttribute('data-count'));
  return { new: await count('new'), updated: await count('updated'), rejected: await count('rejected') };
}

/** Opens the editor on a product from its row. */
export async function openEditor(page: Page, sku: string): Promise<Locator> {
  await (await findProduct(page, sku)).getByTestId('product-edit').click();
  const editor = page.getByTestId('product-editor');
  await expect(editor).toBeVisible();
  return editor;
}

/** Picks a file in the import input and waits for its preview (or its file error). */
export async function pickImportFile(page: Page, file: FileToPick): Promise<void> {
  await page.getByTestId('catalogue-import').setInputFiles(file);
  await expect(page.getByTestId('import-confirm').or(page.getByTestId('import-file-error'))).toBeVisible();
}

/** Imports a file the seller knows is good: preview, confirm, wait for the result. */
export async function importFile(page: Page, file: FileToPick): Promise<{ imported: number; rejected: number }> {
  await pickImportFile(page, file);
  await page.getByTestId('import-confirm').click();
  const result = page.getByTestId('import-result');
  await expect(result).toBeVisible();
  return {
    imported: Number(await result.getAttribute('data-imported')),
    rejected: Number(await result.getAttribute('data-rejected')),
  };
}

/** The bytes of the JSON backup the seller downloads. */
export async function exportJson(page: Page): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-json').click(),
  ]);
  const file = await download.path();
  if (!file) throw new Error(`download failed: ${await download.failure()}`);
  return readFile(file);
}

/** Empties the catalogue the way a seller would: delete every product from the list. */
export async function deleteEveryProduct(page: Page): Promise<void> {
  await page.getByTestId('catalogue-search').fill('');
  const rows = page.getByTestId('product-row');
  while ((await rows.count()) > 0) {
    const sku = await rows.first().getAttribute('data-sku');
    await rows.first().getByTestId('product-delete').click();
    await expect(page.locator(`[data-testid="product-row"][data-sku="${sku}"]`)).toHaveCount(0);
  }
}
