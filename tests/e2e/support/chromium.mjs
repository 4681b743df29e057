// How Serentak starts Chromium with the built extension: one place for the executable, the flags and
// the extension folder, shared by the Playwright fixture (extension.ts), scripts/demo.mjs and the
// benchmarks. Plain ESM JavaScript so scripts can import it with bare Node.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './seller-server.mjs';

/** Debian's Chromium unless CHROME_PATH points elsewhere (e.g. a desktop's Chromium or Chrome). */
export function chromiumPath() {
  const chosen = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(chosen)) {
    throw new Error(
      `Chromium not found at ${chosen}. Install it (sudo apt-get install chromium) or set CHROME_PATH.`,
    );
  }
  return chosen;
}

/** The built extension: `npm run build` writes .output/chrome-mv3, or $SERENTAK_OUT_DIR/chrome-mv3. */
export function extensionDir(outDir = process.env.SERENTAK_OUT_DIR || '.output') {
  const dir = path.resolve(REPO_ROOT, outDir, 'chrome-mv3');
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}. Run \`npm run build\` first (npm run test:e2e does).`);
  }
  return dir;
}

/**
 * Flags for a quiet, offline-friendly Chromium that loads only our extension and sends every
 * marketplace host to the practice server.
 * @param {string} extension folder of the unpacked build
 * @param {string} hostResolverRules from startSellerServer()
 * @returns {string[]}
 */
export function chromiumArgs(extension, hostResolverRules) {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    // The replicas answer at the real seller-centre URLs, so the production manifest's matches fire.
    `--host-resolver-rules=${hostResolverRules}`,
    '--ignore-certificate-errors',
  ];
}
