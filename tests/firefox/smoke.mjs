// Firefox smoke: the Firefox build (.output/firefox-mv2) in real Firefox ESR, headless, fresh profile.
// A seller imports a small catalogue on the dashboard, fills a replica add page from the panel, and
// publishes to two marketplaces. The replicas answer at their real seller-centre URLs (the production
// manifest's matches fire): Firefox resolves every host to 127.0.0.1 (network.dns.forceResolve) and the
// practice server listens on 443 with a throwaway certificate (acceptInsecureCerts).
//
// Driven over Marionette (tests/firefox/marionette.mjs says why not WebDriver BiDi). Waits are DOM
// events with bounded timeouts; the whole run is bounded too, so a hang fails instead of blocking CI.
// Prints `firefox smoke: N passed, M failed` last; exits 1 on any failure. Skips (exit 0) when Firefox
// is not installed, except under CI (CI set), where .ci/run installs firefox-esr and a missing one fails.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { KERIPIK } from '../e2e/support/products.mjs';
import { REPO_ROOT, startSellerServer } from '../e2e/support/seller-server.mjs';
import { Marionette } from './marionette.mjs';

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const EXTENSION = path.join(REPO_ROOT, process.env.SERENTAK_OUT_DIR || '.output', 'firefox-mv2');
/** The extension's origin: its internal UUID is pinned by add-on id (extensions.webextensions.uuids). */
const UUID = '5e4e7a2b-0c1d-4f3a-9b8e-2d6c1a0f7e35';
const ORIGIN = `moz-extension://${UUID}`;
/** The whole run, start to quit: a hang ends here. */
const RUN_TIMEOUT_MS = 240_000;

const CI = !!process.env.CI;

