// "Simpan ke katalog" end to end (issue 4 §5): a seller who already sells on Shopee opens a product's
// edit page (the replica at its real URL), the panel offers "Simpan ke katalog", shows what it read —
// and what it could not — and after confirming the product is in the dashboard; a listing whose SKU
// is already in the catalogue is linked instead, and the catalogue keeps its own price.
import type { Page } from '@playwright/test';
import { expect, test } from './support/extension';
import { exportJson, findProduct } from './support/dashboard';
import { panelFrame, seedCatalogue } from './fill-panel';

/** The Shopee edit replica at a real edit URL; the listing it shows (tests/fixtures/shopee/add.js). */
const EDIT_URL = 'https://seller.shopee.co.id/portal/product/2233445566';
const ON_PAGE = { sku: 'KRP-BLD-250', name: 'Keripik Singkong Balado Pedas 250 gr', price: 15000, stock: 40 };

/** The same SKU already in the seller's catalogue, at the catalogue's own price and stock. */
const IN_CATALOGUE = {
  sku: ON_PAGE.sku,
  name: 'Keripik Balado 250 g (katalog)',
  description: 'Versi katalog.',
  price: 14000,
  stock: 7,
  weightGrams: 300,
  condition: 'new',
  category: 'Keripik',
  photos: [],
  createdAt: Date.parse('2026-03-02T08:00:00Z'),
  updatedAt: Date.parse('2026-03-02T08:00:00Z'),
};

async function openEditPage(page: Page): Promise<void> {
  await page.goto(EDIT_URL);
  await expect(page.getByTestId('serentak-panel')).toHaveAttribute('data-state', 'open');
}

/** Presses "Simpan ke katalog" and waits for the preview of what was read. */
async function readListing(page: Page) {
  const panel = panelFrame(page);
  const button = panel.getByTestId('save-to-catalogue');
  await expect(button).toHaveText('Simpan ke katalog');
  await button.click();
  const preview = panel.getByTestId('save-to-catalogue-preview');
  await expect(preview).toBeVisible();
  return { panel, preview };
}

test('a listing not in the catalogue: preview, confirm, the dashboard lists it with the page’s name, price and stock', async ({ context, dashboard }) => {
  const page = await context.newPage();
  await openEditPage(page);
  const { panel, preview } = await readListing(page);

  await expect(preview).toHaveAttribute('data-action', 'created');
  await expect(preview).toHaveAttribute('data-sku', ON_PAGE.sku);
  await expect(preview).toContainText(ON_PAGE.name);
  await expect(preview).toContainText('Rp15.000');
  // The replica's photos are not images the page lets us read: said, not hidden. Its variation grid is
  // read (this listing has none), so variants are not among the unread fields.
  await expect(panel.getByTestId('save-to-catalogue-unread')).toHaveAttribute('data-fields', 'photos');
  await expect(panel.getByTestId('save-to-catalogue-plan')).toContainText('disimpan sebagai produk baru');

  await panel.getByTestId('save-to-catalogue-confirm').click();
  const result = panel.getByTestId('save-to-catalogue-result');
  await expect(result).toHaveAttribute('data-action', 'created');
  await expect(result).toHaveAttribute('data-sku', ON_PAGE.sku);
  await expect(result).toContainText('Disimpan sebagai produk baru KRP-BLD-250');
  // and the panel's own product list has it, ready to fill on the other marketplaces
  await expect(panel.locator(`[data-testid="panel-product"][data-sku="${ON_PAGE.sku}"]`)).toBeVisible();

  const row = await findProduct(dashboard, ON_PAGE.sku);
  await expect(row).toHaveAttribute('data-price', String(ON_PAGE.price));
  await expect(row).toHaveAttribute('data-stock', String(ON_PAGE.stock));
  await expect(row.locator('.product-name')).toHaveText(ON_PAGE.name);

  // The seller's page was only read: nothing typed into it, nothing saved.
  const replica = await page.evaluate(() => (window as unknown as { __replica: { saved: boolean; model: { price: number } } }).__replica);
  expect(replica).toMatchObject({ saved: false, model: { price: ON_PAGE.price } });
});

