import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { practiceReplicaFiles } from './scripts/practice-replica-files';
import { PLATFORM_HOSTS, PLATFORM_IDS, SELLER_HOST_PATTERNS, SELLER_MATCHES } from './utils/platforms/hosts';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // webextension-polyfill in place of WXT's bare `chrome`/`browser` globals: `browser` then behaves the
  // same on Chrome, Edge and Firefox (promise-returning APIs; an onMessage listener replies by returning
  // a Promise).
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  // Separate build folders let several builds (tests, demo, benchmarks) run side by side.
  outDir: process.env.SERENTAK_OUT_DIR ?? '.output',
  hooks: {
    // The practice pages (entrypoints/practice) run our replicas of the seller centres' forms: the
    // very files in tests/fixtures, copied into the build, so the tests and the workshop share one copy.
    'build:publicAssets': (_wxt, files) => {
      files.push(...practiceReplicaFiles());
    },
    // The lazily loaded engines borrow the content script's polyfilled `browser` instead of bundling
    // webextension-polyfill again (entrypoints/seller.content/engine-browser.ts; issue 8 item 7).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.length || !entrypoints.every((e) => e.name.endsWith('-engine'))) return;
      const shim = fileURLToPath(new URL('./entrypoints/seller.content/engine-browser.ts', import.meta.url));
      config.plugins = [
        {
          name: 'serentak-engine-browser',
          enforce: 'pre',
          resolveId: (id: string) => (id === 'wxt/browser' || id === '@wxt-dev/webextension-polyfill/browser' ? shim : undefined),
        },
        ...(config.plugins ?? []),
      ];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    // alarms: the opt-in "cek stok tiap N menit" (stock sync opens each shop's list page on schedule).
    permissions: ['storage', 'unlimitedStorage', 'alarms'],
    // Only the marketplaces' own seller and login hosts: never <all_urls>, never a test host.
    host_permissions: SELLER_HOST_PATTERNS,
    // The panel iframe is the only extension page a seller centre may embed. Each platform's fill engine
    // (entrypoints/<platform>-engine, loaded by its content script with import()) is reachable from
    // that platform's own seller hosts only. Firefox MV2 has no per-host list: WXT flattens these.
    web_accessible_resources: [
      { resources: ['panel.html'], matches: SELLER_MATCHES },
      ...PLATFORM_IDS.map((id) => ({
        resources: [`${id}-engine.js`],
        matches: PLATFORM_HOSTS[id].seller.map((host) => `https://${host}/*`),
      })),
    ],
    action: { default_title: 'Serentak' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'serentak@serentak.id',
              // 140 (the current ESR) is the first to know data_collection_permissions.
              strict_min_version: '140.0',
              // Serentak sends nothing anywhere: the catalogue stays on the seller's machine.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
