// Workshop practice (issue 10), on the built extension with no network at all: the practice seller
// pages bundled in the extension, opened from the dashboard's Latihan menu and by "Terbitkan ke semua"
// in practice mode; the same panel, fill, report, "Tunjukkan" and the page's own save, whose fake
// listing link lands in the catalogue. Every request that tries to leave the extension is refused and
// counted: the count must stay 0.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/offline-extension';
import { findProduct } from './support/dashboard';
import { fillWith, panelFrame, replicaState } from './fill-panel';
import { expectAccessible } from './support/a11y';

const ALL = ['shopee', 'tiktok-tokopedia', 'lazada', 'ekatalog', 'blibli'] as const;
type PlatformId = (typeof ALL)[number];

/**
 * The sample's anyaman bag: ready on four platforms, blocked by readiness on e-Katalog (no unit, KBKI,
 * TKDN), and a product each of those replicas accepts on save (its category and brand are in their lists).
 */
const BAG = { sku: 'TAS-PDN-01', name: 'Tas Anyaman Pandan', ready: ['shopee', 'tiktok-tokopedia', 'lazada', 'blibli'] as PlatformId[] };
/** TikTok/Tokopedia's own save button (what a seller presses there). */
const TIKTOK_SAVE = /^Kirim$/;

async function loadSample(dashboard: Page): Promise<void> {
  await dashboard.getByTestId('load-sample').click();
  await expect(dashboard.getByTestId('import-result')).toHaveAttribute('data-rejected', '0');
}

const practiceTabs = (context: BrowserContext, platform: PlatformId) =>
  context.pages().filter((p) => {
    const url = new URL(p.url());
    return url.pathname === '/practice.html' && url.searchParams.get('platform') === platform;
  });

/** Opens one platform's practice page from the dashboard's Latihan menu. */
async function openFromMenu(context: BrowserContext, dashboard: Page, platform: PlatformId): Promise<Page> {
  await dashboard.getByTestId('practice-menu').click();
  const [page] = await Promise.all([context.waitForEvent('page'), dashboard.locator(`[data-testid="practice-open"][data-platform="${platform}"]`).click()]);
  await expect(page.getByTestId('practice-page')).toHaveAttribute('data-platform', platform);
  await expect(panelFrame(page).getByTestId('panel-product').first()).toBeVisible();
  return page;
}

test('load the sample → practice mode on → publish everywhere: every practice page filled, its report read, a save recorded', async ({ context, dashboard, refused }) => {
  await loadSample(dashboard);
  await expect(dashboard.getByTestId('practice-banner')).toContainText('Mode latihan aktif');

  const row = await findProduct(dashboard, BAG.sku);
  await row.getByTestId('publish-everywhere').click();
  for (const p of ALL) await expect(dashboard.locator(`[data-testid="publish-platform"][data-platform="${p}"]`)).toBeChecked();
  await dashboard.getByTestId('publish-start').click();

  // The same states and readiness as a real publish: e-Katalog stays blocked, the others are filled.
  const status = (p: PlatformId) => dashboard.locator(`[data-testid="publish-status"][data-platform="${p}"]`);
  await expect(status('ekatalog')).toHaveAttribute('data-state', 'blocked');
  for (const p of BAG.ready) await expect(status(p), p).toHaveAttribute('data-state', 'filled', { timeout: 120_000 });
  expect(practiceTabs(context, 'ekatalog'), 'no tab for a blocked platform').toHaveLength(0);
  for (const p of BAG.ready) {
    // the report as the dialog gives it: filled, for the seller to review and save
    await expect(status(p), p).toContainText('Periksa formulir lalu simpan');
    const tabs = practiceTabs(context, p);
    expect(tabs, `${p}: one practice tab`).toHaveLength(1);
    const page = tabs[0]!;
    await expect(page.getByTestId('practice-page')).toHaveAttribute('data-platform', p);
    await expect(page.getByTestId('practice-banner')).toBeVisible();
    const { model, saved } = await replicaState(page);
    expect({ p, name: String(model.name).startsWith(BAG.name), saved }).toEqual({ p, name: true, saved: false });
  }

  // The seller saves one practice form with the page's own button: the success state, the fake
  // listing link, and publish records it as it records a real one.
  const tiktok = practiceTabs(context, 'tiktok-tokopedia')[0]!;
  await tiktok.bringToFront();
  await tiktok.getByRole('button', { name: TIKTOK_SAVE }).click();
  await expect(tiktok.getByTestId('practice-saved')).toBeVisible();
  const link = await tiktok.getByTestId('practice-listing-link').getAttribute('href');
  expect(link).toMatch(/\/practice\.html\?platform=tiktok-tokopedia&listing=\d+$/);
  await expect(status('tiktok-tokopedia')).toHaveAttribute('data-state', 'submitted');
  await expect(status('tiktok-tokopedia').getByTestId('publish-link')).toHaveAttribute('href', link!);

  await dashboard.bringToFront();
  await dashboard.keyboard.press('Escape');
  const listing = (await findProduct(dashboard, BAG.sku)).locator('[data-testid="listing-link"][data-platform="tiktok-tokopedia"]');
  await expect(listing).toHaveAttribute('href', link!);
  await expect(listing).toHaveAttribute('data-state', 'submitted');

  expect(refused, 'requests that tried to leave the extension').toEqual([]);
});

