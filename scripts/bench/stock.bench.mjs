// Stock in step across shops (issue 9): how long a sale takes to reach every other shop, and a push of
// 100 SKUs to three shops. Practice seller centres with their stock kept in the test server; the
// extension's own background tabs do the work, as for a seller.
// Picked up by `npm run bench` (scripts/bench.mjs runs every *.bench.mjs); also runs alone:
//   SERENTAK_OUT_DIR=.output-bench node scripts/bench/stock.bench.mjs   (after a build into that folder)
//   STOCK_BENCH_SKUS=20 …   a smaller bulk push (default 100)
import { runIfMain } from './lib/run-alone.mjs';
import { median, round } from './lib/stats.mjs';

const RUNS = 5;
const SKUS = Number(process.env.STOCK_BENCH_SKUS ?? 100);
const PLATFORMS = ['shopee', 'tiktok-tokopedia', 'lazada'];
const LIST = {
  shopee: 'https://seller.shopee.co.id/portal/product/list/all',
  'tiktok-tokopedia': 'https://seller-id.tokopedia.com/product/manage',
  lazada: 'https://sellercenter.lazada.co.id/apps/product/list',
};
const PREFIX = { shopee: '1', 'tiktok-tokopedia': '2', lazada: '3' };
const SELLER_HOSTS = /^https:\/\/(seller\.shopee\.co\.id|seller-id\.tokopedia\.com|sellercenter\.lazada\.co\.id)\//;

/** `count` products, each on all three shops; names of 25+ characters (TikTok refuses shorter ones). */
function products(tag, count, stock) {
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(3, '0');
    return { sku: `${tag}-${n}`, id: (platform) => `${PREFIX[platform]}${tag.length}${n}${tag.charCodeAt(0)}`, name: `Keripik Singkong Balado Pedas ${tag} ${n}`, stock };
  });
}

function seedShops(server, list) {
  for (const platform of PLATFORMS) {
    const existing = server.stock.products(platform);
    server.stock.seed(platform, [...existing, ...list.map((p) => ({ id: p.id(platform), name: p.name, sku: p.sku, stock: p.stock }))]);
  }
}

async function importLinked(page, list) {
  const file = {
    format: 'serentak-catalogue',
    version: 1,
    products: list.map((p) => ({
      sku: p.sku,
      name: p.name,
      description: 'Renyah, tanpa pengawet.',
      price: 15000,
      stock: p.stock,
      weightGrams: 250,
      listings: Object.fromEntries(PLATFORMS.map((platform) => [platform, { externalId: p.id(platform), state: 'live' }])),
    })),
  };
  await page.getByTestId('catalogue-import').setInputFiles({ name: 'stok.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByTestId('import-confirm').click();
  await page.getByTestId('import-result').waitFor();
}

/** Until `check()` holds (checked as the server changes: every 20 ms is plenty against seconds). */
async function until(check, timeout, what) {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeout) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const statesOf = (page, prefix) =>
  page.evaluate((prefix) => {
    const counts = {};
    for (const el of document.querySelectorAll('[data-testid="stock-sync-status"]'))
      if (el.getAttribute('data-sku').startsWith(prefix)) counts[el.getAttribute('data-state')] = (counts[el.getAttribute('data-state')] ?? 0) + 1;
    return counts;
  }, prefix);

const bench = {
  id: 'stock',
  title: 'Stock in step (3 shops)',
  method:
    `A sale: one unit sold on the Shopee replica, then its product list opened; wall time from that page load until ` +
    `the TikTok/Tokopedia and Lazada replicas' stored stock shows the new number (their edit pages opened, read and ` +
    `saved by the extension in background tabs). ${RUNS} runs after one warm-up; median. Bulk: "Sinkronkan stok ` +
    `sekarang" with ${SKUS} linked SKUs on three shops (${SKUS * 3} edit pages), wall time until every ` +
    '`stock-sync-status` is done, three background tabs at a time.',
  async run(ctx) {
    const session = await ctx.session();
    const { server, context } = session;
    const page = await session.openDashboard();

    const [one] = products('SALE', 1, 500);
    seedShops(server, [one]);
    await importLinked(page, [one]);
    const times = [];
    for (let run = 0; run <= RUNS; run++) {
      server.stock.sale('shopee', one.sku, 1);
      const expected = 500 - (run + 1);
      const started = performance.now();
      const list = await context.newPage();
      await list.goto(LIST.shopee);
      await until(
        () => ['tiktok-tokopedia', 'lazada'].every((p) => server.stock.stocks(p, one.id(p))?.[one.sku] === expected),
        60_000,
        `sale run ${run} reaching every shop`,
      );
      const elapsed = performance.now() - started;
      if (run > 0) times.push(elapsed);
      ctx.log(`sale run ${run}${run === 0 ? ' (warm-up)' : ''}: ${round(elapsed)} ms`);
      await list.close();
      await page.waitForFunction(() => ![...document.querySelectorAll('[data-testid="stock-sync-status"]')].some((el) => ['queued', 'opening', 'saving'].includes(el.getAttribute('data-state'))), null, { timeout: 60_000 });
    }

    const bulk = products('BULK', SKUS, 80);
    seedShops(server, bulk);
    await importLinked(page, bulk);
    // The shops already show 80: "sync now" still opens, reads and saves every one of them.
    const savesBefore = PLATFORMS.map((p) => server.stock.saves(p)).reduce((a, b) => a + b, 0);
    const started = performance.now();
    await page.getByTestId('stock-sync').click();
    await page.waitForFunction(
      (n) => [...document.querySelectorAll('[data-testid="stock-sync-status"]')].filter((el) => el.getAttribute('data-sku').startsWith('BULK') && ['done', 'failed', 'needs-login'].includes(el.getAttribute('data-state'))).length === n,
      SKUS * 3,
      { timeout: 30 * 60_000, polling: 250 },
    );
    const bulkMs = performance.now() - started;
    const states = await statesOf(page, 'BULK');
    const saves = PLATFORMS.map((p) => server.stock.saves(p)).reduce((a, b) => a + b, 0) - savesBefore;
    // "Sync now" pushes every linked listing: the sale product's three as well, so 3 × (SKUS + 1) saves.
    ctx.log(`bulk push: ${round(bulkMs / 1000)} s, ${JSON.stringify(states)}, ${saves} saves (expected ${(SKUS + 1) * 3}: the sale product is linked too)`);
    for (const tab of context.pages()) if (SELLER_HOSTS.test(tab.url())) await tab.close();
    await page.close();
    return [
      { metric: 'a sale → every other shop updated, from the list page load, median', value: round(median(times)), unit: 'ms', budget: 30_000 },
      { metric: 'a sale → every other shop, slowest run', value: round(Math.max(...times)), unit: 'ms' },
      { metric: `sync now, ${SKUS} SKUs × 3 shops, every status final`, value: round(bulkMs / 1000), unit: 's' },
      { metric: `sync now, per listing`, value: round(bulkMs / (SKUS * 3)), unit: 'ms' },
      { metric: `sync now, listings done (of ${SKUS * 3})`, value: states.done ?? 0, unit: '' },
    ];
  },
};
export default bench;

await runIfMain(import.meta.url, bench);
