// Issue 11: on a 1366×768 laptop screen, each screen's main button is on screen as the screen opens,
// with no scrolling: the dashboard's "Tambah produk" and import, the editor's save, the import
// preview's confirm, the publish dialog's start, and the panel's "Isi formulir" once a product is
// picked (inside the panel's iframe and inside the page's viewport). Checked by box and by what is
// under the button's centre, not by layout or class names (see support/a11y.ts `onScreen`).
import type { Page } from '@playwright/test';
import { expect, test } from './support/extension';
import { csvFile, findProduct, pickImportFile } from './support/dashboard';
import { expectOnScreen, onScreen } from './support/a11y';
import { KERIPIK, panelFrame, seedCatalogue } from './fill-panel';

const LAPTOP = { width: 1366, height: 768 };

/** The replicas' add pages, at their real seller-centre URLs (as in the fill-<platform> specs). */
const ADD_PAGES = [
  'https://seller.shopee.co.id/portal/product/new',
  'https://seller-id.tokopedia.com/product/create',
  'https://sellercenter.lazada.co.id/apps/product/publish',
  'https://katalog.inaproc.id/penyedia/produk/tambah',
  'https://seller.blibli.com/product/create',
];

/** A catalogue of a dozen products (two from the fill specs), so the list fills the screen. */
async function seedDozen(dashboard: Page) {
  await seedCatalogue(dashboard);
  const rows = Array.from({ length: 10 }, (_, i) => `OLH-${String(i + 1).padStart(2, '0')},Oleh-oleh Khas Nusantara ${i + 1},${20000 + i * 1500},${10 + i}`);
  await dashboard.getByTestId('catalogue-import').setInputFiles(csvFile('oleh.csv', ['sku,name,price,stock', ...rows].join('\n')));
  await dashboard.getByTestId('import-confirm').click();
  await expect(dashboard.getByTestId('import-result')).toHaveAttribute('data-imported', '10');
  // the dashboard as a seller opens it, not with the import result still showing
  await dashboard.reload();
  await expect(dashboard.getByTestId('catalogue-count')).toHaveAttribute('data-total', '12');
}

/**
 * A seller's file with mistakes: 20 good rows and 5 bad ones (no name, a price that is not a number,
 * negative stock, …), as a first export from a spreadsheet usually is.
 */
const MIXED = csvFile(
  'stok-toko.csv',
  [
    'sku,name,price,stock,weight_grams',
    ...Array.from({ length: 20 }, (_, i) => `BRG-${String(i + 1).padStart(2, '0')},Barang Dagangan ${i + 1},${10000 + i * 500},${i + 3},${100 + i * 10}`),
    'BRG-21,,15000,4,100',
    'BRG-22,Kerupuk Udang,lima ribu,4,100',
    'BRG-23,Rempeyek Kacang,12000,-2,100',
    'BRG-24,Dodol Garut,0,5,abc',
    ',Tanpa SKU,9000,1,100',
  ].join('\n'),
);

test.describe('main buttons on screen at 1366×768, without scrolling', () => {
  test.beforeEach(async ({ dashboard }) => {
    await dashboard.setViewportSize(LAPTOP);
  });

  test('dashboard: "Tambah produk" and the import button', async ({ dashboard }) => {
    await seedDozen(dashboard);
    await expectOnScreen('dashboard: add product', dashboard.getByTestId('product-add'));
    // `catalogue-import` is the file input itself; what the seller sees and presses is its label.
    await expectOnScreen('dashboard: import', dashboard.locator('label:has([data-testid="catalogue-import"])'));
  });

  test('editor: save, for a new product and for a product with photos', async ({ dashboard }) => {
    await seedDozen(dashboard);
    await dashboard.getByTestId('product-add').click();
    const editor = dashboard.getByTestId('product-editor');
    await expect(editor).toBeVisible();
    await expectOnScreen('editor (new product): save', editor.getByTestId('editor-save'));
    await dashboard.keyboard.press('Escape');
    await expect(editor).toBeHidden();

    await (await findProduct(dashboard, KERIPIK.sku)).getByTestId('product-edit').click();
    await expect(editor.getByTestId('photo-tile')).toHaveCount(KERIPIK.photos.length);
    await expectOnScreen('editor (product with photos): save', editor.getByTestId('editor-save'));
  });

  test('import preview: confirm, for a file with good and rejected rows', async ({ dashboard }) => {
    await seedDozen(dashboard);
    await pickImportFile(dashboard, MIXED);
    await expect(dashboard.getByTestId('import-error')).toHaveCount(5);
    await expectOnScreen('import preview: import-confirm', dashboard.getByTestId('import-confirm'));
  });

  test('publish dialog: start', async ({ dashboard }) => {
    await seedDozen(dashboard);
    await (await findProduct(dashboard, KERIPIK.sku)).getByTestId('publish-everywhere').click();
    const dialog = dashboard.getByTestId('publish-dialog');
    await expect(dialog).toContainText(KERIPIK.name);
    await expect(dialog.getByTestId('publish-platform')).toHaveCount(5);
    for (const box of await dialog.getByTestId('publish-platform').all()) await expect(box).toBeEnabled();
    await expectOnScreen('publish dialog: publish-start', dialog.getByTestId('publish-start'));
  });

  test('seller-page panel: "Isi formulir" once a product is picked, on every add page', async ({ context, dashboard }) => {
    await seedCatalogue(dashboard);
    const failures: string[] = [];
    for (const url of ADD_PAGES) {
      const page = await context.newPage();
      await page.setViewportSize(LAPTOP);
      await page.goto(url);
      const panel = panelFrame(page);
      await expect(panel.getByTestId('panel-product').first()).toBeVisible();
      await panel.locator(`[data-testid="panel-product"][data-sku="${KERIPIK.sku}"]`).click();
      const fill = panel.getByTestId('fill-button');
      await expect(fill).toBeEnabled();
      const { problems } = await onScreen(fill, page.getByTestId('serentak-panel'));
      if (problems.length) failures.push(`${url}:\n    ${problems.join('\n    ')}`);
      await page.close();
    }
    expect(failures, `panel: fill-button after a pick not fully on screen without scrolling:\n  ${failures.join('\n  ')}`).toEqual([]);
  });
});
