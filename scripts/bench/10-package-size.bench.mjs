// Package size: what a seller downloads from the store, and what runs on every seller-centre page load.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

export default {
  id: 'package-size',
  title: 'Package size',
  method:
    '`wxt zip` of the production build into .output-bench; the Chrome zip as uploaded to the store, and ' +
    'every content script (the code injected into each seller-centre page load) raw, which is what the ' +
    'browser parses, and gzipped (level 9), a fair measure of how much code there is. Each platform\'s fill ' +
    'engine (`<platform>-engine.js`: engine + adapter + tables, imported by the content script on the first ' +
    'fill, highlight or read of an add/edit page) the same way; target ≤ 30 KB gzipped (issue 8 item 7).',
  async run(ctx) {
    const figures = [];
    const zips = (await readdir(ctx.outDirAbs)).filter((f) => f.endsWith('-chrome.zip'));
    for (const zip of zips) {
      figures.push({ metric: 'Chrome zip', value: kb((await stat(path.join(ctx.outDirAbs, zip))).size), unit: 'KB' });
    }
    const scriptsDir = path.join(ctx.outDirAbs, 'chrome-mv3/content-scripts');
    const scripts = (await readdir(scriptsDir).catch(() => [])).filter((f) => f.endsWith('.js'));
    if (scripts.length === 0) figures.push({ metric: 'content scripts', value: 0, unit: 'KB', note: 'none built yet' });
    for (const file of scripts) {
      const body = await readFile(path.join(scriptsDir, file));
      figures.push({ metric: `${file} raw`, value: kb(body.length), unit: 'KB' });
      figures.push({ metric: `${file} gzipped`, value: kb(gzipSync(body, { level: 9 }).length), unit: 'KB' });
    }
    // the lazily loaded engines (entrypoints/<platform>-engine): what an add/edit page loads on first use
    const buildDir = path.join(ctx.outDirAbs, 'chrome-mv3');
    const engines = (await readdir(buildDir).catch(() => [])).filter((f) => f.endsWith('-engine.js'));
    for (const file of engines) {
      const body = await readFile(path.join(buildDir, file));
      figures.push({ metric: `${file} raw`, value: kb(body.length), unit: 'KB' });
      figures.push({ metric: `${file} gzipped`, value: kb(gzipSync(body, { level: 9 }).length), unit: 'KB', budget: 30 });
    }
    return figures;
  },
};
