// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  checkPhotoFile,
  dataUrlToPhoto,
  fromProductFile,
  photoToDataUrl,
  PhotoError,
  scaledSize,
  scalePhoto,
  sniffImageType,
  toProductFile,
} from '../../../utils/catalogue/photos';
import { storedProductSchema } from '../../../utils/catalogue/schema';
import { bytesOf, draft, JPEG_BYTES, photo, PNG_BYTES } from './fixtures';

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('refusing what is not a photo', () => {
  it.each([
    ['a PDF renamed .jpg', ascii('%PDF-1.7\n%âãÏÓ'), 'image/jpeg'],
    ['an SVG (can carry script)', ascii('<svg xmlns="http://www.w3.org/2000/svg"><script>'), 'image/svg+xml'],
    ['a text file', ascii('sku,name,price\n'), 'text/csv'],
    ['an empty file', new Uint8Array(), 'image/png'],
    ['an Excel file', ascii('PK\x03\x04\x14\x00\x06\x00'), 'application/vnd.ms-excel'],
  ])('%s is refused with a bilingual reason', async (_, bytes, type) => {
    const result = await checkPhotoFile(new Blob([bytes], { type }));
    expect(result).toEqual({ refused: { id: expect.stringMatching(/bukan foto/), en: expect.stringMatching(/not a photo/) } });
    const error = await scalePhoto(new Blob([bytes], { type })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PhotoError);
    expect((error as PhotoError).reason.id).toMatch(/JPG, PNG, atau WebP/);
  });

  it('an iPhone HEIC photo is refused with how to fix it', async () => {
    const heic = new Uint8Array([0, 0, 0, 24, ...ascii('ftypheic'), 0, 0, 0, 0]);
    const result = await checkPhotoFile(new Blob([heic]));
    expect(result).toMatchObject({ refused: { id: expect.stringMatching(/HEIC/), en: expect.stringMatching(/Most Compatible/) } });
  });

  it.each([
    [PNG_BYTES, 'image/png'],
    [JPEG_BYTES, 'image/jpeg'],
    [ascii('RIFF\x10\x00\x00\x00WEBPVP8 '), 'image/webp'],
    [ascii('GIF89a\x01\x00\x01\x00'), 'image/gif'],
  ])('sniffs the real type from the bytes (%#)', (bytes, type) => {
    expect(sniffImageType(bytes)).toBe(type);
  });
});

describe('scaling size', () => {
  it.each([
    [4000, 3000, 2048, 1536],
    [3000, 4000, 1536, 2048],
    [2048, 100, 2048, 100],
    [800, 600, 800, 600],
    [10000, 1, 2048, 1],
  ])('%i×%i → %i×%i', (w, h, ew, eh) => {
    expect(scaledSize(w, h)).toEqual({ width: ew, height: eh });
  });
});

describe('data URLs', () => {
  it.each([
    ['PNG', PNG_BYTES, 'image/png'],
    ['JPEG', JPEG_BYTES, 'image/jpeg'],
    ['every byte value', new Uint8Array([...PNG_BYTES.slice(0, 8), ...Array.from({ length: 256 }, (_, i) => i)]), 'image/png'],
    ['a 3 MB photo', (() => { const b = new Uint8Array(3_000_000).map((_, i) => (i * 31) & 255); b.set(JPEG_BYTES.slice(0, 3)); return b; })(), 'image/jpeg'],
  ])('%s: photo → data URL → photo keeps the bytes exactly', async (_, bytes, type) => {
    const url = await photoToDataUrl(photo(bytes, type));
    expect(url.startsWith(`data:${type};base64,`)).toBe(true);
    const back = dataUrlToPhoto(url);
    expect(back.type).toBe(type);
    // Buffer#equals: a 3 MB toEqual on arrays is far too slow to be a useful failure message anyway
    expect(Buffer.from(await back.blob.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
    expect(back.blob.size).toBe(bytes.length);
    expect(await photoToDataUrl(back)).toBe(url);
  });

  it.each([
    ['text/html', 'data:text/html;base64,PHNjcmlwdD4='],
    ['not base64', 'data:image/png,hello'],
    ['an image type with other bytes', `data:image/png;base64,${btoa('<script>alert(1)</script>')}`],
    ['a web address', 'https://example.com/a.png'],
  ])('refuses %s', (_, url) => {
    expect(() => dataUrlToPhoto(url)).toThrow(PhotoError);
  });

  it('toProductFile / fromProductFile round-trip a product', async () => {
    const stored = storedProductSchema.parse({ ...draft(), createdAt: 1, updatedAt: 2 });
    const file = await toProductFile(stored);
    expect(file.photos[0]).toMatch(/^data:image\/png;base64,iVBOR/);
    const back = fromProductFile(file);
    expect({ ...back, photos: [] }).toEqual({ ...stored, photos: [] });
    expect(await bytesOf(back.photos[0]!.blob)).toEqual([...PNG_BYTES]);
  });
});
