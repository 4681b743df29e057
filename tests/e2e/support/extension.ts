// The Playwright fixture every end-to-end spec uses: the built extension loaded into Debian's Chromium,
// with the practice seller centres served at their real URLs. Each test gets a fresh profile, so its
// catalogue (IndexedDB) and settings start empty.
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startSellerServer, type SellerServer } from './seller-server.mjs';
import { chromiumArgs, chromiumPath, extensionDir } from './chromium.mjs';

export interface ExtensionFixtures {
  /** The practice seller-centre server (replicas from tests/fixtures/routes.json). */
  server: SellerServer;
  /** A persistent Chromium context with the extension loaded. */
  context: BrowserContext;
  /** The extension's background service worker. */
  serviceWorker: Worker;
  /** The extension id (host of chrome-extension:// URLs). */
  extensionId: string;
  /** A page open on the dashboard, loaded and ready. */
  dashboard: Page;
}

export const test = base.extend<ExtensionFixtures>({
  server: async ({}, use) => {
    const server = await startSellerServer({ quiet: true });
    await use(server);
    await server.close();
  },

  context: async ({ server }, use, testInfo) => {
    const profile = await mkdtemp(path.join(os.tmpdir(), 'serentak-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: chromiumArgs(extensionDir(), server.hostResolverRules),
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    const pageErrors: string[] = [];
    const watch = (page: Page) => page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
    context.pages().forEach(watch);
    context.on('page', watch);

    await use(context);

    // On failure, keep what the seller would have seen: a screenshot of every open page and any errors.
    if (testInfo.status !== testInfo.expectedStatus) {
      for (const [i, page] of context.pages().entries()) {
        const shot = await page.screenshot({ fullPage: true, timeout: 5_000 }).catch(() => null);
        if (shot) await testInfo.attach(`page-${i}`, { body: shot, contentType: 'image/png' });
      }
      if (pageErrors.length) await testInfo.attach('page-errors', { body: pageErrors.join('\n') });
    }
    await context.close();
    await rm(profile, { recursive: true, force: true });
  },

  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },

  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },

  dashboard: async ({ context, extensionId }, use) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
    await use(page);
  },
});

export { expect } from '@playwright/test';

/** The dashboard's URL for an extension id (for a second tab, a reload, …). */
export const dashboardUrl = (extensionId: string) => `chrome-extension://${extensionId}/dashboard.html`;
