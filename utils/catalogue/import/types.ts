import type { Bilingual } from '../../bilingual';
import type { StoredProduct } from '../schema';
import type { RowProblem } from './reasons';

export type ImportStatus = 'new' | 'updated' | 'rejected';

export type ImportRow = {
  /** 1-based data record (CSV: header excluded, a quoted multi-line cell is one record; JSON: position in `products`) */
  row: number;
  sku?: string;
  status: ImportStatus;
  /** what is wrong (rejected rows), each naming the column and the value */
  problems: RowProblem[];
  /** the same as full sentences with the row, as the preview lists them */
  errors: Bilingual[];
  /** the merged result to write (absent when rejected) */
  product?: StoredProduct;
  /** rejected rows only: the record as the file had it (CSV cells, or the JSON product), for the download */
  source?: RecordSource;
};

/** A record as written in the file: its CSV cells, or its JSON product as parsed. */
export type RecordSource = { cells: string[] } | { json: unknown };

export type ImportPreview = {
  kind: 'csv' | 'json';
  /** set when the whole file is unreadable: then `rows` is empty and nothing may be written */
  fileError?: Bilingual;
  rows: ImportRow[];
  /** CSV: the header row as written and the delimiter, so rejected rows can be written back the same way */
  csv?: { headers: string[]; delimiter: ',' | ';' };
  counts: { new: number; updated: number; rejected: number };
};

/** Product fields an import may set. */
export type ImportField =
  | 'sku' | 'name' | 'description' | 'price' | 'stock' | 'weightGrams' | 'condition' | 'brand' | 'category'
  | 'dimensionsCm' | 'minOrder' | 'preorderDays' | 'photos' | 'variants' | 'ekatalog' | 'overrides'
  | 'listings' | 'categoryPaths' | 'createdAt' | 'updatedAt';

/**
 * One record of a file, read but not yet compared with the catalogue. CSV and JSON both end up here so
 * the rules about updates, defaults and repeated SKUs live in one place (merge.ts).
 */
export type ParsedRecord = {
  row: number;
  sku?: string;
  /** problems found reading this record alone */
  problems: RowProblem[];
  /** fields the record gives a value for */
  patch: Partial<Record<ImportField, unknown>>;
  /** fields the record explicitly empties ("Tanpa Merek", JSON null) */
  clear: ImportField[];
  /** CSV: some of length/width/height; the rest may come from the stored product */
  dimensions?: Partial<Record<'length' | 'width' | 'height', number>>;
  /** how to name a field in a message: the CSV column as written, or the JSON key */
  column: (field: ImportField | 'length' | 'width' | 'height') => string;
  source: RecordSource;
};
