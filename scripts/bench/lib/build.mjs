// Builds and zips the extension into its own folder, so benchmarks never touch anyone's .output.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../../../tests/e2e/support/seller-server.mjs';

export const BENCH_OUT_DIR = '.output-bench';

/** `wxt zip` builds chrome-mv3 and writes the store zip beside it. */
export function buildAndZip() {
  const wxt = path.join(REPO_ROOT, 'node_modules/.bin/wxt');
  const run = spawnSync(wxt, ['zip'], {
    cwd: REPO_ROOT,
    env: { ...process.env, SERENTAK_OUT_DIR: BENCH_OUT_DIR },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`wxt zip failed (exit ${run.status}); its output is above`);
  return path.join(REPO_ROOT, BENCH_OUT_DIR);
}