test('a practice page from the Latihan menu: pick, Isi formulir, Tunjukkan highlights, the save records its link', async ({ context, dashboard, refused }) => {
  await loadSample(dashboard);
  const page = await openFromMenu(context, dashboard, 'tiktok-tokopedia');
  await expect(page.getByText('Latihan', { exact: true }).first()).toBeVisible();

  const { statuses } = await fillWith(page, BAG.sku);
  expect({ name: statuses.name, price: statuses.price, photos: statuses.photos, category: statuses.category }).toEqual({
    name: 'filled',
    price: 'filled',
    photos: 'filled',
    category: 'filled',
  });
  expect(String((await replicaState(page)).model.name)).toMatch(new RegExp(`^${BAG.name}`));

  // "Tunjukkan" outlines the field on the practice page, as on the real one.
  await panelFrame(page).locator('[data-field="price"]').getByRole('button', { name: 'Tunjukkan Harga di halaman' }).click();
  await expect(page.locator('[data-serentak-highlight="price"]')).toHaveCount(1);

  // The page's own save: success state, fake link, recorded in the catalogue for the filled product.
  await page.getByRole('button', { name: TIKTOK_SAVE }).click();
  await expect(page.getByTestId('practice-saved')).toContainText(BAG.sku);
  const link = await page.getByTestId('practice-listing-link').getAttribute('href');
  expect(link).toMatch(/\/practice\.html\?platform=tiktok-tokopedia&listing=\d+$/);
  await dashboard.bringToFront();
  const listing = (await findProduct(dashboard, BAG.sku)).locator('[data-testid="listing-link"][data-platform="tiktok-tokopedia"]');
  await expect(listing).toHaveAttribute('href', link!);
  // The saved page is an edit page to the panel, as on the real seller centre: "Simpan ke katalog" reads it.
  await panelFrame(page).getByTestId('save-to-catalogue').click();
  await expect(panelFrame(page).getByTestId('save-to-catalogue-preview')).toHaveAttribute('data-sku', BAG.sku);

  expect(refused, 'requests that tried to leave the extension').toEqual([]);
});

test('the banner shows on every screen while practice mode is on; turning it off hides it; English through the switch', async ({ context, dashboard, extensionId }) => {
  await loadSample(dashboard);
  const page = await openFromMenu(context, dashboard, 'blibli');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);

  const banners = [dashboard.getByTestId('practice-banner'), page.getByTestId('practice-banner'), panelFrame(page).getByTestId('practice-banner'), popup.getByTestId('practice-banner')];
  for (const banner of banners) await expect(banner).toContainText('Mode latihan aktif');
  await expect(page.locator('.practice-strip')).toContainText('Halaman latihan Blibli');
  // Serentak's own part of the practice page (the replica's markup imitates a seller centre: not judged)
  await expectAccessible(page, 'practice page strip and banner', { include: '#practice-chrome' });
  await expect(popup.locator('[data-testid="practice-open"][data-platform="shopee"]')).toBeVisible();

  // English through the app's one language switch: dashboard, practice page and panel follow.
  await dashboard.getByTestId('language-en').click();
  for (const banner of banners) await expect(banner).toContainText('Practice mode is on');
  await expect(page.locator('.practice-strip')).toContainText('Blibli practice page');
  await dashboard.getByTestId('practice-menu').click();
  await expect(dashboard.locator('[data-testid="practice-open"][data-platform="lazada"]')).toHaveText('Lazada practice');
  await expectAccessible(dashboard, 'dashboard with the Practice menu open');
  await dashboard.keyboard.press('Escape');

  // The setting is on (the sample turned it on); the banner's own button turns it off everywhere.
  await dashboard.getByTestId('nav-settings').click();
  await expect(dashboard.getByTestId('practice-mode')).toBeChecked();
  await page.getByTestId('practice-banner-off').click();
  for (const banner of banners) await expect(banner).toHaveCount(0);
  await expect(dashboard.getByTestId('practice-mode')).not.toBeChecked();
  // and the checkbox turns it back on
  await dashboard.getByTestId('practice-mode').check();
  await expect(dashboard.getByTestId('practice-banner')).toContainText('Practice mode is on');

  // The popup's Practice entries open the same pages.
  const [fromPopup] = await Promise.all([context.waitForEvent('page'), popup.locator('[data-testid="practice-open"][data-platform="shopee"]').click()]);
  await expect(fromPopup.getByTestId('practice-page')).toHaveAttribute('data-platform', 'shopee');
  await expect(panelFrame(fromPopup).getByTestId('panel-product').first()).toBeVisible();
});
