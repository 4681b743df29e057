// Issue 11: no serious or critical axe-core violation on any screen a seller uses, in Bahasa Indonesia
// and in English — the dashboard with a catalogue, the product editor, the import preview (a file with
// a good and a bad row), the publish dialog (before and after a publish), the Bantuan menu and the guided
// tour on a step, the toolbar popup, and the panel docked on a seller page (before a pick, and with a
// fill report). Every screen is checked even
// when an earlier one fails (soft assertions); a failure lists each violation's id, impact and targets.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/extension';
import { csvFile, findProduct, pickImportFile } from './support/dashboard';
import { expectAccessible } from './support/a11y';
import { fillWith, KERIPIK, openSellerPage, panelFrame, seedCatalogue } from './fill-panel';

const LANGUAGES = ['id', 'en'] as const;
type Language = (typeof LANGUAGES)[number];

/** A few products, as a seller's catalogue has them (two from the fill specs, three from a CSV). */
const MORE = csvFile(
  'katalog.csv',
  [
    'sku,name,price,stock,weight_grams,category',
    'KOPI-01,Kopi Gayo Bubuk 200 g,45000,30,200,Kopi',
    'MDU-01,Madu Hutan Asli 500 ml,85000,0,650,Madu',
    'SMB-01,Sambal Roa Pedas 150 g,32000,12,180,Sambal',
  ].join('\n'),
);

/** Language switched the way a seller does it: the dashboard's ID/EN switch (shared by popup and panel). */
async function useLanguage(dashboard: Page, language: Language) {
  await dashboard.getByTestId(`language-${language}`).click();
  await expect(dashboard.getByTestId(`language-${language}`)).toHaveAttribute('aria-pressed', 'true');
}

/** The publish dialog drawn for the keripik, its five platform boxes ready to tick. */
async function expectDialogReady(dialog: Locator) {
  await expect(dialog).toContainText(KERIPIK.name);
  await expect(dialog.getByTestId('publish-platform')).toHaveCount(5);
  for (const box of await dialog.getByTestId('publish-platform').all()) await expect(box).toBeEnabled();
}

async function seed(dashboard: Page) {
  await seedCatalogue(dashboard);
  await dashboard.getByTestId('catalogue-import').setInputFiles(MORE);
  await dashboard.getByTestId('import-confirm').click();
  await expect(dashboard.getByTestId('import-result')).toHaveAttribute('data-imported', '3');
  await dashboard.reload();
  await expect(dashboard.getByTestId('catalogue-count')).toHaveAttribute('data-total', '5');
}

/** axe on the panel's <iframe> element and the document inside it. */
const PANEL = { include: '[data-testid="serentak-panel"]', inFrame: true };

for (const language of LANGUAGES) {
  test.describe(`accessibility (${language})`, () => {
    test(`dashboard, editor, import preview and publish dialog have no serious/critical axe violations (${language})`, async ({ dashboard }) => {
      await seed(dashboard);
      await useLanguage(dashboard, language);

      await expect(dashboard.getByTestId('product-row').first()).toBeVisible();
      await expectAccessible(dashboard, `dashboard catalogue (${language})`);

      // The Bantuan menu open, then the guided tour open on a highlighted step (issue 10).
      await dashboard.getByTestId('help-menu').click();
      await expect(dashboard.getByTestId('tour-restart')).toBeVisible();
      await expectAccessible(dashboard, `help menu (${language})`);
      await dashboard.getByTestId('tour-restart').click();
      const tour = dashboard.locator('[data-testid="tour-popover"][data-ready]');
      await expect(tour).toHaveAttribute('data-step', 'welcome');
      await dashboard.keyboard.press('ArrowRight');
      await expect(tour).toHaveAttribute('data-step', 'edit');
      await expectAccessible(dashboard, `guided tour on a step (${language})`);
      await dashboard.keyboard.press('Escape');
      await expect(dashboard.getByTestId('tour-popover')).toHaveCount(0);

      // The editor, on a product with photos and every field.
      await (await findProduct(dashboard, KERIPIK.sku)).getByTestId('product-edit').click();
      const editor = dashboard.getByTestId('product-editor');
      await expect(editor.getByTestId('photo-tile')).toHaveCount(KERIPIK.photos.length);
      await expectAccessible(dashboard, `product editor (${language})`);
      await dashboard.keyboard.press('Escape');
      await expect(editor).toBeHidden();

      // The import preview of a file with one good and one bad row.
      await pickImportFile(dashboard, csvFile('campur.csv', 'sku,name,price,stock\nTEH-01,Teh Melati 50 g,12000,40\nTEH-02,,harga?,-3\n'));
      await expect(dashboard.getByTestId('import-error')).toHaveCount(1);
      await expectAccessible(dashboard, `import preview (${language})`);
      // leave the preview without importing (a reload drops it whatever its close button looks like)
      await dashboard.reload();
      await expect(dashboard.getByTestId('import-confirm')).toHaveCount(0);

      // The publish dialog, before and after publishing to one practice seller centre.
      await (await findProduct(dashboard, KERIPIK.sku)).getByTestId('publish-everywhere').click();
      const dialog = dashboard.getByTestId('publish-dialog');
      await expectDialogReady(dialog);
      await expectAccessible(dashboard, `publish dialog (${language})`);
      for (const box of await dialog.getByTestId('publish-platform').all()) {
        await box.setChecked((await box.getAttribute('data-platform')) === 'shopee');
      }
      await dialog.getByTestId('publish-start').click();
      await expect(dialog.locator('[data-testid="publish-status"][data-platform="shopee"]')).toHaveAttribute('data-state', 'filled', { timeout: 90_000 });
      await dashboard.bringToFront();
      await expectAccessible(dashboard, `publish dialog with statuses (${language})`);
    });

    test(`popup and seller-page panel have no serious/critical axe violations (${language})`, async ({ context, extensionId, dashboard }) => {
      await seedCatalogue(dashboard);
      await useLanguage(dashboard, language);

      const popup = await context.newPage();
      await popup.setViewportSize({ width: 360, height: 600 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      await expect(popup.getByTestId('popup-count')).toHaveAttribute('data-count', '2');
      await expectAccessible(popup, `popup (${language})`);

      // The panel is an extension iframe on the replica's page: axe runs in it (and on the <iframe>
      // element itself), not on the practice page around it.
      const page = await openSellerPage(context, 'https://seller.shopee.co.id/portal/product/new');
      const panel = panelFrame(page);
      await expect(panel.getByTestId('fill-button')).toHaveText(language === 'en' ? 'Fill the form' : 'Isi formulir');
      await expectAccessible(page, `seller-page panel (${language})`, PANEL);
      await fillWith(page, KERIPIK.sku);
      await expectAccessible(page, `seller-page panel with a fill report (${language})`, PANEL);
    });
  });
}
