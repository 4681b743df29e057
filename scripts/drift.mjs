// `npm run drift`: the seeded drift spec (tests/e2e/drift.spec.ts) with more seeds than CI runs, on the
// build `npm run drift` just made. Prints the per-platform table and every seed with a problem.
//
//   npm run drift -- --seeds 100              seeds 1-100 on every platform
//   npm run drift -- --first 500 --seeds 50   seeds 500-549
//   npm run drift -- --platforms blibli,lazada --pages 4
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const env = { ...process.env };
for (const [flag, variable] of [['seeds', 'DRIFT_SEEDS'], ['first', 'DRIFT_FIRST_SEED'], ['pages', 'DRIFT_PAGES'], ['platforms', 'DRIFT_PLATFORMS']]) {
  const value = option(flag);
  if (value !== undefined) env[variable] = value;
}
const run = spawnSync('npx', ['playwright', 'test', 'tests/e2e/drift.spec.ts'], { stdio: 'inherit', env });
process.exit(run.status ?? 1);
