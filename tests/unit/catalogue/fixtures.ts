import type { ProductDraft } from '../../../utils/catalogue/api';
import type { StoredPhoto } from '../../../utils/catalogue/schema';

/** The first bytes of a real 1×1 PNG: enough for type sniffing, and exact bytes to compare. */
export const PNG_BYTES = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
export const JPEG_BYTES = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 2, 0, 255, 254, 0xff, 0xd9]);

export function photo(bytes: Uint8Array<ArrayBuffer> = PNG_BYTES, type = 'image/png', id = 'p1'): StoredPhoto {
  return { id, blob: new Blob([bytes], { type }), type };
}

export function draft(over: Partial<ProductDraft> = {}): ProductDraft {
  return {
    sku: 'KRP-01',
    name: 'Keripik Singkong Balado 250 g',
    description: 'Renyah.\nTanpa pengawet.',
    price: 15000,
    stock: 120,
    weightGrams: 250,
    condition: 'new',
    category: 'Keripik singkong',
    photos: [photo()],
    ...over,
  };
}

export async function bytesOf(blob: Blob): Promise<number[]> {
  return [...new Uint8Array(await blob.arrayBuffer())];
}
