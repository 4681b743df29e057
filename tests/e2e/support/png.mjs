// A real PNG made in code, so a photo needs no binary fixture in git: solid colour with a stripe, small
// enough to stay as it is (the dashboard only scales photos above 2048 px). Plain ESM JavaScript so the
// specs, the Firefox smoke, the benchmarks and scripts/screens.mjs share this one maker.
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(/** @type {Uint8Array} */ bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(/** @type {string} */ type, /** @type {Uint8Array} */ data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * An RGB PNG of width × height in `rgb`, with a white horizontal stripe through the middle (unless
 * `stripe` is false).
 * @param {number} width @param {number} height @param {number[]} [rgb] @param {{ stripe?: boolean }} [options]
 * @returns {Buffer}
 */
export function makePng(width, height, rgb = [200, 60, 30], { stripe = true } = {}) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, no filter, no interlace
  const row = 1 + width * 3;
  const pixels = Buffer.alloc(row * height);
  for (let y = 0; y < height; y++) {
    const white = stripe && Math.abs(y - height / 2) < height / 10;
    for (let x = 0; x < width; x++) pixels.set(white ? [255, 255, 255] : rgb, y * row + 1 + x * 3);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', new Uint8Array())]);
}

/** @param {Buffer} png */
export const pngDataUrl = (png) => `data:image/png;base64,${png.toString('base64')}`;
