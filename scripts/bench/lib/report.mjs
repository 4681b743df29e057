// Prints the benchmark table and writes docs/benchmarks.md with the machine and date it ran on.
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../../tests/e2e/support/seller-server.mjs';
import { chromiumPath } from '../../../tests/e2e/support/chromium.mjs';

/**
 * @typedef {{ metric: string, value: number, unit: string, budget?: number, note?: string }} Figure
 * @typedef {{ id: string, title: string, method: string, figures: Figure[], error?: string }} BenchResult
 */

const fmt = (/** @type {Figure} */ f) => `${f.value.toLocaleString('en-US')} ${f.unit}`.trim();
const verdict = (/** @type {Figure} */ f) =>
  f.budget === undefined ? '' : f.value <= f.budget ? 'yes' : '**no**';

function machine() {
  const safe = (/** @type {() => string} */ fn) => {
    try {
      return fn();
    } catch {
      return 'unknown';
    }
  };
  return {
    cpu: `${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    load: os.loadavg().map((l) => l.toFixed(1)).join(' / '),
    // Debian's chromium wrapper prints a harmless shell warning on stderr: keep it out of the output.
    chromium: safe(() =>
      execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
    ),
    commit: safe(() => execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim()),
  };
}

/** @param {BenchResult[]} results */
export function printTable(results) {
  const rows = results.flatMap((r) =>
    r.error
      ? [[r.title, 'FAILED', '', '', r.error.split('\n')[0]]]
      : r.figures.map((f) => [r.title, f.metric, fmt(f), f.budget === undefined ? '' : `≤ ${f.budget.toLocaleString('en-US')} ${f.unit}`, verdict(f).replaceAll('*', '')]),
  );
  const head = ['benchmark', 'figure', 'value', 'budget', 'within'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (/** @type {string[]} */ cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  console.log('\n' + line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

/** @param {BenchResult[]} results @param {{ products: number }} opts */
export async function writeMarkdown(results, opts) {
  const m = machine();
  const out = [
    '# Benchmarks',
    '',
    'Produced by `npm run bench` (scripts/bench.mjs); rerun it to refresh this page. Figures are measured',
    'in real Chromium (headless) with the production build loaded, on the machine below. Budgets come',
    'from issue 2 ("Foundation"). Benchmarks are not tests: read the figures, do not assert on them.',
    '',
    `- Date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`,
    `- Commit: ${m.commit}`,
    `- Machine: ${m.cpu}, ${m.memory} RAM, ${m.os}`,
    `- Node ${m.node}; ${m.chromium}`,
    `- Load average when the report was written (1 / 5 / 15 min): ${m.load} — other work on the machine inflates the figures`,
    `- Catalogue size: ${opts.products.toLocaleString('en-US')} generated products (every 10th with a photo)`,
    '',
    '| benchmark | figure | value | budget | within |',
    '|---|---|---|---|---|',
    ...results.flatMap((r) =>
      r.error
        ? [`| ${r.title} | failed | ${r.error.split('\n')[0].replaceAll('|', '\\|')} | | |`]
        : r.figures.map(
            (f) =>
              `| ${r.title} | ${f.metric} | ${fmt(f)} | ${f.budget === undefined ? '' : `≤ ${f.budget.toLocaleString('en-US')} ${f.unit}`} | ${verdict(f)} |`,
          ),
    ),
    '',
    '## How each figure is measured',
    '',
    ...results.flatMap((r) => [`**${r.title}** — ${r.method}`, '']),
    '## Adding a benchmark',
    '',
    'Drop a file `scripts/bench/NN-name.bench.mjs` exporting a default `{ id, title, method, run(ctx) }`',
    '(see scripts/bench/README.md); it runs in file-name order and appears in this table.',
    '',
  ];
  await writeFile(path.join(REPO_ROOT, 'docs/benchmarks.md'), out.join('\n'));
}
