/**
 * Shopee crops non-square photos into its 1:1 frame, cutting off the product's edges. Padding the photo
 * to a square on white keeps all of it visible (issue 4 §1: "offer padding to square"). Runs in the
 * dashboard (createImageBitmap + OffscreenCanvas, or a canvas where OffscreenCanvas is missing).
 */
import type { StoredPhoto } from '../catalogue/schema';
import { newPhotoId } from '../catalogue/photos';

/** Where the photo sits inside the square: centred, never scaled. */
export function squareLayout(width: number, height: number): { side: number; x: number; y: number } {
  const side = Math.max(width, height);
  return { side, x: Math.floor((side - width) / 2), y: Math.floor((side - height) / 2) };
}

export async function padPhotoToSquare(photo: StoredPhoto): Promise<StoredPhoto> {
  const bitmap = await createImageBitmap(photo.blob);
  const { width, height } = bitmap;
  if (width === height) {
    bitmap.close();
    return photo;
  }
  const { side, x, y } = squareLayout(width, height);
  const type = photo.type === 'image/png' || photo.type === 'image/webp' ? photo.type : 'image/jpeg';
  let blob: Blob;
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(side, side);
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, side, side);
    g.drawImage(bitmap, x, y);
    blob = await canvas.convertToBlob({ type, quality: 0.92 });
  } else {
    const canvas = document.createElement('canvas');
    canvas.width = side;
    canvas.height = side;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, side, side);
    g.drawImage(bitmap, x, y);
    blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob'))), type, 0.92));
  }
  bitmap.close();
  return { id: newPhotoId(), blob, type, width: side, height: side };
}

/** Every photo of a product made square; square ones kept as they are (same bytes, same id). */
export async function padPhotosToSquare(photos: StoredPhoto[]): Promise<StoredPhoto[]> {
  return Promise.all(photos.map((p) => (p.width && p.height && p.width === p.height ? p : padPhotoToSquare(p))));
}
