/**
 * "Simpan ke katalog" (issue 4 §5): read the listing an edit page shows, through the same adapters and
 * locators the fill uses. Photos come back as data URLs where the page lets us read them.
 */
import { fieldSpec, type Platform } from '../platforms/define';
import { normaliseLabel } from '../platforms/labels';
import { editorText, valueOf } from './dom';
import { findField, findWith } from './find';
import { readVariants, type ReadVariant, type ReadVariantOption } from './read-variants';
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
  /** one per combination row; [] = the page shows no variations; absent = the grid could not be read */
  variants?: ReadVariant[];
  /** the option groups as the page names them, values in page order (with `variants`) */
  variantOptions?: ReadVariantOption[];
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

/**
 * The weight unit the page shows now: a g/kg menu beside the input (TikTok) says what the number means,
 * whatever unit the fill would pick. "0,2" under "Kilogram (kg)" is 200 g.
 */
function weightUnitShown(platform: Platform, doc: Document): 'g' | 'kg' {
  const spec = fieldSpec(platform, 'weight');
  const fallback = spec?.unit ?? platform.limits.weightUnit;
  if (!spec?.unitSelect) return fallback;
  const found = findWith(doc, spec.unitSelect, 'select', 'weight');
  if (!('found' in found)) return fallback;
  const el = found.found.element;
  const shown = el instanceof HTMLSelectElement ? (el.selectedOptions[0]?.textContent ?? el.value) : (el.textContent ?? valueOf(el));
  const words = normaliseLabel(shown);
  if (/\b(kg|kilogram)\b/.test(words)) return 'kg';
  if (/\b(g|gr|gram)\b/.test(words)) return 'g';
  return fallback;
}

export async function readListing(platform: Platform, doc: Document = document): Promise<ReadListing> {
  const number = (field: FieldKey) => {
    const text = read(platform, field, doc);
    return text === undefined ? undefined : readNumber(text);
  };
  const weight = number('weight');
  const unit = weightUnitShown(platform, doc);
  // photo thumbnails sit near the photo field's input; take images in its row, in page order
  const photoSpec = fieldSpec(platform, 'photos');
  const photoInput = photoSpec && findField(doc, 'photos', photoSpec);
  let row: Element | null | undefined = photoInput && 'found' in photoInput ? photoInput.found.element : undefined;
  while (row && row !== doc.body && !row.querySelector('img')) row = row.parentElement;
  const sources = row && row !== doc.body ? Array.from(row.querySelectorAll('img')).map((img) => img.src).filter(Boolean) : [];
  const variants = readVariants(platform, doc);
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
    ...(variants && { variants: variants.items, variantOptions: variants.options }),
  };
}
