/**
 * "Simpan ke katalog" (issue 4 §5): read the listing an edit page shows, through the same adapters and
 * locators the fill uses. Photos come back as data URLs where the page lets us read them.
 */
import { fieldSpec, type Platform } from '../platforms/define';
import { editorText, valueOf } from './dom';
import { findField } from './find';
import type { FieldKey } from './types';
import { readNumber } from './widgets';

export interface ReadListing {
  name?: string;
  description?: string;
  price?: number;
  stock?: number;
  weightGrams?: number;
  sku?: string;
  photos: string[];
  url: string;
}

function read(platform: Platform, field: FieldKey, doc: Document): string | undefined {
  const spec = fieldSpec(platform, field);
  if (!spec) return undefined;
  const found = findField(doc, field, spec);
  if (!('found' in found)) return undefined;
  const el = found.found.element;
  return el.getAttribute('contenteditable') !== null ? editorText(el) : valueOf(el);
}

async function photoAsDataUrl(src: string): Promise<string | undefined> {
  if (src.startsWith('data:image/')) return src;
  try {
    const blob = await (await fetch(src)).blob();
    if (!blob.type.startsWith('image/')) return undefined;
    return await new Promise((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => resolve(undefined);
      reader.readAsDataURL(blob);
    });
  } catch {
    return undefined; // another origin without CORS: the seller adds this photo by hand
  }
}

export async function readListing(platform: Platform, doc: Document = document): Promise<ReadListing> {
  const number = (field: FieldKey) => {
    const text = read(platform, field, doc);
    return text === undefined ? undefined : readNumber(text);
  };
  const weight = number('weight');
  const unit = fieldSpec(platform, 'weight')?.unit ?? platform.limits.weightUnit;
  // photo thumbnails sit near the photo field's input; take images in its row, in page order
  const photoSpec = fieldSpec(platform, 'photos');
  const photoInput = photoSpec && findField(doc, 'photos', photoSpec);
  let row: Element | null | undefined = photoInput && 'found' in photoInput ? photoInput.found.element : undefined;
  while (row && row !== doc.body && !row.querySelector('img')) row = row.parentElement;
  const sources = row && row !== doc.body ? Array.from(row.querySelectorAll('img')).map((img) => img.src).filter(Boolean) : [];
  const photos = (await Promise.all(sources.map(photoAsDataUrl))).filter((p): p is string => !!p);
  return {
    name: read(platform, 'name', doc)?.trim() || undefined,
    description: read(platform, 'description', doc),
    price: number('price'),
    stock: number('stock'),
    weightGrams: weight === undefined ? undefined : Math.round(unit === 'kg' ? weight * 1000 : weight),
    sku: read(platform, 'sku', doc)?.trim() || undefined,
    photos: photos.slice(0, 9),
    url: doc.defaultView?.location.href ?? '',
  };
}
