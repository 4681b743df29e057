// The practice seller centres for end-to-end tests and the demo: one local HTTPS server that answers for
// every marketplace host, serving the replicas listed in tests/fixtures/routes.json. Chromium is pointed
// at it with --host-resolver-rules, so pages load at their real URLs (https://seller.shopee.co.id/…) and
// the production manifest's content-script matches fire unchanged.
//
// Plain ESM JavaScript (not TypeScript) so scripts/demo.mjs can import it with bare Node.
import { createServer } from 'node:https';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import selfsigned from 'selfsigned';
import { createStockStore, STOCK_API } from './stock-store.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '../../..');
const DEFAULT_FIXTURES = path.join(REPO_ROOT, 'tests/fixtures');
const HOSTS_FILE = path.join(REPO_ROOT, 'utils/platforms/hosts.ts');

/** Asset URLs in the replicas start with this, e.g. /__fixtures/shopee/add.js. */
const ASSET_PREFIX = '/__fixtures/';
/** Where a host with login required is sent when routes.json lists no login page for its platform. */
const FALLBACK_LOGIN_PATH = '/__serentak/login';
/** The replicas' server latency (R.latency in tests/fixtures/_lib/dom.js): answered after ?ms=. */
const LATENCY_PATH = '/__serentak/latency';
const LATENCY_MAX_MS = 10_000;

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * @typedef {{ host: string, path: string, file: string, kind?: string }} Route
 * @typedef {{ platform: string, seller: string[], login: string[] }} PlatformHosts
 */

/**
 * Reads the platform host table out of utils/platforms/hosts.ts. That file is TypeScript and Node 20
 * cannot import it, but it is deliberately a plain literal (no imports), so its quoted host names can
 * be read as text. Hosts only ever come from this table and routes.json, never from a test.
 * @returns {PlatformHosts[]}
 */
export function readPlatformHosts(file = HOSTS_FILE) {
  const source = readFileSync(file, 'utf8');
  const table = source.slice(source.indexOf('PLATFORM_HOSTS'), source.indexOf('} as const'));
  /** @type {PlatformHosts[]} */
  const platforms = [];
  const entry = /['"]?([a-z0-9-]+)['"]?\s*:\s*\{([^}]*)\}/g;
  for (const [, platform, body] of table.matchAll(entry)) {
    const list = (/** @type {string} */ key) => {
      const m = body.match(new RegExp(`${key}\\s*:\\s*\\[([^\\]]*)\\]`));
      return m ? [...m[1].matchAll(/['"]([^'"]+)['"]/g)].map((h) => h[1]) : [];
    };
    platforms.push({ platform, seller: list('seller'), login: list('login') });
  }
  if (platforms.length === 0) throw new Error(`seller-server: no platforms found in ${file}`);
  return platforms;
}

/** One certificate per process: generating it is the slow part of starting a server. */
let certificate;
function certificateFor(/** @type {string[]} */ hosts) {
  certificate ??= selfsigned.generate([{ name: 'commonName', value: 'serentak-practice.test' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [...hosts.map((value) => ({ type: 2, value })), { type: 7, ip: '127.0.0.1' }],
      },
    ],
  });
  return certificate;
}

/**
 * routes.json may not exist yet (the replicas are written alongside) or may change while a demo runs:
 * it is re-read whenever its modification time changes, and a missing or broken file means no routes.
 */
function routeTable(/** @type {string} */ routesFile) {
  let mtime = -1;
  /** @type {Route[]} */
  let routes = [];
  return async () => {
    const info = await stat(routesFile).catch(() => null);
    const next = info ? info.mtimeMs : 0;
    if (next !== mtime) {
      mtime = next;
      routes = [];
      if (info) {
        try {
          const parsed = JSON.parse(await readFile(routesFile, 'utf8'));
          routes = Array.isArray(parsed) ? parsed.filter(isRoute) : [];
        } catch (error) {
          console.warn(`seller-server: ignoring unreadable ${routesFile}: ${error}`);
        }
      }
    }
    return routes;
  };
}

