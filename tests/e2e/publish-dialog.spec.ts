// The publish dialog as a seller sees it on a laptop (1366×768) and a small window (800×600): the
// main button in view without scrolling, a long product name on one line (the whole name on hover),
// each marketplace's readiness beside it with its reasons, and a reason's "Perbaiki" opening the
// editor with the cursor in that field — by keyboard, with Escape closing each dialog in turn. And the
// dashboard and editor at 800 px wide: nothing cut off sideways, sizes side by side, prices whole.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/extension';
import { findProduct } from './support/dashboard';
import { KERIPIK, seedCatalogue } from './fill-panel';

/** 119 characters: the kind of name sellers write to be found by search. */
const LONG_NAME =
  'Keripik Singkong Balado Pedas Level 5 Asli Garut Renyah Tanpa Pengawet Kemasan Zip Lock 250 g Oleh Oleh Khas Jawa Barat';

/**
 * The keripik half entered: no weight, no description, no e-Katalog fields. Every marketplace is
 * blocked with reasons to read, more than fit in 600 px, so the dialog has to scroll its list.
 */
const { ekatalog: _e, weightGrams: _w, description: _d, ...HALF_ENTERED } = KERIPIK;
const PRODUCT = { ...HALF_ENTERED, sku: 'KRP-PANJANG', name: LONG_NAME };

const box = async (locator: Locator) => {
  const b = await locator.boundingBox();
  expect(b, 'element has a box on screen').not.toBeNull();
  return b!;
};

