// One Chromium with the built extension and the practice seller centres, shared by every benchmark in a
// run (launching is slow on a small machine), plus the large catalogue loaded once through the
// dashboard's own import, exactly as a seller restoring a backup would.
import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startSellerServer } from '../../../tests/e2e/support/seller-server.mjs';
import { chromiumArgs, chromiumPath, extensionDir } from '../../../tests/e2e/support/chromium.mjs';
import { catalogueJson, makeProducts } from './catalogue-data.mjs';

/**
 * @param {string} outDir build folder (relative to the repository)
 */
export async function openSession(outDir) {
  const server = await startSellerServer({ quiet: true });
  const profile = await mkdtemp(path.join(os.tmpdir(), 'serentak-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: chromiumArgs(extensionDir(outDir), server.hostResolverRules),
    viewport: { width: 1366, height: 850 },
    acceptDownloads: true,
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const dashboardUrl = `chrome-extension://${extensionId}/dashboard.html`;
  /** @type {Map<number, { seconds: number }>} */
  const seeded = new Map();

  return {
    context,
    server,
    extensionId,
    dashboardUrl,
    /** A new tab on the dashboard. */
    async openDashboard() {
      const page = await context.newPage();
      await page.goto(dashboardUrl);
      return page;
    },
    /**
     * Makes sure the catalogue holds `count` generated products (SKUs BRG-00001…), importing them
     * once as a JSON backup through the dashboard. Returns how long that import took.
     */
    async ensureCatalogue(count) {
      const done = seeded.get(count);
      if (done) return done;
      const page = await this.openDashboard();
      const file = catalogueJson(makeProducts(count));
      const started = performance.now();
      await page.getByTestId('catalogue-import').setInputFiles({
        name: 'katalog-besar.json',
        mimeType: 'application/json',
        buffer: file,
      });
      await page.getByTestId('import-confirm').click({ timeout: 300_000 });
      const result = page.getByTestId('import-result');
      await result.waitFor({ timeout: 600_000 });
      const imported = Number(await result.getAttribute('data-imported'));
      if (imported !== count) throw new Error(`seeding imported ${imported} of ${count} products`);
      const info = { seconds: (performance.now() - started) / 1000 };
      seeded.set(count, info);
      await page.close();
      return info;
    },
    async close() {
      await context.close().catch(() => {});
      await server.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
