// A trainer with no seller accounts (issue 10): one click on "Muat katalog contoh" fills an empty
// catalogue with the bundled sample, every product with its photo; a second click updates the same SKUs
// instead of adding copies.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './support/extension';
import { csvFile, findProduct, importFile } from './support/dashboard';
import { REPO_ROOT } from './support/seller-server.mjs';
import { expectAccessible, expectOnScreen } from './support/a11y';

const SAMPLE = JSON.parse(readFileSync(path.join(REPO_ROOT, 'public/sample/katalog-contoh.json'), 'utf8')) as {
  products: { sku: string; price: number; stock: number }[];
};
const COUNT = String(SAMPLE.products.length);

test('load-sample fills an empty dashboard with every sample product and its photo', async ({ dashboard: page }) => {
  await expect(page.getByTestId('catalogue-empty')).toBeVisible();
  // the trainer sees the button as the dashboard opens, and it is the only one
  await expect(page.getByTestId('load-sample')).toHaveCount(1);
  await expectOnScreen('empty dashboard: load sample', page.getByTestId('load-sample'));
  await expectAccessible(page, 'empty dashboard');
  await page.getByTestId('load-sample').click();

  const result = page.getByTestId('import-result');
  await expect(result).toHaveAttribute('data-imported', COUNT);
  await expect(result).toHaveAttribute('data-rejected', '0');
  await expect(page.getByTestId('catalogue-count')).toHaveAttribute('data-total', COUNT);
  await expectAccessible(page, 'dashboard with the sample loaded');

  for (const product of SAMPLE.products) {
    const row = await findProduct(page, product.sku);
    await expect(row, product.sku).toHaveAttribute('data-price', String(product.price));
    await expect(row, product.sku).toHaveAttribute('data-stock', String(product.stock));
    // the cover photo decoded, not the "Belum ada foto" placeholder
    await expect(row.locator('img.thumb'), product.sku).toHaveJSProperty('naturalWidth', 500);
    await expect(row.locator('.thumb-empty')).toHaveCount(0);
  }

  // Loading it again updates the same SKUs (a changed stock goes back to the sample's); no copies.
  const sambal = SAMPLE.products.find((p) => p.sku === 'SBL-ROA-200')!;
  await importFile(page, csvFile('stok.csv', `sku,stock\n${sambal.sku},3\n`));
  await expect(await findProduct(page, sambal.sku)).toHaveAttribute('data-stock', '3');
  await page.getByTestId('catalogue-search').fill('');
  await expect(page.getByTestId('load-sample')).toHaveCount(1);
  await page.getByTestId('load-sample').click();
  await expect(page.getByTestId('import-result')).toHaveAttribute('data-imported', COUNT);
  await expect(page.getByTestId('catalogue-count')).toHaveAttribute('data-total', COUNT);
  await expect(await findProduct(page, sambal.sku)).toHaveAttribute('data-stock', String(sambal.stock));

  // Bahasa first; English through the runtime switch.
  await expect(page.getByTestId('load-sample')).toContainText('Muat katalog contoh');
  await page.getByTestId('language-en').click();
  await expect(page.getByTestId('load-sample')).toContainText('Load the sample catalogue');
});
