// Lets a benchmark file also run on its own (`node scripts/bench/<name>.bench.mjs`), with a build in
// $SERENTAK_OUT_DIR (default .output-bench), and print its figures; `npm run bench` just imports it.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * @param {string} moduleUrl the benchmark's `import.meta.url`
 * @param {{ run: (ctx: object) => Promise<object[]>, summary?: unknown }} bench
 */
export async function runIfMain(moduleUrl, bench) {
  let main = false;
  try {
    main = realpathSync(process.argv[1] ?? '') === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    main = false;
  }
  if (!main) return;
  const { openSession } = await import('./session.mjs');
  const outDir = process.env.SERENTAK_OUT_DIR || '.output-bench';
  let session;
  const ctx = { outDir, session: async () => (session ??= await openSession(outDir)), log: (l) => console.log(`[bench] ${l}`) };
  try {
    const figures = await bench.run(ctx);
    console.table(figures.map(({ metric, value, unit, budget }) => ({ metric, value, unit, budget: budget ?? '' })));
    if (bench.summary) console.table(bench.summary);
  } finally {
    await session?.close();
  }
}
