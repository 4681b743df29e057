// `npm run sample` (node scripts/sample/make-sample-catalogue.mjs): draws the workshop sample catalogue's photos in
// headless Chromium (scripts/sample/draw.js on a <canvas>) and writes public/sample/katalog-contoh.json,
// which the extension bundles and the dashboard's "Muat katalog contoh" loads. Products are in
// scripts/sample/products.mjs. Photos are square JPEGs (Shopee wants 1:1) of PHOTO_SIDE px, above every
// adapter's photoMinSide; the whole set must stay within PHOTO_BUDGET bytes.
//
//   node scripts/sample/make-sample-catalogue.mjs            write the JSON
//   node scripts/sample/make-sample-catalogue.mjs --preview  also write each JPEG to .output/sample/
import { chromium } from '@playwright/test';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PRODUCTS } from './products.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(ROOT, 'public/sample/katalog-contoh.json');
const PREVIEW = path.join(ROOT, '.output/sample');
const PHOTO_SIDE = 500;
const PHOTO_BUDGET = 400_000;
const QUALITY = 0.62;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><canvas></canvas>');
  await page.addScriptTag({ content: await readFile(path.join(ROOT, 'scripts/sample/draw.js'), 'utf8') });

  const products = [];
  let total = 0;
  for (const { photos: specs, ...product } of PRODUCTS) {
    const photos = [];
    for (const spec of specs) {
      const url = await page.evaluate(
        ({ spec, side, quality }) => {
          const canvas = document.querySelector('canvas');
          canvas.width = canvas.height = side;
          window.drawPhoto(canvas, spec);
          return canvas.toDataURL('image/jpeg', quality);
        },
        { spec, side: PHOTO_SIDE, quality: QUALITY },
      );
      const bytes = Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
      total += bytes.length;
      photos.push(url);
      if (process.argv.includes('--preview')) {
        await mkdir(PREVIEW, { recursive: true });
        await writeFile(path.join(PREVIEW, `${product.sku}-${photos.length}.jpg`), bytes);
      }
    }
    products.push({ ...product, photos });
    console.log(`${product.sku.padEnd(14)} ${photos.length} photo(s)`);
  }
  if (total > PHOTO_BUDGET) throw new Error(`photos total ${total} bytes, over the ${PHOTO_BUDGET} budget`);
  await mkdir(path.dirname(OUT), { recursive: true });
  await writeFile(OUT, `${JSON.stringify({ format: 'serentak-catalogue', version: 1, products }, null, 1)}\n`);
  console.log(`${products.length} products, photos ${total} bytes → ${path.relative(ROOT, OUT)}`);
} finally {
  await browser.close();
}
