// The panel as a new seller meets it on a laptop (issue 11 §3): at 1366×768, after a pick the list
// folds to the chosen product, "Isi formulir" is on screen without scrolling, the report leads with
// its counts in words (and they match its lines, the ones that need the seller first), and no text
// in the panel is smaller than 12 px.
import type { Frame, Page } from '@playwright/test';
import { expect, test } from './support/extension';
import { BRANDED, KERIPIK, panelFrame, seedCatalogue } from './fill-panel';

const LAPTOP = { width: 1366, height: 768 };
/**
 * The e-Katalog wizard with a product that has no PPN answer: the fill stops at the PPN question, so
 * the report has lines of every status (filled, needs you, skipped).
 */
const EKATALOG_ADD = 'https://katalog.inaproc.id/penyedia/produk/tambah';
const { ppn: _unanswered, ...ekatalogWithoutPpn } = KERIPIK.ekatalog;
const UNANSWERED = { ...KERIPIK, ekatalog: ekatalogWithoutPpn };
const STATUSES = ['filled', 'failed', 'skipped'] as const;

async function panelDocument(page: Page): Promise<Frame> {
  const frame = await (await page.getByTestId('serentak-panel').elementHandle())!.contentFrame();
  return frame!;
}

/** Every text the panel shows (text nodes, and the words inside form controls) smaller than 12 px. */
async function smallTexts(page: Page): Promise<{ checked: number; small: string[] }> {
  const frame = await panelDocument(page);
  return frame.evaluate(() => {
    const small: string[] = [];
    let checked = 0;
    const check = (el: Element, text: string) => {
      checked++;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 12) small.push(`${size}px "${text.trim().slice(0, 40)}" in <${el.tagName.toLowerCase()} class="${el.className}">`);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent?.trim() && node.parentElement) check(node.parentElement, node.textContent);
    }
    for (const control of document.querySelectorAll<HTMLInputElement>('input, textarea, select')) {
      check(control, control.value || control.placeholder || control.type);
    }
    return { checked, small };
  });
}

async function expectNoSmallText(page: Page): Promise<void> {
  const { checked, small } = await smallTexts(page);
  expect(checked).toBeGreaterThan(5);
  expect(small).toEqual([]);
}

/** "Isi formulir" is on screen and inside the panel's visible area, with nothing scrolled to get there. */
async function expectFillButtonOnScreen(page: Page): Promise<void> {
  const frame = await panelDocument(page);
  const seen = await frame.evaluate(() => {
    const button = document.querySelector<HTMLElement>('[data-testid="fill-button"]')!;
    const rect = button.getBoundingClientRect();
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    return {
      top: rect.top,
      bottom: rect.bottom,
      frameHeight: window.innerHeight,
      pageScrolled: document.scrollingElement!.scrollTop,
      hitIsButton: !!hit && button.contains(hit),
    };
  });
  expect(seen.pageScrolled).toBe(0);
  expect(seen.top).toBeGreaterThanOrEqual(0);
  expect(seen.bottom).toBeLessThanOrEqual(seen.frameHeight);
  // nothing in the panel covers it or clips it (a scrolled-away button is not hit at its own centre)
  expect(seen.hitIsButton).toBe(true);

  const button = (await panelFrame(page).getByTestId('fill-button').boundingBox())!;
  const dock = (await page.getByTestId('serentak-panel').boundingBox())!;
  expect(button.y).toBeGreaterThanOrEqual(Math.max(0, dock.y));
  expect(button.y + button.height).toBeLessThanOrEqual(Math.min(LAPTOP.height, dock.y + dock.height));
  expect(button.x).toBeGreaterThanOrEqual(dock.x);
  expect(button.x + button.width).toBeLessThanOrEqual(Math.min(LAPTOP.width, dock.x + dock.width));
}

