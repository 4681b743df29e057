// Search keystroke latency: a seller types into the catalogue search; how long from each key press until
// the list shows the new results.
import { median, percentile, round } from './lib/stats.mjs';

/** Searches a seller would type: product words and a SKU. Each key press is one sample. */
const QUERIES = ['keripik balado', 'BRG-04217', 'madu hutan'];
/** Pause after each key so late (debounced or deferred) list updates are credited to their key. */
const SETTLE_MS = 600;

/** Installed in the dashboard: one sample per keydown in the search box. */
function installSearchProbe() {
  const input = document.querySelector('[data-testid="catalogue-search"]');
  const probe = { samples: [] };
  window.__serentakSearch = probe;
  let current = null;
  input.addEventListener(
    'keydown',
    (e) => {
      current = { t0: e.timeStamp, listUpdated: null, inputDone: null };
      probe.samples.push(current);
    },
    true,
  );
  // When every input handler has run (the page's own, React's at its root, and the synchronous render
  // they start), in case the list did not change: a bubbling listener on window hears the event last.
  // (A posted message would also wait for whatever frame the browser paints first.)
  addEventListener('input', () => current && (current.inputDone ??= performance.now()));
  // A list change is any DOM change outside the search box; the last one within the pause counts.
  new MutationObserver((records) => {
    if (!current || records.every((r) => input.contains(r.target))) return;
    current.listUpdated = performance.now();
  }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
}

export default {
  id: 'search',
  title: 'Search keystroke latency',
  method:
    `with the generated catalogue loaded, the searches ${QUERIES.map((q) => `"${q}"`).join(', ')} are typed ` +
    `one key at a time (${SETTLE_MS} ms apart). Per key: from the keydown event's timestamp until the ` +
    'last DOM change of the list that followed it (MutationObserver, i.e. after the render committed); ' +
    'when the list did not change, until the input event has reached window (every handler and the ' +
    'render it started are done). Neither includes the paint. Median and 95th percentile.',
  async run(ctx) {
    const session = await ctx.session();
    await session.ensureCatalogue(ctx.products);
    const page = await session.openDashboard();
    await page.getByTestId('product-row').first().waitFor({ timeout: 120_000 });
    // Search the whole catalogue, as described: not while the list is still loading the rest of it.
    await page.waitForFunction(
      (total) => {
        const count = document.querySelector('[data-testid="catalogue-count"]');
        return count?.getAttribute('data-total') === String(total) && !count.querySelector('.loading-more');
      },
      ctx.products,
      { timeout: 120_000 },
    );
    await page.evaluate(installSearchProbe);
    const search = page.getByTestId('catalogue-search');
    const latencies = [];
    let unchanged = 0;
    for (const query of QUERIES) {
      await search.fill('');
      await page.waitForTimeout(SETTLE_MS);
      await search.focus();
      await page.evaluate(() => (window.__serentakSearch.samples.length = 0));
      for (const key of query) {
        await page.keyboard.type(key);
        await page.waitForTimeout(SETTLE_MS);
      }
      const samples = await page.evaluate(() => window.__serentakSearch.samples);
      for (const s of samples) {
        if (s.listUpdated === null) unchanged++;
        const end = s.listUpdated ?? s.inputDone;
        if (end !== null) latencies.push(end - s.t0);
      }
    }
    await page.close();
    return [
      { metric: `median of ${latencies.length} keystrokes`, value: round(median(latencies)), unit: 'ms', budget: 16 },
      { metric: '95th percentile', value: round(percentile(latencies, 95)), unit: 'ms', budget: 16 },
      { metric: 'slowest keystroke', value: round(Math.max(...latencies)), unit: 'ms' },
      { metric: 'keystrokes that left the list unchanged', value: unchanged, unit: '' },
    ];
  },
};
