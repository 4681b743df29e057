// The trainer's two tools in "Bantuan" (issue 10): "Atur ulang latihan" puts catalogue, settings and
// listing links back to the start after a confirmation that offers a backup first; "Mode presentasi"
// enlarges text and controls for a projector, on the dashboard, the popup and the panel, and nothing is
// cut off at 1366×768.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './support/extension';
import { expectAccessible, expectOnScreen } from './support/a11y';
import { openSellerPage, panelFrame } from './fill-panel';

async function loadSample(page: Page): Promise<number> {
  await page.getByTestId('load-sample').click();
  const result = page.getByTestId('import-result');
  await expect(result).toBeVisible();
  const imported = Number(await result.getAttribute('data-imported'));
  expect(imported).toBeGreaterThan(0);
  return imported;
}

const platformBox = (page: Page, id: string) => page.locator(`[data-testid="settings-platform"][data-platform="${id}"]`);

test('Atur ulang latihan: backup offered first, then an empty catalogue, settings back to the start, the sample loads again', async ({ dashboard: page }) => {
  const count = await loadSample(page);
  await expect(page.getByTestId('catalogue-count')).toHaveAttribute('data-total', String(count));

  // a participant changed a setting (Lazada switched off) and the language
  await page.getByTestId('nav-settings').click();
  await expect(platformBox(page, 'lazada')).toBeEnabled();
  await platformBox(page, 'lazada').uncheck();
  await expect(platformBox(page, 'lazada')).not.toBeChecked();
  await page.getByTestId('nav-catalogue').click();

  await page.getByTestId('help-menu').click();
  await page.getByTestId('workshop-reset').click();
  const dialog = page.getByTestId('workshop-reset-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Atur ulang latihan?');
  // Esc leaves without resetting anything
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('catalogue-count')).toHaveAttribute('data-total', String(count));

  await page.getByTestId('help-menu').click();
  await page.getByTestId('workshop-reset').click();
  // The backup is offered first, and it is the whole catalogue.
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('workshop-reset-backup').click()]);
  expect(download.suggestedFilename()).toMatch(/^serentak-katalog-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = JSON.parse(await readFile((await download.path())!, 'utf8')) as { format: string; products: unknown[] };
  expect(backup.format).toBe('serentak-catalogue');
  expect(backup.products).toHaveLength(count);
  await expect(dialog.getByTestId('workshop-reset-backed-up')).toBeVisible();
  await expectAccessible(page, 'workshop reset confirmation');

  await dialog.getByTestId('workshop-reset-confirm').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('catalogue-empty')).toBeVisible();
  await expect(page.getByTestId('catalogue-count')).toHaveAttribute('data-total', '0');

  // settings are back to the start, also after a reload (nothing left in storage)
  await page.reload();
  await expect(page.getByTestId('catalogue-empty')).toBeVisible();
  await page.getByTestId('nav-settings').click();
  await expect(platformBox(page, 'lazada')).toBeEnabled();
  await expect(platformBox(page, 'lazada')).toBeChecked();
  await page.getByTestId('nav-catalogue').click();

  // and the sample can be loaded again for the next participant
  expect(await loadSample(page)).toBe(count);
  await expect(page.getByTestId('catalogue-count')).toHaveAttribute('data-total', String(count));
});

const fontSize = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

test('Mode presentasi enlarges dashboard, popup and panel, is remembered, and nothing is cut off at 1366×768', async ({ dashboard: page, context, extensionId }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await loadSample(page);
  await page.reload();
  // the sample made the tour due: leave it, this test is about presenter mode
  await expect(page.locator('[data-testid="tour-popover"][data-ready]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('tour-popover')).toHaveCount(0);

  const nameBefore = await fontSize(page, '[data-testid="product-row"] .product-name');
  const buttonBefore = (await page.getByTestId('product-add').boundingBox())!.height;

  await page.getByTestId('help-menu').click();
  await page.getByTestId('presenter-mode').check();
  await expect(page.locator('html.presenter-mode')).toHaveCount(1);
  await page.keyboard.press('Escape');

  const nameAfter = await fontSize(page, '[data-testid="product-row"] .product-name');
  expect(nameAfter).toBeGreaterThanOrEqual(nameBefore * 1.2);
  expect((await page.getByTestId('product-add').boundingBox())!.height).toBeGreaterThan(buttonBefore * 1.1);

  // remembered after a reload
  await page.reload();
  await expect(page.locator('html.presenter-mode')).toHaveCount(1);
  await expect(page.getByTestId('product-row').first()).toBeVisible();
  expect(await fontSize(page, '[data-testid="product-row"] .product-name')).toBe(nameAfter);

  // usable at 1366×768: no sideways scrolling, the main controls on screen
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // and no part of the page wider than its box (a header that no longer fits spills out sideways)
  const spilled = await page.evaluate(() =>
    ['.app-header', '.app-nav', '.app-main', '.catalogue-heading', '.catalogue-toolbar', '.product-table'].filter((selector) => {
      const el = document.querySelector(selector);
      return !el || el.scrollWidth > el.clientWidth + 1;
    }),
  );
  expect(spilled).toEqual([]);
  for (const id of ['help-menu', 'language-en', 'product-add', 'catalogue-search', 'load-sample']) {
    await expectOnScreen(`presenter mode 1366×768: ${id}`, page.getByTestId(id));
  }
  const row = page.getByTestId('product-row').first();
  for (const id of ['product-edit', 'publish-everywhere', 'product-delete']) {
    await expectOnScreen(`presenter mode 1366×768: first row ${id}`, row.getByTestId(id));
  }
  // the publish dialog's main button is still reachable without scrolling
  await row.getByTestId('publish-everywhere').click();
  await expectOnScreen('presenter mode 1366×768: publish-start', page.getByTestId('publish-start'));
  await page.keyboard.press('Escape');

  // the popup follows the same setting
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('html.presenter-mode')).toHaveCount(1);
  expect(await fontSize(popup, 'html')).toBeGreaterThanOrEqual(18);

  // the panel on a seller page too, with its main button still on screen
  const seller = await openSellerPage(context, 'https://seller.shopee.co.id/portal/product/new');
  const panel = panelFrame(seller);
  await expect(panel.locator('html.presenter-mode')).toHaveCount(1);
  await expectOnScreen('presenter mode: panel fill button', panel.getByTestId('fill-button'), seller.getByTestId('serentak-panel'));

  // switched off from the dashboard, the open panel follows live
  await page.bringToFront();
  await page.getByTestId('help-menu').click();
  await page.getByTestId('presenter-mode').uncheck();
  await expect(page.locator('html.presenter-mode')).toHaveCount(0);
  await expect(panel.locator('html.presenter-mode')).toHaveCount(0);
  expect(await fontSize(page, '[data-testid="product-row"] .product-name')).toBe(nameBefore);
});
