// `npm run demo`: Serentak as a seller sees it, without any seller account or internet. Starts the
// practice seller centres (the replicas, at their real URLs), launches Chromium with the built extension,
// loads the workshop sample catalogue (the dashboard's own button) and opens every platform's add-product page.
// Headed when there is a display; otherwise headless, saving screenshots and saying how to see it live.
//
//   CHROME_PATH=/path/to/chromium npm run demo    use another Chromium (branded Chrome ignores --load-extension)
//   npm run demo -- --headless                    force headless (screenshots only)
import { chromium } from '@playwright/test';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, startSellerServer } from '../tests/e2e/support/seller-server.mjs';
import { chromiumArgs, chromiumPath, extensionDir } from '../tests/e2e/support/chromium.mjs';
import { addProductPages } from './demo/practice-pages.mjs';

const outDir = process.env.SERENTAK_OUT_DIR || '.output';
const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = process.argv.includes('--headless') || !hasDisplay;
const screenshots = path.resolve(REPO_ROOT, outDir, 'demo');

const say = (/** @type {string} */ line) => console.log(`[demo] ${line}`);

const server = await startSellerServer({ quiet: true });
const profile = await mkdtemp(path.join(os.tmpdir(), 'serentak-demo-'));
say(`practice seller centres on https://127.0.0.1:${server.port} (reached through their real host names)`);

const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath(),
  headless,
  args: chromiumArgs(extensionDir(outDir), server.hostResolverRules),
  viewport: headless ? { width: 1366, height: 850 } : null,
});

async function shutDown() {
  await context.close().catch(() => {});
  await server.close();
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

  const practice = addProductPages(await server.routes());
  for (const { platform, url } of practice) {
    const page = await context.newPage();
    const response = await page.goto(url).catch((error) => ({ status: () => String(error.message ?? error) }));
    say(`${platform.padEnd(17)} ${url}  (${response?.status() ?? '?'})`);
  }
  // Let each page's Serentak panel load its recent products before anyone looks (or a screenshot is taken).
  for (const page of context.pages().filter((p) => p !== dashboard)) {
    await page.getByTestId('serentak-panel').first().waitFor({ timeout: 10_000 }).catch(() => {});
  }
  await dashboard.waitForTimeout(1_500);

  if (headless) {
    await mkdir(screenshots, { recursive: true });
    await dashboard.bringToFront();
    const pages = context.pages();
    for (const [i, page] of pages.entries()) {
      const name = i === pages.indexOf(dashboard) ? 'dashboard' : `page-${i}-${new URL(page.url()).host}`;
      await page.screenshot({ path: path.join(screenshots, `${name}.png`) }).catch(() => {});
    }
    say(`no display here, so the demo ran headless. Screenshots: ${path.relative(process.cwd(), screenshots)}/`);
    say('To use the demo live, run `npm run demo` on a desktop (Linux with a display, macOS or Windows).');
    say(`Or load ${outDir}/chrome-mv3 as an unpacked extension yourself (see README).`);
    await shutDown();
  } else {
    await dashboard.bringToFront();
    say('Chromium is open: try "Terbitkan ke semua" on a product, or fill a practice page from the panel.');
    say('Close the browser window or press Ctrl+C to stop.');
    await new Promise((resolve) => context.on('close', resolve));
    await server.close();
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
    say(`sample catalogue loaded: ${await result.getAttribute('data-imported')} products`);
  } catch (error) {
    say(`could not load the sample catalogue (${String(error).split('\n')[0]}); the dashboard starts empty`);
  }
}
