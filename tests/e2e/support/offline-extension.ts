// The built extension in Chromium with no network at all: every host name resolves to nothing
// (--host-resolver-rules "MAP * ~NOTFOUND") and every request that is not the extension's own is
// aborted and noted. For the workshop story (issue 10): a room with no internet and no seller accounts.
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromiumArgs, chromiumPath, extensionDir } from './chromium.mjs';

export interface OfflineFixtures {
  context: BrowserContext;
  /** Every request that tried to leave the extension (expected: none). */
  refused: string[];
  serviceWorker: Worker;
  extensionId: string;
  dashboard: Page;
}

const isExtensionUrl = (url: URL) => url.protocol === 'chrome-extension:';

export const test = base.extend<OfflineFixtures>({
  refused: async ({}, use) => {
    await use([]);
  },

  context: async ({ refused }, use, testInfo) => {
    const profile = await mkdtemp(path.join(os.tmpdir(), 'serentak-offline-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: chromiumArgs(extensionDir(), 'MAP * ~NOTFOUND'),
      viewport: { width: 1280, height: 800 },
    });
    await context.route(
      (url) => !isExtensionUrl(url),
      (route) => {
        refused.push(route.request().url());
        return route.abort('internetdisconnected');
      },
    );
    const pageErrors: string[] = [];
    context.on('page', (page) => page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`)));

    await use(context);

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
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
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
