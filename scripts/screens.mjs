// `npm run screens`: screenshots of every screen a seller uses, in Bahasa Indonesia and English, at a
// 1366×768 laptop and an 800×600 small screen, for reviewing the UI and for the docs. Runs the built
// extension in headless Chromium with the practice seller centres (like scripts/demo.mjs), fills the
// catalogue, publishes one product to two replicas and fills one replica from the panel, then writes
// docs/screens/<screen>-<lang>-<width>.png and a generated docs/screens/README.md index. Also shoots the
// guided tour on a step and, once the dashboard has the Latihan menu, a bundled practice page; and copies
// the README's set (Bahasa Indonesia, 1366×768) to docs/screenshot-<screen>.png.
//
//   npm run screens                      build, then shoot everything
//   node scripts/screens.mjs             shoot with the build already in .output/chrome-mv3
//
// Viewport shots (what the seller sees without scrolling), not full pages. Waits are on the page's own
// state (test ids, data-state, the document's lang), never fixed sleeps.
import { chromium } from '@playwright/test';
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, startSellerServer } from '../tests/e2e/support/seller-server.mjs';
import { chromiumArgs, chromiumPath, extensionDir } from '../tests/e2e/support/chromium.mjs';
import { makePng, pngDataUrl } from '../tests/e2e/support/png.mjs';
import { BRANDED, KERIPIK } from '../tests/e2e/support/products.mjs';

const OUT = path.join(REPO_ROOT, 'docs/screens');
const LANGUAGES = /** @type {const} */ (['id', 'en']);
const SIZES = [
  { width: 1366, height: 768 },
  { width: 800, height: 600 },
];
/** The toolbar popup is drawn at its own size (Chromium sizes a popup to its content). */
const POPUP_SIZE = { width: 360, height: 260 };
const PUBLISH_TO = ['shopee', 'tiktok-tokopedia'];
const PANEL_PAGE = 'https://seller.shopee.co.id/portal/product/new';
/** The tour step shown in the docs: "Terbitkan ke semua" highlighted on the first product. */
const TOUR_STEP = 'publish';
/** The README's screenshots, in this order, copied from the Bahasa Indonesia 1366×768 shots. */
const README_SET = ['dashboard', 'publish-dialog', 'panel', 'practice', 'tour'];
const TIMEOUT = 90_000;

const say = (/** @type {string} */ line) => console.log(`[screens] ${line}`);

// ---- a small sample catalogue, with real (generated) photos so readiness lets publish through ----

/** A solid-colour photo with a white stripe, as a data URL. */
const photo = (/** @type {number[]} */ rgb, size = 96) => pngDataUrl(makePng(size, size, rgb));

const at = (/** @type {string} */ iso) => Date.parse(iso);
const CATALOGUE = {
  format: 'serentak-catalogue',
  version: 1,
  products: [
    KERIPIK,
    BRANDED,
    {
      sku: 'KOP-01',
      name: 'Kopi Bubuk Robusta Lampung 250 g',
      description: 'Digiling halus, cocok untuk kopi tubruk.',
      price: 35000,
      stock: 45,
      weightGrams: 260,
      condition: 'new',
      brand: 'Kopi Kita',
      category: 'Kopi bubuk',
      photos: [photo([90, 55, 30])],
      createdAt: at('2026-02-01T08:00:00Z'),
      updatedAt: at('2026-02-01T08:00:00Z'),
    },
    {
      sku: 'MDU-01',
      name: 'Madu Hutan Sumbawa 500 ml',
      description: 'Madu hutan asli, tanpa campuran.',
      price: 85000,
      stock: 0,
      weightGrams: 700,
      condition: 'new',
      category: 'Madu',
      photos: [],
      createdAt: at('2026-01-20T08:00:00Z'),
      updatedAt: at('2026-01-20T08:00:00Z'),
    },
    {
      sku: 'BTK-07',
      name: 'Kain Batik Tulis Pekalongan 2 m',
      description: 'Batik tulis motif jlamprang, katun primisima.',
      price: 450000,
      stock: 6,
      weightGrams: 400,
      condition: 'new',
      category: 'Kain batik',
      photos: [photo([30, 50, 110])],
      createdAt: at('2026-01-05T08:00:00Z'),
      updatedAt: at('2026-01-05T08:00:00Z'),
    },
  ],
};

/** One good row and one bad one (no name, a price that is not a number), for the import preview. */
const MIXED_CSV = 'sku,name,price,stock\nTEH-01,Teh Melati 50 g,12000,40\nTEH-02,,harga?,-3\n';