async function openPublish(page: Page) {
  const row = await findProduct(page, PRODUCT.sku);
  await row.getByTestId('publish-everywhere').click();
  const dialog = page.getByTestId('publish-dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 800, height: 600 },
]) {
  test(`publish dialog at ${viewport.width}×${viewport.height}: start in view, one-line title, reasons beside, fix opens the field`, async ({
    dashboard,
  }) => {
    expect([...LONG_NAME]).toHaveLength(119);
    await seedCatalogue(dashboard, [PRODUCT]);
    await dashboard.setViewportSize(viewport);
    const dialog = await openPublish(dashboard);

    // The main button is on screen as the dialog opens, though the list is longer than the window.
    const start = dialog.getByTestId('publish-start');
    await expect(start).toBeInViewport({ ratio: 1 });
    const startBox = await box(start);
    expect(startBox.y + startBox.height).toBeLessThanOrEqual(viewport.height);
    expect(await dashboard.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);

    // The title is one line, cut with an ellipsis; the whole name is in its tooltip.
    const title = dialog.getByRole('heading', { level: 2 });
    await expect(title).toHaveAttribute('title', LONG_NAME);
    const lines = await title.evaluate((el) => {
      const lineHeight = parseFloat(getComputedStyle(el).lineHeight);
      return { height: el.getBoundingClientRect().height, lineHeight, cut: el.scrollWidth > el.clientWidth };
    });
    expect(lines.height).toBeGreaterThan(0);
    expect(lines.height).toBeLessThan(lines.lineHeight * 1.5);
    expect(lines.cut).toBe(true);

    // Each marketplace: checkbox, badge beside it (not under it), reasons beside the badge.
    const rowOf = (platform: string) =>
      dialog.locator('.publish-choice').filter({ has: dashboard.locator(`[data-testid="publish-platform"][data-platform="${platform}"]`) });
    for (const platform of ['shopee', 'ekatalog']) {
      const checkbox = rowOf(platform).getByTestId('publish-platform');
      const badge = rowOf(platform).getByTestId('publish-readiness');
      await expect(badge).toBeVisible();
      const [c, b] = [await box(checkbox), await box(badge)];
      expect(b.x, `${platform}: badge right of the checkbox`).toBeGreaterThan(c.x + c.width);
      expect(b.y, `${platform}: badge on the checkbox's line`).toBeLessThan(c.y + c.height);
    }
    const ekatalog = rowOf('ekatalog');
    const badge = ekatalog.getByTestId('publish-readiness');
    await expect(badge).toHaveAttribute('data-verdict', 'blocked');
    await expect(badge).toHaveText('Terhalang');
    const reason = ekatalog.locator('[data-testid="readiness-issue"][data-code="missing-unit"]');
    await expect(reason).toBeVisible();
    await expect(reason).toContainText('Satuan (unit) wajib untuk e-Katalog');
    // The reasons are a column beside the badge: the first on the badge's line, all right of it.
    const [b, r, first] = [await box(badge), await box(reason), await box(ekatalog.getByTestId('readiness-issue').first())];
    expect(r.x, 'reason right of the badge').toBeGreaterThanOrEqual(b.x + b.width);
    expect(first.y, 'reasons start on the badge line').toBeLessThan(b.y + b.height);

    // Keyboard: from the e-Katalog checkbox, Tab reaches each reason's fix link (blockers first: weight,
    // then unit); Enter opens the editor with the cursor in the unit field (its folded section opened).
    await ekatalog.getByTestId('publish-platform').focus();
    await dashboard.keyboard.press('Tab');
    await expect(ekatalog.locator('[data-testid="readiness-issue"][data-code="missing-weight"]').getByTestId('readiness-fix')).toBeFocused();
    await dashboard.keyboard.press('Tab');
    const fix = reason.getByTestId('readiness-fix');
    await expect(fix).toBeFocused();
    await expect(fix).toHaveText('Perbaiki');
    await dashboard.keyboard.press('Enter');
    const editor = dashboard.getByTestId('product-editor');
    await expect(editor).toBeVisible();
    const unit = editor.getByLabel('Satuan', { exact: true });
    await expect(unit).toBeFocused();
    await expect(unit).toBeInViewport();

    // Escape closes the editor and comes back to the publish dialog, then Escape closes that too.
    await dashboard.keyboard.press('Escape');
    await expect(editor).toBeHidden();
    await expect(dialog).toBeVisible();
    await expect(fix).toBeFocused();
    await dashboard.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
}

test('at 800×600 the dashboard and the editor fit: nothing cut off sideways, sizes and prices readable', async ({ dashboard }) => {
  const coffee = {
    ...KERIPIK,
    sku: 'KOPI-01',
    name: 'Kopi Bubuk Robusta',
    price: 67000,
    stock: 6,
    variants: {
      options: [{ name: 'Ukuran', values: ['250 g', '1 kg'] }],
      items: [
        { sku: 'KOPI-01-250', options: { Ukuran: '250 g' }, price: 67000, stock: 4 },
        { sku: 'KOPI-01-1KG', options: { Ukuran: '1 kg' }, price: 1250000, stock: 2 },
      ],
    },
  };
  await seedCatalogue(dashboard, [PRODUCT, coffee]);
  await dashboard.setViewportSize({ width: 800, height: 600 });

  // No sideways scrolling; the row's buttons are whole on screen.
  const row = await findProduct(dashboard, coffee.sku);
  await expect(row).toBeVisible();
  expect(await dashboard.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
  for (const id of ['publish-everywhere', 'product-edit', 'product-delete']) {
    const b = await box(row.getByTestId(id));
    expect(b.x, id).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width, id).toBeLessThanOrEqual(800);
  }
  await expect(dashboard.getByTestId('product-add')).toBeInViewport({ ratio: 1 });

  // The editor: Panjang, Lebar, Tinggi side by side without overlapping, each label over its own box.
  await row.getByTestId('product-edit').click();
  const editor = dashboard.getByTestId('product-editor');
  await expect(editor).toBeVisible();
  const sizes = [];
  for (const label of ['Panjang', 'Lebar', 'Tinggi']) sizes.push(await box(editor.getByLabel(label, { exact: true })));
  for (let i = 1; i < sizes.length; i++) expect(sizes[i]!.x, 'size boxes do not overlap').toBeGreaterThanOrEqual(sizes[i - 1]!.x + sizes[i - 1]!.width);
  // Every variant price shows whole, "Rp1.250.000" included.
  const prices = editor.getByTestId('variant-row').getByRole('textbox', { name: /^Harga / });
  await expect(prices).toHaveCount(2);
  await expect(prices.nth(1)).toHaveValue('Rp1.250.000');
  for (const price of await prices.all()) {
    await price.scrollIntoViewIfNeeded();
    expect(await price.evaluate((el: HTMLInputElement) => el.scrollWidth <= el.clientWidth)).toBe(true);
  }
  await expect(editor.getByTestId('editor-save')).toBeInViewport({ ratio: 1 });
});

test('the dialog speaks English once the seller switches, without a reload', async ({ dashboard }) => {
  await seedCatalogue(dashboard, [PRODUCT]);
  await dashboard.getByTestId('language-en').click();
  const dialog = await openPublish(dashboard);
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(`Publish "${LONG_NAME}"`);
  const ekatalog = dialog.locator('.publish-choice').filter({ has: dashboard.locator('[data-testid="publish-platform"][data-platform="ekatalog"]') });
  await expect(ekatalog.getByTestId('publish-readiness')).toHaveText('Blocked');
  await expect(ekatalog.locator('[data-testid="readiness-issue"][data-code="missing-unit"]')).toContainText('e-Katalog needs a unit of measure');
  await expect(ekatalog.getByTestId('readiness-fix').first()).toHaveText('Fix');
  await expect(dialog.locator('footer')).toContainText('5 of 5 marketplaces chosen · 5 blocked, will be skipped');
  await expect(dialog.getByTestId('publish-start')).toHaveText('Start publishing');
});