test('at 1366×768: pick, the list folds, "Isi formulir" is on screen, the report counts match its lines', async ({ context, dashboard }) => {
  await seedCatalogue(dashboard, [BRANDED, UNANSWERED]);
  const page = await context.newPage();
  await page.setViewportSize(LAPTOP);
  await page.goto(EKATALOG_ADD);
  const panel = panelFrame(page);
  await expect(panel.getByTestId('panel-product')).toHaveCount(2);
  await expect(panel.getByTestId('fill-button')).toBeDisabled();
  await expectNoSmallText(page);

  // Pick: the list and the search give way to the one chosen product.
  await panel.locator(`[data-testid="panel-product"][data-sku="${KERIPIK.sku}"]`).click();
  const chosen = panel.getByTestId('panel-chosen');
  await expect(chosen).toHaveAttribute('data-sku', KERIPIK.sku);
  await expect(chosen).toContainText(KERIPIK.name);
  await expect(chosen).toBeFocused();
  await expect(panel.getByTestId('panel-product')).toHaveCount(0);
  await expect(panel.getByTestId('panel-search')).toHaveCount(0);
  await expect(panel.getByTestId('fill-button')).toBeEnabled();
  await expectFillButtonOnScreen(page);
  await expectNoSmallText(page);

  await panel.getByTestId('fill-button').click();
  const report = panel.locator('[data-testid="fill-report"][data-state="done"]');
  await expect(report).toBeVisible({ timeout: 60_000 });
  await expectFillButtonOnScreen(page);
  await expectNoSmallText(page);

  // Counts first, in words; each equals its lines (this fill has lines of every status).
  const lines = report.locator('[data-field][data-status]');
  const order = await lines.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')!));
  const words = { filled: 'terisi', failed: 'perlu Anda', skipped: 'dilewati' };
  for (const status of STATUSES) {
    const lineCount = order.filter((s) => s === status).length;
    expect(lineCount, `${status} lines`).toBeGreaterThan(0);
    const count = report.locator(`[data-testid="report-count"][data-count-status="${status}"]`);
    await expect(count).toHaveAttribute('data-count', String(lineCount));
    await expect(count).toHaveText(`${lineCount} ${words[status]}`);
  }
  const countsBox = (await report.getByTestId('report-count').first().boundingBox())!;
  expect(countsBox.y).toBeLessThan((await lines.first().boundingBox())!.y);
  // The lines that need the seller come first, each with its "Tunjukkan".
  const firstOther = order.findIndex((s) => s !== 'failed');
  expect(order.slice(firstOther)).not.toContain('failed');
  for (const line of await lines.all()) await expect(line.getByRole('button', { name: /^Tunjukkan / })).toHaveText('Tunjukkan');

  // English through the runtime switch.
  await panel.getByTestId('panel-language-en').click();
  const failedCount = order.filter((s) => s === 'failed').length;
  await expect(report.locator('[data-testid="report-count"][data-count-status="failed"]')).toHaveText(
    `${failedCount} ${failedCount === 1 ? 'needs' : 'need'} you`,
  );
  await expect(report.locator('[data-testid="report-count"][data-count-status="filled"]')).toHaveText(`${order.filter((s) => s === 'filled').length} filled`);
  await expectNoSmallText(page);

  // "Change product" brings the search and the list back; another pick folds them again.
  await panel.getByTestId('panel-change-product').click();
  await expect(panel.getByTestId('panel-search')).toBeFocused();
  await expect(panel.getByTestId('panel-product')).toHaveCount(2);
  await panel.locator(`[data-testid="panel-product"][data-sku="${BRANDED.sku}"]`).click();
  await expect(chosen).toHaveAttribute('data-sku', BRANDED.sku);
  await expect(panel.getByTestId('panel-product')).toHaveCount(0);
  await expectFillButtonOnScreen(page);
});

test('at 1366×768 on an edit page: "Simpan ke katalog" and its preview have no text under 12 px, "Isi formulir" stays on screen', async ({ context, dashboard }) => {
  await seedCatalogue(dashboard);
  const page = await context.newPage();
  await page.setViewportSize(LAPTOP);
  await page.goto('https://seller.shopee.co.id/portal/product/2233445566');
  const panel = panelFrame(page);
  await panel.getByTestId('save-to-catalogue').click();
  await expect(panel.getByTestId('save-to-catalogue-preview')).toBeVisible();
  await expect(panel.getByTestId('panel-product').first()).toBeVisible();
  await expectNoSmallText(page);
  await expectFillButtonOnScreen(page);
});

test('on an empty catalogue the panel says so and its link opens the dashboard in a new tab', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto('https://seller.shopee.co.id/portal/product/new');
  const link = panelFrame(page).getByTestId('panel-open-dashboard');
  await expect(link).toBeVisible();
  const [dashboard] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await expect(dashboard).toHaveURL(`chrome-extension://${extensionId}/dashboard.html`);
  await expect(dashboard.getByTestId('catalogue-search')).toBeVisible();
});
