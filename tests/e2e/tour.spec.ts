// The guided tour (issue 10): a trainer loads the sample; the next time the dashboard opens the tour
// starts by itself, steps forward with the keyboard and the buttons, follows the ID/EN switch live,
// can be skipped, is remembered after a reload, and starts again from "Bantuan".
import type { Page } from '@playwright/test';
import { test, expect } from './support/extension';
import { expectAccessible } from './support/a11y';

async function loadSample(page: Page) {
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('import-result')).toBeVisible();
  const total = Number(await page.getByTestId('import-result').getAttribute('data-imported'));
  expect(total).toBeGreaterThan(0);
  return total;
}

/** The tour's popover once its step has finished moving in (driver.js ignores keys until then). */
const popover = (page: Page) => page.locator('[data-testid="tour-popover"][data-ready]');

test('the tour starts after the sample, steps forward, follows the language live, is skipped and remembered, and restarts from Bantuan', async ({ dashboard: page }) => {
  await loadSample(page);
  // Loading the sample does not start the tour on the spot: the trainer is still talking.
  await expect(page.getByTestId('tour-popover')).toHaveCount(0);

  // The next open of the dashboard is the participant's first look: the tour starts by itself.
  await page.reload();
  await expect(popover(page)).toBeVisible();
  await expect(popover(page)).toHaveAttribute('data-step', 'welcome');
  await expect(popover(page)).toContainText('Selamat datang di Serentak');
  await expect(popover(page)).toContainText(/Langkah 1 dari \d+/);
  // our look: no text under 12 px in the popover
  const smallest = await popover(page).evaluate((el) =>
    Math.min(...[el, ...el.querySelectorAll('*')].filter((n) => n.textContent?.trim()).map((n) => parseFloat(getComputedStyle(n).fontSize))),
  );
  expect(smallest).toBeGreaterThanOrEqual(12);

  // → moves forward, onto the first product's "Ubah" button (highlighted, still the real button)
  await page.keyboard.press('ArrowRight');
  await expect(popover(page)).toHaveAttribute('data-step', 'edit');
  await expect(popover(page)).toContainText('Tambah atau ubah produk');
  await expect(page.locator('.driver-active-element')).toHaveAttribute('data-testid', 'product-edit');

  // the "Lanjut" button moves forward too, onto "Kesiapan"
  await popover(page).getByTestId('tour-next').click();
  await expect(popover(page)).toHaveAttribute('data-step', 'readiness');
  await expect(popover(page)).toContainText('Cek kesiapan');
  await expect(popover(page)).toContainText(/Langkah 3 dari \d+/);
  // ← goes back a step, → returns
  await page.keyboard.press('ArrowLeft');
  await expect(popover(page)).toHaveAttribute('data-step', 'edit');
  await page.keyboard.press('ArrowRight');
  await expect(popover(page)).toHaveAttribute('data-step', 'readiness');

  // The language switch stays usable during the tour; the open step changes language in place.
  await page.getByTestId('language-en').click();
  await expect(popover(page)).toHaveAttribute('data-step', 'readiness');
  await expect(popover(page)).toContainText('Check readiness');
  await expect(popover(page)).toContainText(/Step 3 of \d+/);
  await expect(popover(page).getByTestId('tour-next')).toContainText('Next');
  await expect(popover(page)).not.toContainText('Cek kesiapan');
  await page.getByTestId('language-id').click();
  await expect(popover(page)).toContainText('Cek kesiapan');

  // Esc skips the tour; it is remembered: a reload does not bring it back.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('tour-popover')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('product-row').first()).toBeVisible();
  await expect(page.getByTestId('help-menu')).toBeVisible();
  await expect(page.getByTestId('tour-popover')).toHaveCount(0);

  // "Bantuan" → "Mulai tur panduan" starts it again, from the first step, and it can be walked to the end;
  // from another section it goes back to the catalogue first, where the steps' buttons are.
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('help-menu').click();
  await page.getByTestId('tour-restart').click();
  await expect(popover(page)).toHaveAttribute('data-step', 'welcome');
  await expect(page.getByTestId('nav-catalogue')).toHaveAttribute('aria-current', 'page');
  const seen: string[] = [];
  for (let step = 0; step < 20; step++) {
    const id = (await popover(page).getAttribute('data-step'))!;
    seen.push(id);
    const next = popover(page).getByTestId('tour-next');
    const last = (await next.textContent())?.includes('Selesai');
    await next.click();
    if (last) break;
    await expect(popover(page)).not.toHaveAttribute('data-step', id);
  }
  await expect(page.getByTestId('tour-popover')).toHaveCount(0);
  // add or edit → readiness → publish → (practice pages, when the dashboard has them) → report → fix → help
  const hasPractice = (await page.locator('[data-testid="practice-menu"], [data-testid="practice-banner"]').count()) > 0;
  expect(seen).toEqual(['welcome', 'edit', 'readiness', 'publish', ...(hasPractice ? ['practice'] : []), 'report', 'fix', 'help']);
  await page.reload();
  await expect(page.getByTestId('product-row').first()).toBeVisible();
  await expect(page.getByTestId('help-menu')).toBeVisible();
  await expect(page.getByTestId('tour-popover')).toHaveCount(0);
});

test('the tour on an empty catalogue points at "Tambah produk", and the dashboard with the tour open passes axe', async ({ dashboard: page }) => {
  await expect(page.getByTestId('catalogue-empty')).toBeVisible();
  await page.getByTestId('help-menu').click();
  await page.getByTestId('tour-restart').click();
  await expect(popover(page)).toHaveAttribute('data-step', 'welcome');
  await expectAccessible(page, 'dashboard with the tour open (welcome)');
  await popover(page).getByTestId('tour-next').click();
  // no product to edit yet: the step points at "Tambah produk" instead, and no product step breaks the tour
  await expect(popover(page)).toHaveAttribute('data-step', 'edit');
  await expect(popover(page).locator('.driver-popover-title')).toHaveText('Tambah produk');
  await expect(page.locator('.driver-active-element')).toHaveAttribute('data-testid', 'product-add');
  await expectAccessible(page, 'dashboard with the tour open (a highlighted step)');
  await popover(page).getByTestId('tour-next').click();
  await expect(popover(page)).toHaveAttribute('data-step', 'readiness');
  // "publish" needs a product row: skipped on an empty catalogue
  await popover(page).getByTestId('tour-next').click();
  await expect(popover(page)).not.toHaveAttribute('data-step', 'publish');
  await popover(page).getByTestId('tour-close').click();
  await expect(page.getByTestId('tour-popover')).toHaveCount(0);
});
