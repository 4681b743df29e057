// JSON export of the whole catalogue (the backup a seller downloads), photos included.
import { rm, stat } from 'node:fs/promises';
import { median, round } from './lib/stats.mjs';

const RUNS = 3;

/** Installed in the dashboard: when the seller clicks, and when the file's Blob URL is made. */
function installExportProbe() {
  const probe = { clickedAt: null, fileReadyAt: null };
  window.__serentakExport = probe;
  // Only the seller's click on the button: the download itself is a click on a hidden link.
  document.addEventListener(
    'click',
    (e) => {
      if (e.target?.closest?.('[data-testid="export-json"]')) probe.clickedAt = e.timeStamp;
    },
    true,
  );
  const createObjectURL = URL.createObjectURL.bind(URL);
  // Photo thumbnails use Blob URLs too: only the backup file (a JSON Blob) counts.
  URL.createObjectURL = (obj) => {
    if (obj instanceof Blob && obj.type.includes('json')) probe.fileReadyAt = performance.now();
    return createObjectURL(obj);
  };
}

export default {
  id: 'json-export',
  title: 'JSON export',
  method:
    `with the generated catalogue loaded, the dashboard's JSON backup button is clicked ${RUNS} times; per ` +
    'run, from the click event to the moment the file is handed to the browser (`URL.createObjectURL`), ' +
    'and from the click to Playwright seeing the download start (includes the DevTools round trip). Median.',
  async run(ctx) {
    const session = await ctx.session();
    await session.ensureCatalogue(ctx.products);
    const page = await session.openDashboard();
    await page.getByTestId('product-row').first().waitFor({ timeout: 120_000 });
    await page.evaluate(installExportProbe);
    const button = page.getByTestId('export-json');
    const inPage = [];
    const toDownload = [];
    let bytes = 0;
    for (let i = 0; i < RUNS; i++) {
      await page.evaluate(() => Object.assign(window.__serentakExport, { clickedAt: null, fileReadyAt: null }));
      const started = performance.now();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 300_000 }), button.click()]);
      toDownload.push(performance.now() - started);
      const file = await download.path();
      if (file) {
        bytes = (await stat(file)).size;
        await rm(file, { force: true });
      }
      const { clickedAt, fileReadyAt } = await page.evaluate(() => window.__serentakExport);
      if (clickedAt !== null && fileReadyAt !== null) inPage.push(fileReadyAt - clickedAt);
      await page.waitForTimeout(500);
    }
    await page.close();
    const figures = [];
    if (inPage.length) figures.push({ metric: 'click → file ready (in page), median', value: round(median(inPage)), unit: 'ms' });
    figures.push({ metric: 'click → download starts, median', value: round(median(toDownload)), unit: 'ms' });
    figures.push({ metric: 'file size', value: round(bytes / 2 ** 20, 2), unit: 'MB' });
    return figures;
  },
};