// ---- the run ----

const server = await startSellerServer({ quiet: true });
const profile = await mkdtemp(path.join(os.tmpdir(), 'serentak-screens-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath(),
  headless: true,
  args: chromiumArgs(extensionDir(), server.hostResolverRules),
  viewport: SIZES[0],
});
context.setDefaultTimeout(30_000);

/** @type {{ screen: string, lang: string, width: number, height: number, file: string }[]} */
const shots = [];

try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const dashboard = context.pages()[0] ?? (await context.newPage());
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html`);

  await importCatalogue(dashboard);
  // The panel first: its preview is of the product as imported. After the publish, the category path
  // a fill learns lands in the catalogue at its own pace, and the preview would change between runs.
  const seller = await fillFromPanel(context);
  await dashboard.bringToFront();
  await publishOnce(dashboard);

  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  const popup = await context.newPage();

  for (const lang of LANGUAGES) {
    await dashboard.bringToFront();
    await dashboard.getByTestId(`language-${lang}`).click();
    await dashboard.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
    await seller.locator('[data-testid="serentak-panel"]').waitFor();
    await seller.frameLocator('[data-testid="serentak-panel"]').locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });

    for (const size of SIZES) {
      await dashboard.setViewportSize(size);
      await dashboard.bringToFront();
      await shootDashboardScreens(dashboard, lang, size);

      await shootTourStep(dashboard, lang, size);
      await shootPracticePage(context, dashboard, lang, size);

      await seller.setViewportSize(size);
      await seller.bringToFront();
      const panel = seller.frameLocator('[data-testid="serentak-panel"]');
      await panel.locator('[data-testid="fill-report"][data-state="done"]').waitFor();
      await shoot(seller, 'panel', lang, size);
    }

    await popup.setViewportSize(POPUP_SIZE);
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
    await popup.locator(`[data-testid="popup-count"][data-count="${CATALOGUE.products.length}"]`).waitFor();
    await fitToContent(popup);
    await shoot(popup, 'popup', lang, popup.viewportSize() ?? POPUP_SIZE);
  }

  await writeIndex();
  await copyReadmeSet();
  say(`${shots.length} screenshots and README.md in ${path.relative(process.cwd(), OUT)}/`);
} catch (error) {
  console.error('[screens] failed:', error);
  process.exitCode = 1;
} finally {
  await context.close().catch(() => {});
  await server.close();
  await rm(profile, { recursive: true, force: true });
}

/** @typedef {import('@playwright/test').Page} Page */

async function importCatalogue(/** @type {Page} */ page) {
  await page.getByTestId('catalogue-import').setInputFiles({
    name: 'katalog.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(CATALOGUE)),
  });
  await page.getByTestId('import-confirm').click();
  const result = page.getByTestId('import-result');
  await result.waitFor();
  say(`sample catalogue imported: ${await result.getAttribute('data-imported')} products`);
  await leaveImport(page);
}

/** Leaves the import preview or result (a reload drops it, whatever its close button looks like). */
async function leaveImport(/** @type {Page} */ page) {
  await page.reload();
  await page.locator(`[data-testid="catalogue-count"][data-total="${CATALOGUE.products.length}"]`).waitFor();
  await page.getByTestId('import-confirm').waitFor({ state: 'detached' });
}

/** The list is virtualised: search for the SKU so its row is rendered. */
async function row(/** @type {Page} */ page, /** @type {string} */ sku) {
  await page.getByTestId('catalogue-search').fill(sku);
  const found = page.locator(`[data-testid="product-row"][data-sku="${sku}"]`);
  await found.waitFor();
  return found;
}

async function clearSearch(/** @type {Page} */ page) {
  await page.getByTestId('catalogue-search').fill('');
  await page.locator(`[data-testid="catalogue-count"][data-shown="${CATALOGUE.products.length}"]`).waitFor();
}

/** "Terbitkan ke semua" for the keripik on two marketplaces; waits until both forms are filled. */
async function publishOnce(/** @type {Page} */ page) {
  await (await row(page, 'KRP-01')).getByTestId('publish-everywhere').click();
  const dialog = page.getByTestId('publish-dialog');
  for (const box of await dialog.getByTestId('publish-platform').all()) {
    await box.and(page.locator(':enabled')).waitFor();
    await box.setChecked(PUBLISH_TO.includes(/** @type {string} */ (await box.getAttribute('data-platform'))));
  }
  await dialog.getByTestId('publish-start').click();
  for (const platform of PUBLISH_TO) {
    const status = dialog.locator(`[data-testid="publish-status"][data-platform="${platform}"]`);
    await status.and(page.locator('[data-state="filled"], [data-state="failed"], [data-state="blocked"], [data-state="needs-login"]')).waitFor({ timeout: TIMEOUT });
    say(`published to ${platform}: ${await status.getAttribute('data-state')}`);
  }
  await page.bringToFront();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await clearSearch(page);
}

/** The Shopee replica's add page, filled from the panel with the keripik: the panel shows its report. */
async function fillFromPanel(/** @type {import('@playwright/test').BrowserContext} */ ctx) {
  const page = await ctx.newPage();
  await page.goto(PANEL_PAGE);
  const panel = page.frameLocator('[data-testid="serentak-panel"]');
  await panel.getByTestId('panel-search').fill('KRP-01');
  await panel.locator('[data-testid="panel-product"][data-sku="KRP-01"]').click();
  const fill = panel.getByTestId('fill-button');
  await fill.and(panel.locator(':enabled')).waitFor();
  await fill.click();
  await panel.locator('[data-testid="fill-report"][data-state="done"]').waitFor({ timeout: TIMEOUT });
  say('panel: Shopee replica filled, report done');
  return page;
}

/** Dashboard catalogue, editor, import preview and publish dialog (with the statuses of the publish). */
async function shootDashboardScreens(/** @type {Page} */ page, /** @type {string} */ lang, /** @type {{width: number, height: number}} */ size) {
  await page.evaluate(() => scrollTo(0, 0));
  await page.getByTestId('product-row').first().waitFor();
  await blur(page);
  await shoot(page, 'dashboard', lang, size);

  await (await row(page, 'KRP-01')).getByTestId('product-edit').click();
  const editor = page.getByTestId('product-editor');
  await editor.getByTestId('photo-tile').nth(2).waitFor();
  await shoot(page, 'editor', lang, size);
  await page.keyboard.press('Escape');
  await editor.waitFor({ state: 'detached' });
  await clearSearch(page);
  await blur(page);

  await page.getByTestId('catalogue-import').setInputFiles({ name: 'campur.csv', mimeType: 'text/csv', buffer: Buffer.from(MIXED_CSV) });
  await page.getByTestId('import-error').waitFor();
  await page.getByTestId('import-confirm').waitFor();
  await shoot(page, 'import-preview', lang, size);
  await leaveImport(page);

  await (await row(page, 'KRP-01')).getByTestId('publish-everywhere').click();
  const dialog = page.getByTestId('publish-dialog');
  for (const platform of PUBLISH_TO) await dialog.locator(`[data-testid="publish-status"][data-platform="${platform}"]`).waitFor();
  await shoot(page, 'publish-dialog', lang, size);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await clearSearch(page);
}

/** The guided tour, restarted from "Bantuan" and walked with → to the publish step. */
async function shootTourStep(/** @type {Page} */ page, /** @type {string} */ lang, /** @type {{width: number, height: number}} */ size) {
  await page.bringToFront();
  await page.getByTestId('help-menu').click();
  await page.getByTestId('tour-restart').click();
  const ready = page.locator('[data-testid="tour-popover"][data-ready]');
  for (let i = 0; i < 10; i++) {
    await ready.waitFor();
    if ((await ready.getAttribute('data-step')) === TOUR_STEP) break;
    const from = await ready.getAttribute('data-step');
    await page.keyboard.press('ArrowRight');
    await page.locator(`[data-testid="tour-popover"][data-ready]:not([data-step="${from}"])`).waitFor();
  }
  await page.locator(`[data-testid="tour-popover"][data-ready][data-step="${TOUR_STEP}"]`).waitFor();
  await shoot(page, 'tour', lang, size);
  await page.keyboard.press('Escape');
  await page.getByTestId('tour-popover').waitFor({ state: 'detached' });
  await clearSearch(page);
}

/**
 * A bundled practice page (issue 10), opened from the dashboard's Latihan menu, when this build has one;
 * skipped (and said) when it does not.
 */
async function shootPracticePage(
  /** @type {import('@playwright/test').BrowserContext} */ ctx,
  /** @type {Page} */ page,
  /** @type {string} */ lang,
  /** @type {{width: number, height: number}} */ size,
) {
  if ((await page.getByTestId('practice-menu').count()) === 0) {
    if (lang === LANGUAGES[0] && size === SIZES[0]) say('no practice-menu on the dashboard: practice page not shot');
    return;
  }
  await page.getByTestId('practice-menu').click();
  const [practice] = await Promise.all([
    ctx.waitForEvent('page'),
    page.locator('[data-testid="practice-open"][data-platform="shopee"]').click(),
  ]);
  await practice.setViewportSize(size);
  await practice.getByTestId('practice-page').waitFor();
  await practice.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
  await shoot(practice, 'practice', lang, size);
  await practice.close();
  await page.bringToFront();
  await page.keyboard.press('Escape');
}

/** The README's screenshots: docs/screenshot-<screen>.png, Bahasa Indonesia at 1366×768. */
async function copyReadmeSet() {
  for (const screen of README_SET) {
    const shot = shots.find((s) => s.screen === screen && s.lang === 'id' && s.width === SIZES[0].width);
    if (!shot) {
      say(`README: no ${screen} shot, docs/screenshot-${screen}.png left as it is`);
      continue;
    }
    await copyFile(path.join(OUT, shot.file), path.join(REPO_ROOT, 'docs', `screenshot-${screen}.png`));
    say(`README: docs/screenshot-${screen}.png`);
  }
}

/** No focus ring left on a button a previous step pressed (focus returns there when a dialog closes). */
async function blur(/** @type {Page} */ page) {
  await page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement)?.blur());
}

/** Shrinks the popup's viewport to its content, as Chromium sizes a real toolbar popup. */
async function fitToContent(/** @type {Page} */ page) {
  // measured from a tiny viewport, so the content's own size shows in the scroll size
  await page.setViewportSize({ width: 200, height: 100 });
  const { width, height } = await page.evaluate(() => ({
    width: Math.ceil(document.documentElement.scrollWidth),
    height: Math.ceil(document.documentElement.scrollHeight),
  }));
  await page.setViewportSize({ width: Math.min(Math.max(width, 200), 800), height: Math.min(Math.max(height, 100), 600) });
}

async function shoot(/** @type {Page} */ page, /** @type {string} */ screen, /** @type {string} */ lang, /** @type {{width: number, height: number}} */ size) {
  const file = `${screen}-${lang}-${size.width}.png`;
  // the same picture on every run: no hover left by the last click, every thumbnail decoded
  await page.mouse.move(0, 0);
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  // no blinking caret or running animation in a picture meant for review
  await page.screenshot({ path: path.join(OUT, file), animations: 'disabled', caret: 'hide' });
  shots.push({ screen, lang, width: size.width, height: size.height, file });
  say(file);
}

async function writeIndex() {
  const screens = [...new Set(shots.map((s) => s.screen))];
  const titles = {
    dashboard: 'Dashboard: the catalogue',
    editor: 'Product editor (a product with three photos)',
    'import-preview': 'Import preview (a CSV with one good and one rejected row)',
    'publish-dialog': `Publish dialog, after publishing to ${PUBLISH_TO.join(' and ')} (practice replicas)`,
    popup: 'Toolbar popup',
    panel: 'Panel on the Shopee practice add page, after "Isi formulir" (fill report)',
    tour: `Guided tour (Bantuan → Mulai tur panduan), on its "${TOUR_STEP}" step`,
    practice: 'Bundled practice page (Shopee), opened from the Latihan menu',
  };
  const lines = [
    '# Screens',
    '',
    '<!-- Generated by `npm run screens` (scripts/screens.mjs): do not edit by hand, run it again. -->',
    '',
    'Every screen a seller uses, in Bahasa Indonesia (`id`) and English (`en`), as the built extension',
    'shows it in headless Chromium with the practice seller centres. Viewport screenshots (what is seen',
    `without scrolling) at ${SIZES.map((s) => `${s.width}×${s.height}`).join(' and ')}; the popup at its own size.`,
    '',
  ];
  for (const screen of screens) {
    lines.push(`## ${titles[/** @type {keyof typeof titles} */ (screen)] ?? screen}`, '');
    lines.push('| language | size | screenshot |', '| --- | --- | --- |');
    for (const s of shots.filter((x) => x.screen === screen)) {
      lines.push(`| ${s.lang} | ${s.width}×${s.height} | [![${screen} ${s.lang} ${s.width}](${s.file})](${s.file}) |`);
    }
    lines.push('');
  }
  const files = (await readdir(OUT)).filter((f) => f.endsWith('.png'));
  if (files.length !== shots.length) throw new Error(`expected ${shots.length} PNGs in ${OUT}, found ${files.length}`);
  await writeFile(path.join(OUT, 'README.md'), lines.join('\n'));
}
