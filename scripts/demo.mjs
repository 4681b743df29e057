// `npm run demo`: Serentak as a workshop sees it, with no seller account, no server and no internet.
// Launches Chromium with the built extension, loads the workshop sample catalogue (the dashboard's own
// button, which also turns practice mode on) and opens the practice seller pages bundled in the
// extension (practice.html?platform=<id>, the dashboard's Latihan menu), one per marketplace.
// Headed when there is a display; otherwise headless: it fills one practice page from the panel and
// saves screenshots into docs/practice/, then says how to see it live.
//
//   CHROME_PATH=/path/to/chromium npm run demo    use another Chromium (branded Chrome ignores --load-extension)
//   npm run demo -- --headless                    force headless (screenshots only)
import { chromium } from '@playwright/test';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, readPlatformHosts } from '../tests/e2e/support/seller-server.mjs';
import { chromiumArgs, chromiumPath, extensionDir } from '../tests/e2e/support/chromium.mjs';

const outDir = process.env.SERENTAK_OUT_DIR || '.output';
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = process.argv.includes('--headless') || !hasDisplay;
const screenshots = path.resolve(REPO_ROOT, 'docs/practice');
/** The sample product the headless run fills on the Shopee practice page (ready there, with photos). */
const DEMO_SKU = 'TAS-PDN-01';

const say = (/** @type {string} */ line) => console.log(`[demo] ${line}`);

const profile = await mkdtemp(path.join(os.tmpdir(), 'serentak-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath(),
  headless,
  // No host resolves: the practice pages are inside the extension, so the demo shows it works offline.
  args: chromiumArgs(extensionDir(outDir), 'MAP * ~NOTFOUND'),
  viewport: headless ? { width: 1366, height: 850 } : null,
});

async function shutDown() {
  await context.close().catch(() => {});
  await rm(profile, { recursive: true, force: true });
}
process.on('SIGINT', () => void shutDown().then(() => process.exit(0)));

try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const dashboard = context.pages()[0] ?? (await context.newPage());
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html`);
  say(`dashboard: chrome-extension://${extensionId}/dashboard.html`);
  await loadSampleCatalogue(dashboard);

  const pages = [];
  for (const { platform } of readPlatformHosts()) {
    const url = `chrome-extension://${extensionId}/practice.html?platform=${platform}`;
    const page = await context.newPage();
    await page.goto(url);
    pages.push({ platform, page });
    say(`${platform.padEnd(17)} ${url}`);
  }
  // Each page's panel lists the sample before anyone looks (or a screenshot is taken).
  for (const { page } of pages) {
    await page.frameLocator('[data-testid="serentak-panel"]').getByTestId('panel-product').first().waitFor({ timeout: 15_000 }).catch(() => {});
  }

  if (headless) {
    await mkdir(screenshots, { recursive: true });
    await dashboard.bringToFront();
    await dashboard.getByTestId('practice-menu').click();
    await dashboard.screenshot({ path: path.join(screenshots, 'dashboard-latihan.png') });
    await dashboard.keyboard.press('Escape');
    for (const { platform, page } of pages) {
      await page.bringToFront();
      await page.screenshot({ path: path.join(screenshots, `practice-${platform}.png`) });
    }
    const shopee = pages.find((p) => p.platform === 'shopee')?.page;
    if (shopee) await fillOnce(shopee);
    say(`no display here, so the demo ran headless. Screenshots: ${path.relative(process.cwd(), screenshots)}/`);
    say('To use the demo live, run `npm run demo` on a desktop (Linux with a display, macOS or Windows).');
    say(`Or load ${outDir}/chrome-mv3 as an unpacked extension yourself (see README), then open Latihan.`);
    await shutDown();
  } else {
    await dashboard.bringToFront();
    say('Chromium is open: try "Terbitkan ke semua" on a product (practice mode is on), or fill a practice page from its panel.');
    say('Close the browser window or press Ctrl+C to stop.');
    await new Promise((resolve) => context.on('close', resolve));
    await rm(profile, { recursive: true, force: true });
  }
} catch (error) {
  console.error('[demo] failed:', error);
  await shutDown();
  process.exit(1);
}

/** Presses "Muat katalog contoh" on the dashboard, as a trainer would (public/sample/katalog-contoh.json). */
async function loadSampleCatalogue(/** @type {import('@playwright/test').Page} */ page) {
  try {
    await page.getByTestId('load-sample').click({ timeout: 15_000 });
    const result = page.getByTestId('import-result');
    await result.waitFor({ timeout: 30_000 });
    say(`sample catalogue loaded: ${await result.getAttribute('data-imported')} products (practice mode on)`);
  } catch (error) {
    say(`could not load the sample catalogue (${String(error).split('\n')[0]}); the dashboard starts empty`);
  }
}

/** Fills the Shopee practice page from its panel, as a trainer shows it, and keeps the report on screen. */
async function fillOnce(/** @type {import('@playwright/test').Page} */ page) {
  try {
    await page.bringToFront();
    const panel = page.frameLocator('[data-testid="serentak-panel"]');
    await panel.getByTestId('panel-search').fill(DEMO_SKU);
    await panel.locator(`[data-testid="panel-product"][data-sku="${DEMO_SKU}"]`).click();
    await panel.getByTestId('fill-button').click();
    await panel.locator('[data-testid="fill-report"][data-state="done"]').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: path.join(screenshots, 'practice-shopee-filled.png') });
    say(`filled the Shopee practice page with ${DEMO_SKU}: practice-shopee-filled.png`);
    // the page's own save, as the trainer shows next: the green "saved (practice)" box and its link
    await page.getByRole('button', { name: 'Simpan & Tampilkan' }).click();
    await page.getByTestId('practice-saved').waitFor({ timeout: 15_000 });
    await page.screenshot({ path: path.join(screenshots, 'practice-shopee-saved.png') });
    say('saved it with the page\'s own button: practice-shopee-saved.png');
  } catch (error) {
    say(`could not fill the Shopee practice page (${String(error).split('\n')[0]})`);
  }
}
