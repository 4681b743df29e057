/** Catalogue JSON backup → records (DESIGN.md "Catalogue file", docs/catalogue-format.md §3). */
import type { Bilingual } from '../../bilingual';
import { describeProblem, showValue, valueAt } from '../issues';
import { dataUrlToPhoto, PhotoError } from '../photos';
import { productFileSchema } from '../schema';
import { FILE_ERRORS } from './messages';
import type { ImportField, ParsedRecord } from './types';

export const CATALOGUE_FORMAT = 'serentak-catalogue';
export const CATALOGUE_FORMAT_VERSION = 1;

const FIELDS = Object.keys(productFileSchema.shape) as ImportField[];
/** Optional keys where null means "none" (brand: also ""); null anywhere else is an error. */
const CLEARABLE: ImportField[] = ['brand', 'weightGrams', 'dimensionsCm', 'preorderDays', 'variants', 'ekatalog'];

const where = (field: string): Bilingual => ({ id: `Kunci "${field}"`, en: `Key "${field}"` });

function keyError(path: (string | number)[], value: unknown, problem: Bilingual): Bilingual {
  const at = where(path.join('.'));
  const shown = value === undefined ? '' : ` ${showValue(value)}`;
  return { id: `${at.id}:${shown} ${problem.id}`, en: `${at.en}:${shown} ${problem.en}` };
}

function readProduct(raw: unknown, row: number): ParsedRecord {
  const record: ParsedRecord = { row, errors: [], patch: {}, clear: [], where };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    record.errors.push({ id: `Produk ke-${row} bukan objek {…}.`, en: `Product ${row} is not an object {…}.` });
    return record;
  }
  const given = raw as Record<string, unknown>;
  if (typeof given.sku === 'string') record.sku = given.sku.trim();
  for (const field of FIELDS) {
    if (!(field in given)) continue; // an omitted key keeps the stored value
    const value = given[field];
    if (CLEARABLE.includes(field) && (value === null || (field === 'brand' && value === ''))) {
      record.clear.push(field);
      continue;
    }
    if (field === 'photos') {
      readPhotos(value, record);
      continue;
    }
    const parsed = productFileSchema.shape[field].safeParse(value);
    if (parsed.success) record.patch[field] = parsed.data;
    else
      for (const issue of parsed.error.issues.slice(0, 3)) {
        const path = [field, ...issue.path.filter((k): k is string | number => typeof k !== 'symbol')];
        record.errors.push(keyError(path, valueAt(given, path), describeProblem(issue, valueAt(given, path))));
      }
  }
  if (!record.sku && !record.errors.length) record.errors.push(keyError(['sku'], undefined, { id: 'wajib diisi', en: 'is required' }));
  return record;
}

/** Photos are decoded here (exact bytes) so a broken one rejects its product before anything is written. */
function readPhotos(value: unknown, record: ParsedRecord) {
  const parsed = productFileSchema.shape.photos.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = ['photos', ...issue.path.filter((k): k is string | number => typeof k !== 'symbol')];
    record.errors.push(keyError(path, Array.isArray(value) ? undefined : value, describeProblem(issue, valueAt({ photos: value }, path))));
    return;
  }
  try {
    record.patch.photos = parsed.data.map(dataUrlToPhoto);
  } catch (error) {
    if (!(error instanceof PhotoError)) throw error;
    const index = parsed.data.findIndex((url) => {
      try {
        dataUrlToPhoto(url);
        return false;
      } catch {
        return true;
      }
    });
    record.errors.push(keyError(['photos', index], undefined, error.reason));
  }
}

export function parseCatalogueJson(text: string): { records: ParsedRecord[] } | { fileError: Bilingual } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { fileError: FILE_ERRORS.brokenJson(error instanceof Error ? error.message : String(error)) };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { fileError: FILE_ERRORS.otherJson };
  const file = data as Record<string, unknown>;
  if (file.format !== CATALOGUE_FORMAT) return { fileError: FILE_ERRORS.otherJson };
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1)
    return { fileError: FILE_ERRORS.unknownVersion(JSON.stringify(file.version) ?? 'undefined') };
  if (file.version > CATALOGUE_FORMAT_VERSION) return { fileError: FILE_ERRORS.newerVersion(file.version) };
  if (!Array.isArray(file.products)) return { fileError: FILE_ERRORS.noProductList };
  if (file.products.length === 0) return { fileError: FILE_ERRORS.noProducts };
  return { records: file.products.map((raw, i) => readProduct(raw, i + 1)) };
}