function isRoute(/** @type {any} */ r) {
  return r && typeof r.host === 'string' && typeof r.path === 'string' && typeof r.file === 'string';
}

function isLoginRoute(/** @type {Route} */ r) {
  return r.kind === 'login' || path.basename(r.file).startsWith('login');
}

/** Longest path prefix wins; the query string is ignored (contract in notes/replica-contract.md). */
export function matchRoute(/** @type {Route[]} */ routes, /** @type {string} */ host, /** @type {string} */ pathname) {
  let best;
  for (const r of routes) {
    if (r.host !== host || !pathname.startsWith(r.path)) continue;
    if (!best || r.path.length > best.path.length) best = r;
  }
  return best;
}

/** Resolves a file under the fixtures folder, refusing anything that climbs out of it. */
function fixturePath(/** @type {string} */ root, /** @type {string} */ relative) {
  const full = path.resolve(root, decodeURIComponent(relative).replace(/^\/+/, ''));
  return full.startsWith(root + path.sep) ? full : undefined;
}

const FALLBACK_LOGIN_HTML = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Masuk</title></head>
<body><h1>Masuk ke Seller Centre</h1><form method="post"><label>Email <input name="email"></label>
<label>Kata sandi <input type="password" name="password"></label><button>Masuk</button></form></body></html>`;

/**
 * @param {{ port?: number, fixturesDir?: string, routesFile?: string, quiet?: boolean }} [opts]
 */
export async function startSellerServer(opts = {}) {
  const fixturesDir = path.resolve(opts.fixturesDir ?? DEFAULT_FIXTURES);
  const routes = routeTable(path.resolve(opts.routesFile ?? path.join(fixturesDir, 'routes.json')));
  const platforms = readPlatformHosts();
  const platformOf = (/** @type {string} */ host) =>
    platforms.find((p) => p.seller.includes(host) || p.login.includes(host));
  /** Seller hosts whose pages currently bounce to the login page. */
  const loginRequired = new Set();
  const stock = createStockStore();

  const knownHosts = async () => {
    const hosts = new Set(platforms.flatMap((p) => [...p.seller, ...p.login]));
    for (const r of await routes()) hosts.add(r.host);
    return [...hosts];
  };
  const { cert, private: key } = await certificateFor(await knownHosts());

  /**
   * Where a seller on `host` is sent to log in: a login page on the same host if the replicas have one
   * (TikTok's seller-id.tiktok.com/account/login), else one on the platform's login hosts
   * (accounts.shopee.co.id), else any login page of that platform, else a built-in practice login.
   */
  const loginUrlFor = async (/** @type {string} */ host) => {
    const platform = platformOf(host);
    const logins = (await routes()).filter(isLoginRoute);
    const found =
      logins.find((l) => l.host === host) ??
      logins.find((l) => platform?.login.includes(l.host)) ??
      logins.find((l) => platform && /** @type {any} */ (l).platform === platform.platform);
    return found ? `https://${found.host}${found.path}` : `https://${host}${FALLBACK_LOGIN_PATH}`;
  };

  /** After a practice login, the platform's seller hosts answer normally again. */
  const logIn = (/** @type {string} */ host) => {
    const platform = platformOf(host);
    for (const h of platform ? platform.seller : [host]) loginRequired.delete(h);
  };

  const sendFile = async (/** @type {import('node:http').ServerResponse} */ res, /** @type {string} */ file) => {
    const body = await readFile(file).catch(() => null);
    if (!body) return notFound(res, `missing fixture file ${path.relative(REPO_ROOT, file)}`);
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(body);
  };

  const notFound = (/** @type {import('node:http').ServerResponse} */ res, /** @type {string} */ why) => {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(`<!doctype html><title>404</title><p>Serentak practice server: ${why.replace(/[<&]/g, '')}</p>`);
  };

  const handle = async (/** @type {import('node:http').IncomingMessage} */ req, /** @type {import('node:http').ServerResponse} */ res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', `https://${host || 'localhost'}`);

    if (url.pathname.startsWith(ASSET_PREFIX)) {
      const file = fixturePath(fixturesDir, url.pathname.slice(ASSET_PREFIX.length));
      return file ? sendFile(res, file) : notFound(res, 'bad asset path');
    }

    if (url.pathname === LATENCY_PATH) {
      const ms = Math.min(Math.max(Number(url.searchParams.get('ms')) || 0, 0), LATENCY_MAX_MS);
      setTimeout(() => {
        res.writeHead(204, { 'cache-control': 'no-store' });
        res.end();
      }, ms);
      return;
    }

    if (url.pathname.startsWith(STOCK_API)) {
      const platform = platformOf(host)?.platform;
      let body = '';
      for await (const chunk of req) body += chunk;
      const { status, json } = platform
        ? stock.answer(platform, req.method ?? 'GET', url.pathname.slice(STOCK_API.length), body)
        : { status: 404, json: { error: 'not a seller host' } };
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      return res.end(JSON.stringify(json));
    }

    const route = matchRoute(await routes(), host, url.pathname);
    const isLogin = route ? isLoginRoute(route) : url.pathname === FALLBACK_LOGIN_PATH;

    if (isLogin && req.method === 'POST') {
      // A practice login: any credentials work; go back where the seller was heading.
      req.resume();
      logIn(host);
      for (const h of platformOf(host)?.seller ?? []) logIn(h);
      const next = url.searchParams.get('next');
      res.writeHead(302, { location: next ?? `https://${platformOf(host)?.seller[0] ?? host}/` });
      return res.end();
    }

    if (!isLogin && loginRequired.has(host)) {
      const login = new URL(await loginUrlFor(host));
      login.searchParams.set('next', url.href);
      res.writeHead(302, { location: login.href, 'cache-control': 'no-store' });
      return res.end();
    }

    if (!route) {
      if (url.pathname === FALLBACK_LOGIN_PATH) {
        const file = path.join(fixturesDir, 'login.html');
        const exists = await stat(file).catch(() => null);
        if (exists) return sendFile(res, file);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        return res.end(FALLBACK_LOGIN_HTML);
      }
      return notFound(res, `no replica for ${host}${url.pathname}`);
    }
    const file = fixturePath(fixturesDir, route.file);
    if (!file) return notFound(res, 'bad route file');
    // A shop set to the drifted look (server.stock.setLook) serves its edit pages drifted too, at the
    // same URL a push opens: the page says so on <html data-variant="drift"> (tests/fixtures/_lib/dom.js).
    const shop = platformOf(host)?.platform;
    const isEditPage = route.kind === 'edit' || url.searchParams.has('productId');
    if (shop && isEditPage && stock.look(shop).drift && file.endsWith('.html')) {
      const html = await readFile(file, 'utf8').catch(() => null);
      if (!html) return notFound(res, 'missing fixture file');
      res.writeHead(200, { 'content-type': CONTENT_TYPES['.html'], 'cache-control': 'no-store' });
      return res.end(html.replace(/<html\b/, '<html data-variant="drift"'));
    }
    return sendFile(res, file);
  };

  const server = createServer({ cert, key }, (req, res) => {
    handle(req, res).catch((error) => {
      if (!opts.quiet) console.error('seller-server:', error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  const hostResolverRules = (await knownHosts()).map((h) => `MAP ${h}:443 127.0.0.1:${port}`).join(', ');

  return {
    port,
    /** Value for Chromium's --host-resolver-rules: every marketplace host → this server. */
    hostResolverRules,
    /** When on, the host's add/edit pages answer 302 to the platform's login page. */
    setLoginRequired(/** @type {string} */ host, /** @type {boolean} */ on) {
      if (on) loginRequired.add(host.toLowerCase());
      else loginRequired.delete(host.toLowerCase());
    },
    /** The shops' products and stock behind the list and edit replicas (stock-store.mjs). */
    stock,
    /** Current routes (re-read from routes.json when it changes). */
    routes,
    close() {
      return new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve(undefined));
      });
    },
  };
}
