/**
 * Product photos: scaled once when added (longest side ≤ 2048 px), then kept byte for byte. Backups and
 * fill messages carry them as data URLs, decoded back to exactly the same bytes (no re-encode), so
 * export → import is exact and a marketplace receives what the seller saw.
 * Only `scalePhoto` needs a browser (createImageBitmap + canvas); everything else is pure and unit-tested.
 */
import type { Bilingual } from '../bilingual';
import { dataUrlPhotoSchema, PHOTO_LONGEST_SIDE_MAX, type ProductFile, type StoredPhoto, type StoredProduct } from './schema';

export class PhotoError extends Error {
  constructor(readonly reason: Bilingual) {
    super(reason.en);
    this.name = 'PhotoError';
  }
}

const NOT_AN_IMAGE: Bilingual = {
  id: 'File ini bukan foto. Pilih foto JPG, PNG, atau WebP.',
  en: 'This file is not a photo. Choose a JPG, PNG or WebP photo.',
};
const HEIC: Bilingual = {
  id: 'Foto HEIC (iPhone) belum didukung. Ubah ke JPG dulu, atau di iPhone pilih Pengaturan › Kamera › Format › Paling Kompatibel.',
  en: 'HEIC photos (iPhone) are not supported yet. Convert to JPG first, or on the iPhone choose Settings › Camera › Formats › Most Compatible.',
};
const UNREADABLE: Bilingual = {
  id: 'Foto ini tidak bisa dibuka (file rusak atau formatnya tidak didukung).',
  en: 'This photo cannot be opened (the file is damaged or its format is not supported).',
};

/** Kinds the marketplaces take as they are; anything else is re-encoded to JPEG. */
const KEPT_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

/**
 * What the bytes really are. The browser's `File.type` comes from the file name, so a renamed PDF or
 * an SVG (which can carry script) would pass a type check; the first bytes do not lie.
 */
export function sniffImageType(head: Uint8Array): string | undefined {
  const at = (offset: number, ascii: string) => [...ascii].every((c, i) => head[offset + i] === c.charCodeAt(0));
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head[0] === 0x89 && at(1, 'PNG\r\n\x1a\n')) return 'image/png';
  if (at(0, 'RIFF') && at(8, 'WEBP')) return 'image/webp';
  if (at(0, 'GIF87a') || at(0, 'GIF89a')) return 'image/gif';
  if (at(0, 'BM')) return 'image/bmp';
  if (at(4, 'ftypavif') || at(4, 'ftypavis')) return 'image/avif';
  if (at(4, 'ftypheic') || at(4, 'ftypheix') || at(4, 'ftypmif1') || at(4, 'ftyphevc')) return 'image/heic';
  return undefined;
}

/** The real image type of a file, or a bilingual reason why it is refused. */
export async function checkPhotoFile(file: Blob): Promise<{ type: string } | { refused: Bilingual }> {
  const type = sniffImageType(new Uint8Array(await file.slice(0, 16).arrayBuffer()));
  if (!type) return { refused: NOT_AN_IMAGE };
  if (type === 'image/heic') return { refused: HEIC };
  return { type };
}

/** The size to draw at so the longest side is at most `max` px (never enlarged). */
export function scaledSize(width: number, height: number, max = PHOTO_LONGEST_SIDE_MAX): { width: number; height: number } {
  const longest = Math.max(width, height);
  if (longest <= max) return { width, height };
  const ratio = max / longest;
  return { width: Math.max(1, Math.round(width * ratio)), height: Math.max(1, Math.round(height * ratio)) };
}

export function newPhotoId(): string {
  return crypto.randomUUID();
}

async function encode(bitmap: ImageBitmap, size: { width: number; height: number }, type: string): Promise<Blob> {
  const quality = type === 'image/png' ? undefined : 0.9;
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(size.width, size.height);
    const ctx = canvas.getContext('2d')!;
    // A transparent GIF turned into JPEG would go black: paint white under it first.
    if (type === 'image/jpeg') (ctx.fillStyle = '#fff'), ctx.fillRect(0, 0, size.width, size.height);
    ctx.drawImage(bitmap, 0, 0, size.width, size.height);
    return canvas.convertToBlob({ type, quality });
  }
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d')!;
  if (type === 'image/jpeg') (ctx.fillStyle = '#fff'), ctx.fillRect(0, 0, size.width, size.height);
  ctx.drawImage(bitmap, 0, 0, size.width, size.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new PhotoError(UNREADABLE))), type, quality),
  );
}

/**
 * A photo ready to store: refused if not an image; kept byte for byte when it is a JPEG/PNG/WebP that
 * already fits; otherwise drawn at ≤ 2048 px (same type, or JPEG for GIF/BMP/AVIF).
 */
export async function scalePhoto(file: Blob): Promise<StoredPhoto> {
  const checked = await checkPhotoFile(file);
  if ('refused' in checked) throw new PhotoError(checked.refused);
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new PhotoError(UNREADABLE);
  }
  try {
    const size = scaledSize(bitmap.width, bitmap.height);
    const kept = KEPT_TYPES.includes(checked.type);
    if (kept && size.width === bitmap.width && size.height === bitmap.height) {
      const blob = file.type === checked.type ? file : new Blob([file], { type: checked.type });
      return { id: newPhotoId(), blob, type: checked.type, width: size.width, height: size.height };
    }
    const type = kept ? checked.type : 'image/jpeg';
    const blob = await encode(bitmap, size, type);
    return { id: newPhotoId(), blob, type: blob.type || type, width: size.width, height: size.height };
  } finally {
    bitmap.close();
  }
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // In chunks: String.fromCharCode(...all) overflows the stack on a 2 MB photo.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function photoToDataUrl(photo: StoredPhoto): Promise<string> {
  const bytes = new Uint8Array(await photo.blob.arrayBuffer());
  return `data:${photo.type || photo.blob.type};base64,${bytesToBase64(bytes)}`;
}

/** Decode a data URL to the very same bytes. Refuses anything that is not an image data URL. */
export function dataUrlToPhoto(url: string): StoredPhoto {
  if (!dataUrlPhotoSchema.safeParse(url).success) throw new PhotoError(NOT_AN_IMAGE);
  const comma = url.indexOf(',');
  const type = url.slice(5, url.indexOf(';'));
  let binary: string;
  try {
    binary = atob(url.slice(comma + 1));
  } catch {
    throw new PhotoError(UNREADABLE);
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const sniffed = sniffImageType(bytes.subarray(0, 16));
  if (!sniffed) throw new PhotoError(NOT_AN_IMAGE);
  if (sniffed === 'image/heic') throw new PhotoError(HEIC);
  return { id: newPhotoId(), blob: new Blob([bytes], { type }), type };
}

/** A stored product as it travels in files and messages (photos as data URLs). */
export async function toProductFile(stored: StoredProduct): Promise<ProductFile> {
  const photos = await Promise.all(stored.photos.map(photoToDataUrl));
  return { ...stored, photos };
}

/** A product from a file or message, ready to store (photos decoded to Blobs, same bytes). */
export function fromProductFile(file: ProductFile): StoredProduct {
  return { ...file, photos: file.photos.map(dataUrlToPhoto) };
}
