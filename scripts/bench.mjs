// `npm run bench`: Serentak's speed and size figures, measured in real Chromium with the production
// build. Builds into .output-bench, runs every scripts/bench/*.bench.mjs in file-name order, prints a
// table and writes docs/benchmarks.md. Benchmarks report; they never fail the build for being slow.
//
//   npm run bench                         everything, 10,000 products
//   npm run bench -- --only search        benchmarks whose id contains "search"
//   npm run bench -- --products 1000      a smaller catalogue (quick check; docs are not written)
//   npm run bench -- --no-build           reuse .output-bench
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../tests/e2e/support/seller-server.mjs';
import { BENCH_OUT_DIR, buildAndZip } from './bench/lib/build.mjs';
import { openSession } from './bench/lib/session.mjs';
import { printTable, writeMarkdown } from './bench/lib/report.mjs';

const FULL_SIZE = 10_000;
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const products = Number(option('products') ?? FULL_SIZE);
const only = option('only');
const log = (line) => console.log(`[bench] ${line}`);

if (!args.includes('--no-build')) {
  log(`building and zipping into ${BENCH_OUT_DIR}`);
  buildAndZip();
}

const benchDir = path.join(REPO_ROOT, 'scripts/bench');
const files = (await readdir(benchDir)).filter((f) => f.endsWith('.bench.mjs')).sort();

/** Shared by all benchmarks of a run; opened by the first one that needs a browser. */
let session;
const ctx = {
  repoRoot: REPO_ROOT,
  outDir: BENCH_OUT_DIR,
  outDirAbs: path.join(REPO_ROOT, BENCH_OUT_DIR),
  /** How many generated products the catalogue benchmarks use. */
  products,
  /** The shared browser session (see scripts/bench/lib/session.mjs). */
  session: async () => (session ??= await openSession(BENCH_OUT_DIR)),
  log,
};

const results = [];
for (const file of files) {
  const bench = (await import(pathToFileURL(path.join(benchDir, file)).href)).default;
  if (only && !bench.id.includes(only)) continue;
  log(`${bench.title}…`);
  const started = performance.now();
  try {
    const figures = await bench.run(ctx);
    results.push({ id: bench.id, title: bench.title, method: bench.method, figures });
  } catch (error) {
    console.error(error);
    results.push({ id: bench.id, title: bench.title, method: bench.method, figures: [], error: String(error?.message ?? error) });
  }
  log(`${bench.title} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
await session?.close();

printTable(results);
if (products === FULL_SIZE && !only) {
  await writeMarkdown(results, { products });
  log('wrote docs/benchmarks.md');
} else {
  log('partial run: docs/benchmarks.md left as it was');
}