test('a listing whose SKU is already in the catalogue: linked, the catalogue keeps its price, the link is in the backup', async ({ context, dashboard }) => {
  await seedCatalogue(dashboard, [IN_CATALOGUE]);
  const page = await context.newPage();
  await openEditPage(page);
  const { panel, preview } = await readListing(page);

  await expect(preview).toHaveAttribute('data-action', 'linked');
  await expect(panel.getByTestId('save-to-catalogue-plan')).toContainText(`SKU ${ON_PAGE.sku} sudah ada`);
  await expect(panel.getByTestId('save-to-catalogue-confirm')).toHaveText('Hubungkan ke SKU ini');
  await expect(panel.getByTestId('save-to-catalogue-update')).not.toBeChecked();

  await panel.getByTestId('save-to-catalogue-confirm').click();
  const result = panel.getByTestId('save-to-catalogue-result');
  await expect(result).toHaveAttribute('data-action', 'linked');
  await expect(result).toContainText('data katalog tidak diubah');

  const row = await findProduct(dashboard, ON_PAGE.sku);
  await expect(row).toHaveAttribute('data-price', String(IN_CATALOGUE.price));
  await expect(row).toHaveAttribute('data-stock', String(IN_CATALOGUE.stock));
  await expect(row.locator('.product-name')).toHaveText(IN_CATALOGUE.name);
  await expect(dashboard.getByTestId('product-row')).toHaveCount(1);

  // The seller's backup carries the product's Shopee listing link.
  const backup = JSON.parse((await exportJson(dashboard)).toString('utf8')) as { products: { sku: string; price: number; listings: object }[] };
  expect(backup.products).toHaveLength(1);
  expect(backup.products[0]).toMatchObject({
    sku: ON_PAGE.sku,
    price: IN_CATALOGUE.price,
    listings: { shopee: { url: EDIT_URL, externalId: '2233445566', state: 'live' } },
  });
});

test('the panel offers "Simpan ke katalog" on edit pages only, and in English when the seller chose it', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://seller.shopee.co.id/portal/product/new');
  const panel = panelFrame(page);
  await expect(panel.getByTestId('panel-search')).toBeVisible();
  await expect(panel.getByTestId('save-to-catalogue')).toHaveCount(0);

  await openEditPage(page);
  await expect(panel.getByTestId('save-to-catalogue')).toBeVisible();
  await panel.getByTestId('panel-language-en').click();
  await expect(panel.getByTestId('save-to-catalogue')).toHaveText('Save to catalogue');
});

/** The other marketplaces' edit replicas, each at its real edit URL, and what their listing shows. */
const OTHER_EDIT_PAGES = [
  {
    platform: 'tiktok-tokopedia',
    url: 'https://seller-id.tokopedia.com/product/edit/1729384756',
    sku: 'HJB-VL-01',
    name: 'Hijab Segi Empat Voal Premium Motif Bunga',
    price: 45000,
    stock: 120,
    weightGrams: 200,
  },
  // Lazada's edit page shows no seller SKU: the catalogue SKU is made from the listing id.
  {
    platform: 'lazada',
    url: 'https://sellercenter.lazada.co.id/apps/product/publish?productId=5550123',
    sku: 'LZD-5550123',
    name: 'Kopi Bubuk Robusta Lampung 250 g',
    price: 35000,
    stock: 50,
    weightGrams: 300,
  },
];

for (const c of OTHER_EDIT_PAGES) {
  test(`${c.platform}: the edit page's listing becomes catalogue product ${c.sku}`, async ({ context, dashboard }) => {
    const page = await context.newPage();
    await page.goto(c.url);
    const panel = panelFrame(page);
    await panel.getByTestId('save-to-catalogue').click();
    const preview = panel.getByTestId('save-to-catalogue-preview');
    await expect(preview).toHaveAttribute('data-action', 'created');
    await expect(preview).toHaveAttribute('data-sku', c.sku);
    await expect(preview).toContainText(c.name);
    // The weight is the page's, in grams — or said to be unread (the reader misses TikTok's today),
    // never a wrong number.
    const weight = preview.locator('.fact', { hasText: 'Berat' }).locator('dd');
    await expect(weight).toHaveText(new RegExp(`^(${c.weightGrams} g|tidak terbaca)$`));
    if ((await weight.textContent()) === 'tidak terbaca') {
      await expect(panel.getByTestId('save-to-catalogue-unread')).toHaveAttribute('data-fields', /\bweight\b/);
    }

    await panel.getByTestId('save-to-catalogue-confirm').click();
    await expect(panel.getByTestId('save-to-catalogue-result')).toHaveAttribute('data-action', 'created');
    const row = await findProduct(dashboard, c.sku);
    await expect(row).toHaveAttribute('data-price', String(c.price));
    await expect(row).toHaveAttribute('data-stock', String(c.stock));
    await expect(row.locator('.product-name')).toHaveText(c.name);
  });
}
