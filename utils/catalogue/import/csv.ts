/** CSV → records (DESIGN.md "Catalogue file" and docs/catalogue-format.md §2). */
import Papa from 'papaparse';
import type { Bilingual } from '../../bilingual';
import { CELL_PARSERS, NO_BRAND, unescapeFormula, type CellResult } from './csv-cells';
import { columnNames, detectDelimiter, mapHeader, type CsvColumn } from './csv-columns';
import { FILE_ERRORS } from './messages';
import { reason, shownCell } from './reasons';
import type { ImportField, ParsedRecord } from './types';

type Cell = { column: CsvColumn; field: ImportField; parse: (text: string) => CellResult<unknown> };

const CELLS: Cell[] = [
  { column: 'sku', field: 'sku', parse: CELL_PARSERS.sku },
  { column: 'name', field: 'name', parse: CELL_PARSERS.name },
  { column: 'description', field: 'description', parse: CELL_PARSERS.description },
  { column: 'price', field: 'price', parse: CELL_PARSERS.price },
  { column: 'stock', field: 'stock', parse: CELL_PARSERS.stock },
  { column: 'weight_grams', field: 'weightGrams', parse: CELL_PARSERS.weightGrams },
  { column: 'condition', field: 'condition', parse: CELL_PARSERS.condition },
  { column: 'brand', field: 'brand', parse: CELL_PARSERS.brand },
  { column: 'category', field: 'category', parse: CELL_PARSERS.category },
  { column: 'min_order', field: 'minOrder', parse: CELL_PARSERS.minOrder },
];
const DIMENSION_CELLS = [
  { column: 'length_cm', side: 'length' },
  { column: 'width_cm', side: 'width' },
  { column: 'height_cm', side: 'height' },
] as const;

const FIELD_COLUMN: Partial<Record<ImportField | 'length' | 'width' | 'height', CsvColumn>> = {
  ...Object.fromEntries(CELLS.map((c) => [c.field, c.column])),
  ...Object.fromEntries(DIMENSION_CELLS.map((d) => [d.side, d.column])),
};

export type ParsedCsv = { records: ParsedRecord[]; headers: string[]; delimiter: ',' | ';' };

export function parseCsv(text: string): ParsedCsv | { fileError: Bilingual } {
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy' });
  const [headers, ...data] = parsed.data;
  if (!headers) return { fileError: FILE_ERRORS.empty };
  const columns = mapHeader(headers);
  if (!columns.has('sku'))
    return { fileError: FILE_ERRORS.noSkuColumn(headers.map((h) => `"${h.trim()}"`).join(', ') || '—') };
  if (data.length === 0) return { fileError: FILE_ERRORS.headerOnly };

  // Papa numbers rows from 0 with the header as row 0; its errors tell us which records are broken.
  const brokenRows = new Set(parsed.errors.filter((e) => e.type === 'Quotes' && e.row !== undefined).map((e) => e.row! - 1));

  // The file's own header name ("harga" in a Bahasa file); one it lacks is named both ways.
  const column = (field: ImportField | 'length' | 'width' | 'height'): string => {
    const known = FIELD_COLUMN[field];
    return known ? (columns.get(known)?.header ?? columnNames(known)) : field;
  };
  const delimiterWord = reason(delimiter === ',' ? 'comma' : 'semicolon');

  const records = data.map((cells, i): ParsedRecord => {
    const record: ParsedRecord = { row: i + 1, problems: [], patch: {}, clear: [], column, source: { cells } };
    if (cells.length > headers.length)
      record.problems.push({ reason: reason('extraCells', { cells: cells.length, headers: headers.length, delimiter: delimiterWord }) });
    if (brokenRows.has(i)) record.problems.push({ reason: reason('unclosedQuote') });
    const cellOf = (column: CsvColumn) => {
      const at = columns.get(column);
      const text = at ? unescapeFormula(cells[at.index] ?? '') : '';
      return at && text.trim() !== '' ? { header: at.header, text } : undefined;
    };
    for (const { column, field, parse } of CELLS) {
      const cell = cellOf(column);
      if (!cell) continue; // an empty cell keeps the stored value (or gets the default on create)
      const result = parse(cell.text);
      if ('problem' in result) record.problems.push({ column: cell.header, value: shownCell(cell.text), reason: result.problem });
      else if (result.value === NO_BRAND) record.clear.push('brand');
      else record.patch[field] = result.value;
    }
    for (const { column, side } of DIMENSION_CELLS) {
      const cell = cellOf(column);
      if (!cell) continue;
      const result = CELL_PARSERS.dimension(cell.text);
      if ('problem' in result) record.problems.push({ column: cell.header, value: shownCell(cell.text), reason: result.problem });
      else record.dimensions = { ...record.dimensions, [side]: result.value };
    }
    // Shown in the preview even when the row is rejected, so the seller can find it.
    record.sku = cellOf('sku')?.text.trim();
    if (!record.sku) record.problems.push({ column: column('sku'), reason: reason('skuMissing') });
    return record;
  });
  return { records, headers, delimiter };
}