if (!existsSync(FIREFOX)) {
  // A developer without Firefox still gets a green `npm test`; CI installs firefox-esr, so there it fails.
  console.log(`firefox smoke: ${CI ? 'FAILED' : 'skipped'} — no Firefox at ${FIREFOX} (apt-get install firefox-esr, or set FIREFOX_PATH)`);
  if (CI) console.log('firefox smoke: 0 passed, 1 failed');
  process.exit(CI ? 1 : 0);
}
if (!existsSync(path.join(EXTENSION, 'manifest.json'))) {
  console.error(`firefox smoke: no Firefox build in ${EXTENSION}; run \`npm run build:firefox\` first`);
  console.log('firefox smoke: 0 passed, 1 failed');
  process.exit(1);
}
/** The add-on id the build declares (wxt.config.ts → browser_specific_settings.gecko.id). */
const ADDON_ID = JSON.parse(await readFile(path.join(EXTENSION, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;

/** The keripik of the Chromium e2e specs, with one photo. */
const PRODUCT = { ...KERIPIK, photos: KERIPIK.photos.slice(0, 1) };
const CATALOGUE = { format: 'serentak-catalogue', version: 1, products: [PRODUCT] };
const ADD_PAGE = 'https://seller.shopee.co.id/portal/product/new';
/** What Chromium's Shopee spec expects of the report (tests/e2e/fill-shopee.spec.ts): Firefox must match. */
const SHOPEE_STATUSES = {
  ...Object.fromEntries(
    ['name', 'description', 'price', 'stock', 'weight', 'condition', 'brand', 'category', 'photos', 'sku', 'minOrder', 'dimensions'].map((f) => [f, 'filled']),
  ),
  variants: 'skipped',
};
/** Publish targets: two replicas whose fills are quick (Lazada's goes through a media-centre dialog). */
const PUBLISH_TO = ['tiktok-tokopedia', 'blibli'];
const ALL_PLATFORMS = ['shopee', 'tiktok-tokopedia', 'lazada', 'ekatalog', 'blibli'];

const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
const results = { passed: 0, failed: 0 };
/** @type {string[]} */
const firefoxLog = [];

// Firefox has no per-host port mapping (Chromium's --host-resolver-rules): the replicas' real https URLs
// mean port 443, which needs root (as in CI) or CAP_NET_BIND_SERVICE for node.
const server = await startSellerServer({ port: 443, quiet: true }).catch((error) => {
  const denied = error?.code === 'EACCES';
  console.log(`firefox smoke: the practice server cannot listen on 127.0.0.1:443 (${error.message}).`);
  if (denied && !CI) {
    console.log('firefox smoke: skipped — port 443 needs root or `sudo setcap cap_net_bind_service=+ep $(which node)`');
    process.exit(0);
  }
  console.log('firefox smoke: 0 passed, 1 failed');
  process.exit(1);
});
const profile = await mkdtemp(path.join(os.tmpdir(), 'serentak-firefox-'));
const prefs = {
  // Marionette on a free port, written to <profile>/MarionetteActivePort.
  'marionette.port': 0,
  // moz-extension://<UUID>/ for our add-on, so the smoke knows the extension's origin.
  'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
  // Every host (the marketplaces' included) to the practice server.
  'network.dns.forceResolve': '127.0.0.1',
  'network.dns.disableIPv6': true,
  // A quiet, offline profile.
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.aboutwelcome.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.update.disabledForTesting': true,
  'extensions.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
};
await writeFile(
  path.join(profile, 'user.js'),
  Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n') + '\n',
);
const firefox = spawn(FIREFOX, ['--marionette', '--headless', '--no-remote', '--profile', profile], {
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
});
for (const stream of [firefox.stdout, firefox.stderr]) {
  stream.on('data', (d) => firefoxLog.push(...String(d).split('\n').filter(Boolean)));
}
const firefoxExited = new Promise((resolve) => firefox.once('exit', resolve));
const marionette = new Marionette();

const watchdog = setTimeout(() => {
  console.log(`firefox smoke: the run took longer than ${RUN_TIMEOUT_MS / 1000} s; stopping Firefox`);
  results.failed++;
  finish(1);
}, RUN_TIMEOUT_MS);

for (const event of ['uncaughtException', 'unhandledRejection']) {
  process.on(event, (error) => {
    console.log(`firefox smoke: ${event}: ${error instanceof Error ? error.stack : error}`);
    results.failed++;
    finish(1);
  });
}

let finishing = false;
async function finish(/** @type {number} */ code) {
  if (finishing) return;
  finishing = true;
  clearTimeout(watchdog);
  await Promise.race([
    marionette.send('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => undefined),
    new Promise((r) => setTimeout(r, 5_000)),
  ]);
  marionette.close();
  if (firefox.exitCode === null && firefox.signalCode === null) {
    const exited = await Promise.race([firefoxExited.then(() => true), new Promise((r) => setTimeout(() => r(false), 10_000))]);
    if (!exited) firefox.kill('SIGKILL');
  }
  await server.close();
  await rm(profile, { recursive: true, force: true }).catch(() => undefined);
  if ((code !== 0 || process.env.FIREFOX_SMOKE_LOG) && firefoxLog.length) console.log(`--- Firefox output (last 30 lines) ---\n${firefoxLog.slice(-30).join('\n')}`);
  console.log(`firefox smoke: ${results.passed} passed, ${results.failed} failed (${seconds()} s)`);
  process.exit(code);
}

/** One step of the seller's story; a failed step stops the story (the next ones depend on it). */
async function step(/** @type {string} */ name, /** @type {() => Promise<string | void>} */ run) {
  /** Once the run is ending (a failure, the watchdog), no step starts and none is counted. */
  const ending = () => new Promise(() => undefined);
  if (finishing) return ending();
  const t = Date.now();
  try {
    const detail = await run();
    if (finishing) return ending();
    results.passed++;
    console.log(`  ✓ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)${detail ? ` — ${detail}` : ''}`);
  } catch (error) {
    if (finishing) return ending();
    results.failed++;
    console.log(`  ✗ ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)\n    ${error instanceof Error ? error.message : error}`);
    await finish(1);
  }
}

/** Waits for a file Firefox writes at start-up (polled: there is no event for it), bounded. */
async function marionettePort() {
  const file = path.join(profile, 'MarionetteActivePort');
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (firefox.exitCode !== null || firefox.signalCode !== null) {
      throw new Error(`Firefox exited at start-up (${firefox.exitCode ?? firefox.signalCode})`);
    }
    const port = Number(await readFile(file, 'utf8').catch(() => ''));
    if (port > 0) return port;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('Firefox did not start Marionette within 60 s');
}

/** A window handle that was not there before (a tab the extension opened), bounded. */
async function newWindow(/** @type {string[]} */ before, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const fresh = (await marionette.windows()).filter((h) => !before.includes(h));
    if (fresh.length) return fresh[0];
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no new tab within ${timeoutMs} ms`);
}

/**
 * Enters the panel iframe of the current seller page and waits for its search box. The content script
 * adds the iframe at document_idle and its first document may still be the initial about:blank, so a
 * wait that sees its document unloaded enters the frame again (bounded).
 */
async function enterPanel(timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    await marionette.frame(undefined);
    const iframe = await marionette.waitForSelector('iframe[data-testid="serentak-panel"]', timeoutMs);
    await marionette.frame(iframe);
    try {
      return await marionette.waitForSelector('[data-testid="panel-search"]', Math.max(until - Date.now(), 1));
    } catch (error) {
      const reloaded = /unloaded|no such frame|stale element|discarded/i.test(String(error));
      if (!reloaded || Date.now() > until) throw error;
    }
  }
}

console.log(`firefox smoke: ${FIREFOX} with ${path.relative(REPO_ROOT, EXTENSION)}`);
/** @type {string} */
let sellerTab = '';
/** @type {string} */
let dashboardTab = '';

await step('Firefox starts and installs the Firefox build', async () => {
  await marionette.connect(await marionettePort());
  // Marionette takes the capabilities flat (geckodriver would do the alwaysMatch/firstMatch merge).
  const session = await marionette.send('WebDriver:NewSession', {
    acceptInsecureCerts: true,
    pageLoadStrategy: 'normal',
    timeouts: { script: 150_000, pageLoad: 45_000, implicit: 0 },
  });
  const id = await marionette.send('Addon:Install', { path: EXTENSION, temporary: true });
  if (id !== ADDON_ID) throw new Error(`installed add-on id ${JSON.stringify(id)}, expected ${ADDON_ID}`);
  return `${session.capabilities.browserName} ${session.capabilities.browserVersion}`;
});

await step('the panel opens on a replica add page at its real URL', async () => {
  sellerTab = (await marionette.windows())[0];
  await marionette.navigate(ADD_PAGE);
  await enterPanel();
  const url = await marionette.url();
  const src = await marionette.script('return location.href');
  if (!String(src).startsWith(`${ORIGIN}/panel.html`)) throw new Error(`panel frame at ${src}, expected ${ORIGIN}/panel.html`);
  return url;
});

await step('the dashboard opens from the extension’s own page', async () => {
  const before = await marionette.windows();
  // The panel is an extension page: it may open the extension's dashboard (a test driver may not).
  await marionette.script('window.open(browser.runtime.getURL("/dashboard.html"), "_blank");');
  dashboardTab = await newWindow(before);
  await marionette.window(dashboardTab);
  await marionette.waitForSelector('[data-testid="catalogue-import"]');
  const url = await marionette.url();
  if (url !== `${ORIGIN}/dashboard.html`) throw new Error(`dashboard tab at ${url}`);
});

await step('import a small catalogue (catalogue-import → import-confirm)', async () => {
  const file = path.join(profile, 'katalog.json');
  await writeFile(file, JSON.stringify(CATALOGUE));
  await marionette.type(await marionette.find('[data-testid="catalogue-import"]'), file);
  await marionette.click(await marionette.waitForSelector('[data-testid="import-confirm"]'));
  const result = await marionette.waitFor(
    'import-result',
    `const r = document.querySelector('[data-testid="import-result"]');
     return r && { imported: r.getAttribute('data-imported'), rejected: r.getAttribute('data-rejected') };`,
  );
  if (result.imported !== '1' || result.rejected !== '0') throw new Error(`import-result ${JSON.stringify(result)}`);
  await marionette.type(await marionette.find('[data-testid="catalogue-search"]'), PRODUCT.sku);
  await marionette.waitForSelector(`[data-testid="product-row"][data-sku="${PRODUCT.sku}"][data-price="${PRODUCT.price}"]`);
  return 'imported 1, rejected 0; the row shows';
});

await step('fill the replica from the panel: report done as in Chromium, the page’s model holds the product', async () => {
  await marionette.window(sellerTab);
  await marionette.navigate(ADD_PAGE);
  await marionette.type(await enterPanel(), PRODUCT.sku);
  await marionette.click(await marionette.waitForSelector(`[data-testid="panel-product"][data-sku="${PRODUCT.sku}"]`));
  await marionette.waitFor('fill-button enabled', `const b = document.querySelector('[data-testid="fill-button"]'); return b && !b.disabled;`);
  await marionette.click(await marionette.find('[data-testid="fill-button"]'));
  const statuses = await marionette.waitFor(
    'fill-report[data-state=done]',
    `const r = document.querySelector('[data-testid="fill-report"][data-state="done"]');
     if (!r) return undefined;
     const out = {};
     for (const row of r.querySelectorAll('[data-field][data-status]')) out[row.getAttribute('data-field')] = row.getAttribute('data-status');
     return out;`,
    [],
    60_000,
  );
  // The same statuses as Chromium's Shopee spec (tests/e2e/fill-shopee.spec.ts).
  const wrong = Object.entries(SHOPEE_STATUSES).filter(([field, status]) => statuses[field] !== status);
  if (wrong.length) throw new Error(`report differs from Chromium's: ${wrong.map(([f, s]) => `${f} ${statuses[f]} (want ${s})`).join(', ')}`);
  await marionette.frame(undefined);
  const replica = await marionette.script('return window.__replica && { model: window.__replica.model, saved: window.__replica.saved };');
  const model = replica?.model ?? {};
  const seen = {
    name: model.name,
    price: Number(model.price),
    stock: Number(model.stock),
    grams: Number(model.weight) * (model.weightUnit === 'kg' ? 1000 : 1),
    description: model.description,
    brand: model.brand,
    sku: model.sku,
    categoryLeaf: model.category?.at?.(-1),
    photos: model.photos?.length,
    saved: replica?.saved,
  };
  const want = {
    name: PRODUCT.name,
    price: PRODUCT.price,
    stock: PRODUCT.stock,
    grams: PRODUCT.weightGrams,
    description: PRODUCT.description,
    brand: 'Tidak Ada Merek',
    sku: PRODUCT.sku,
    categoryLeaf: 'Keripik',
    photos: 1,
    saved: false,
  };
  if (JSON.stringify(seen) !== JSON.stringify(want)) {
    throw new Error(`the replica's model holds ${JSON.stringify(seen)}, want ${JSON.stringify(want)}`);
  }
  return `report ${Object.values(statuses).filter((s) => s === 'filled').length}/${Object.keys(statuses).length} filled; model ${seen.name}, ${seen.price}`;
});

await step(`publish everywhere to ${PUBLISH_TO.join(' and ')}: both filled`, async () => {
  await marionette.window(dashboardTab);
  const row = `[data-testid="product-row"][data-sku="${PRODUCT.sku}"]`;
  await marionette.click(await marionette.waitForSelector(`${row} [data-testid="publish-everywhere"]`));
  await marionette.waitForSelector('[data-testid="publish-dialog"]');
  // The boxes stay disabled until the settings are read and the switched-on platforms pre-ticked: a
  // click before that would be lost (and the pre-ticking would undo it).
  await marionette.waitFor(
    'publish-platform checkboxes enabled',
    `const boxes = document.querySelectorAll('[data-testid="publish-platform"]');
     return boxes.length === arguments[0] && [...boxes].every((b) => !b.disabled);`,
    [ALL_PLATFORMS.length],
  );
  for (const platform of ALL_PLATFORMS) {
    const box = await marionette.find(`[data-testid="publish-platform"][data-platform="${platform}"]`);
    const checked = await marionette.send('WebDriver:IsElementSelected', { id: box });
    if (checked !== PUBLISH_TO.includes(platform)) await marionette.click(box);
  }
  const ticked = await marionette.script(
    `return [...document.querySelectorAll('[data-testid="publish-platform"]')].filter((b) => b.checked).map((b) => b.dataset.platform);`,
  );
  if (JSON.stringify(ticked) !== JSON.stringify(PUBLISH_TO)) throw new Error(`ticked ${JSON.stringify(ticked)}, want ${JSON.stringify(PUBLISH_TO)}`);
  const before = await marionette.windows();
  await marionette.click(await marionette.find('[data-testid="publish-start"]'));
  const states = await marionette.waitFor(
    'publish-status[data-state=filled] for both',
    `const states = {};
     for (const p of arguments[0]) {
       const s = document.querySelector('[data-testid="publish-status"][data-platform="' + p + '"]');
       states[p] = s ? s.getAttribute('data-state') : 'none';
     }
     const ended = Object.values(states).every((s) => ['filled', 'failed', 'blocked', 'needs-login', 'submitted'].includes(s));
     return ended && states;`,
    [PUBLISH_TO],
    120_000,
  );
  if (!PUBLISH_TO.every((p) => states[p] === 'filled')) {
    const reasons = await marionette.script(`return [...document.querySelectorAll('[data-testid="publish-status"]')].map((s) => s.textContent).join(' | ')`);
    throw new Error(`publish states ${JSON.stringify(states)}: ${reasons}`);
  }
  // Each opened tab holds the product in its replica's own model, and nothing was saved.
  const opened = (await marionette.windows()).filter((h) => !before.includes(h));
  const names = [];
  for (const handle of opened) {
    await marionette.window(handle);
    names.push(await marionette.script('return window.__replica && [location.host, window.__replica.model.name, window.__replica.saved]'));
  }
  await marionette.window(dashboardTab);
  if (opened.length !== PUBLISH_TO.length || !names.every((n) => n?.[1] === PRODUCT.name && n?.[2] === false)) {
    throw new Error(`opened tabs hold ${JSON.stringify(names)}`);
  }
  return names.map((n) => n[0]).join(', ');
});

await finish(0);
