/** Catalogue JSON backup → records (DESIGN.md "Catalogue file", docs/catalogue-format.md §3). */
import type { Bilingual } from '../../bilingual';
import { valueAt } from '../issues';
import { dataUrlToPhoto, PhotoError } from '../photos';
import { productFileSchema } from '../schema';
import { FILE_ERRORS } from './messages';
import { reason, shownJson, zodReason, type RowProblem } from './reasons';
import type { ImportField, ParsedRecord } from './types';

export const CATALOGUE_FORMAT = 'serentak-catalogue';
export const CATALOGUE_FORMAT_VERSION = 1;

const FIELDS = Object.keys(productFileSchema.shape) as ImportField[];
/** Optional keys where null means "none" (brand: also ""); null anywhere else is an error. */
const CLEARABLE: ImportField[] = ['brand', 'weightGrams', 'dimensionsCm', 'preorderDays', 'variants', 'ekatalog'];

/** In a backup a field is named by its key, as the file writes it. */
const column = (field: string): string => field;

function keyProblem(path: (string | number)[], value: unknown, why: Bilingual): RowProblem {
  return { column: path.join('.'), value: shownJson(value), reason: why };
}

function readProduct(raw: unknown, row: number): ParsedRecord {
  const record: ParsedRecord = { row, problems: [], patch: {}, clear: [], column, source: { json: raw } };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    record.problems.push({ reason: reason('notAProduct') });
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
        const at = valueAt(given, path);
        record.problems.push(keyProblem(path, at, zodReason(issue, path, at)));
      }
  }
  if (!record.sku && !record.problems.length) record.problems.push(keyProblem(['sku'], undefined, reason('skuMissing')));
  return record;
}

/** Photos are decoded here (exact bytes) so a broken one rejects its product before anything is written. */
function readPhotos(value: unknown, record: ParsedRecord) {
  const parsed = productFileSchema.shape.photos.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = ['photos', ...issue.path.filter((k): k is string | number => typeof k !== 'symbol')];
    const at = valueAt({ photos: value }, path);
    // A whole list of data URLs is no use to quote; a single wrong item is.
    record.problems.push(keyProblem(path, Array.isArray(at) ? undefined : at, zodReason(issue, path, at)));
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
    record.problems.push(keyProblem(['photos', index], undefined, error.reason));
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
