// Every workshop sample product, published in practice mode to every platform it is ready for, must
// end saved on each practice page (issue 10): a trainer who picks any product and presses
// "Terbitkan ke semua" sees no page refuse its own save. Auto-save is on for every platform, so the
// engine presses each page's own save button and the dialog shows what the page confirmed.
// One offline browser for the whole table; each product's practice tabs are closed before the next.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/offline-extension';
import { findProduct } from './support/dashboard';
import { replicaState } from './fill-panel';
import { REPO_ROOT } from './support/seller-server.mjs';

const ALL = ['shopee', 'tiktok-tokopedia', 'lazada', 'ekatalog', 'blibli'] as const;
const SAMPLE = JSON.parse(readFileSync(path.join(REPO_ROOT, 'public/sample/katalog-contoh.json'), 'utf8')) as { products: { sku: string }[] };

const status = (dashboard: Page, platform: string) => dashboard.locator(`[data-testid="publish-status"][data-platform="${platform}"]`);
const practiceTabs = (context: BrowserContext) => context.pages().filter((p) => new URL(p.url()).pathname === '/practice.html');

/** The state once publish has settled (neither queued, opening nor filling), with what the status says. */
async function settledState(dashboard: Page, platform: string): Promise<{ state: string; text: string }> {
  let last = { state: '', text: '' };
  await expect
    .poll(
      async () => {
        last = await status(dashboard, platform).evaluate((el) => ({ state: el.getAttribute('data-state') ?? '', text: el.textContent ?? '' }));
        return /^(queued|opening|filling)$/.test(last.state);
      },
      { timeout: 150_000, intervals: [500, 1000] },
    )
    .toBe(false);
  return last;
}

test.setTimeout(SAMPLE.products.length * 150_000);

test('every sample product publishes in practice mode and every practice page it is ready for saves', async ({ context, dashboard, refused }) => {
  await dashboard.getByTestId('load-sample').click();
  await expect(dashboard.getByTestId('import-result')).toHaveAttribute('data-rejected', '0');
  await expect(dashboard.getByTestId('practice-banner')).toBeVisible();

  // Settings → each platform's rules → auto-save on (off by default).
  await dashboard.getByTestId('nav-settings').click();
  for (const platform of ALL) {
    const rules = dashboard.locator(`[data-testid="rules-platform"][data-platform="${platform}"]`);
    await rules.locator('summary').click();
    await rules.getByTestId('rules-autoSubmit').click();
    await expect(rules.getByTestId('rules-autoSubmit')).toBeChecked();
  }
  await dashboard.getByTestId('nav-catalogue').click();

  const outcome: Record<string, Record<string, string>> = {};
  const saved: Record<string, Record<string, boolean>> = {};
  for (const { sku } of SAMPLE.products) {
    await dashboard.bringToFront();
    await (await findProduct(dashboard, sku)).getByTestId('publish-everywhere').click();
    await dashboard.getByTestId('publish-start').click();
    outcome[sku] = {};
    for (const platform of ALL) {
      const { state, text } = await settledState(dashboard, platform);
      outcome[sku][platform] = state === 'submitted' || state === 'blocked' ? state : `${state}: ${text}`;
    }
    saved[sku] = {};
    for (const tab of practiceTabs(context)) {
      saved[sku][new URL(tab.url()).searchParams.get('platform')!] = (await replicaState(tab)).saved;
      await tab.close();
    }
    await dashboard.keyboard.press('Escape');
  }

  // Every platform is either saved or held back by readiness (no tab opened), never refused by the page.
  const expected = Object.fromEntries(
    Object.entries(outcome).map(([sku, states]) => [sku, Object.fromEntries(Object.entries(states).map(([p, s]) => [p, s === 'blocked' ? 'blocked' : 'submitted']))]),
  );
  expect(outcome).toEqual(expected);
  // the replica's own app says saved on every page that opened
  for (const [sku, pages] of Object.entries(saved)) {
    const submitted = Object.entries(outcome[sku]!).filter(([, s]) => s === 'submitted').map(([p]) => p).sort();
    expect({ sku, pages: Object.keys(pages).sort(), allSaved: Object.values(pages).every(Boolean) }).toEqual({ sku, pages: submitted, allSaved: true });
  }
  // every product is ready for at least three platforms (the promise for the sample)
  for (const [sku, states] of Object.entries(outcome)) expect(Object.values(states).filter((s) => s === 'submitted').length, sku).toBeGreaterThanOrEqual(3);
  expect(refused, 'requests that tried to leave the extension').toEqual([]);
});
