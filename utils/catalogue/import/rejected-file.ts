/**
 * "Unduh baris yang ditolak": the rejected rows as a CSV to fix in a spreadsheet and import again. A CSV
 * file gives back its own header and cells unchanged (same delimiter), plus an `alasan` column with the
 * reason; the importer ignores `alasan` like any unknown column. A JSON backup's rejected products come
 * as a CSV too — a seller can open that in Excel, not a JSON — with the CSV columns (docs §2) filled from
 * the product's keys; photos, variants and e-Katalog fields are not in it (CSV carries none).
 */
import Papa from 'papaparse';
import type { Bilingual } from '../../bilingual';
import { CSV_EXPORT_HEADER, normaliseHeader, type CsvColumn } from './csv-columns';
import { problemText } from './reasons';
import type { ImportPreview, ImportRow } from './types';

export const REASON_COLUMN = 'alasan';

const JSON_CELL: Record<CsvColumn, (p: Record<string, unknown>) => unknown> = {
  sku: (p) => p.sku,
  name: (p) => p.name,
  description: (p) => p.description,
  price: (p) => p.price,
  stock: (p) => p.stock,
  weight_grams: (p) => p.weightGrams,
  condition: (p) => p.condition,
  brand: (p) => p.brand,
  category: (p) => p.category,
  length_cm: (p) => (p.dimensionsCm as Record<string, unknown> | null | undefined)?.length,
  width_cm: (p) => (p.dimensionsCm as Record<string, unknown> | null | undefined)?.width,
  height_cm: (p) => (p.dimensionsCm as Record<string, unknown> | null | undefined)?.height,
  min_order: (p) => p.minOrder,
};

/** A JSON value as a spreadsheet cell: text and numbers as they are, nothing for null. */
function asCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function reasonOf(row: ImportRow, kind: 'csv' | 'json', language: keyof Bilingual): string {
  return row.problems.map((p) => problemText(p, kind)[language]).join('; ');
}

/** The CSV text of the preview's rejected rows, reasons in `language`; empty when nothing was rejected. */
export function rejectedRowsCsv(preview: ImportPreview, language: keyof Bilingual): string {
  const rejected = preview.rows.filter((r) => r.status === 'rejected');
  if (rejected.length === 0) return '';
  const options = { newline: '\r\n', escapeFormulae: true } as const;

  if (preview.kind === 'csv' && preview.csv) {
    const { headers, delimiter } = preview.csv;
    // A file that is itself an earlier download already has `alasan`: its old reason is replaced.
    const existing = headers.findIndex((h) => normaliseHeader(h) === REASON_COLUMN);
    const at = existing >= 0 ? existing : headers.length;
    const fields = existing >= 0 ? headers : [...headers, REASON_COLUMN];
    const data = rejected.map((row) => {
      const cells = row.source && 'cells' in row.source ? [...row.source.cells] : [];
      while (cells.length < headers.length) cells.push('');
      const why = reasonOf(row, 'csv', language);
      // A row with more cells than the header keeps them after `alasan`, so nothing it held is lost.
      if (existing >= 0) cells[at] = why;
      else cells.splice(at, 0, why);
      return cells;
    });
    // Arrays, not {fields, data}: Papa would cut a row to the header's length.
    return Papa.unparse([fields, ...data], { ...options, delimiter });
  }

  const fields = [...CSV_EXPORT_HEADER, REASON_COLUMN];
  const data = rejected.map((row) => {
    const raw = row.source && 'json' in row.source ? row.source.json : undefined;
    const product = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
    return [...CSV_EXPORT_HEADER.map((column) => asCell(JSON_CELL[column](product))), reasonOf(row, 'json', language)];
  });
  return Papa.unparse([fields, ...data], { ...options, delimiter: ',' });
}

/** The download itself: UTF-8 with a BOM so Excel reads "é" right. */
export function rejectedRowsFile(preview: ImportPreview, language: keyof Bilingual): Blob {
  return new Blob(['\uFEFF', rejectedRowsCsv(preview, language)], { type: 'text/csv;charset=utf-8' });
}

/** "katalog-excel.csv" → "katalog-excel-ditolak.csv". */
export function rejectedFileName(fileName: string): string {
  const base = fileName.replace(/\.(csv|json|txt)$/i, '') || 'katalog';
  return `${base}-ditolak.csv`;
}
