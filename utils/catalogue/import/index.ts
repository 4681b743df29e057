/**
 * Import a catalogue file: `previewImport` reads and checks everything and writes nothing; the seller
 * looks at new / updated / rejected rows; `applyImport` writes the accepted rows in one transaction.
 */
import { noteStockSource } from '../../stock/store';
import { db } from '../db';
import { readProduct } from '../read';
import type { StoredProduct } from '../schema';
import { parseCsv, type ParsedCsv } from './csv';
import { parseCatalogueJson } from './json';
import { planImport } from './merge';
import { readImportFile } from './read-file';
import type { ImportPreview, ImportRow } from './types';

export async function previewImport(file: File | Blob): Promise<ImportPreview> {
  const read = await readImportFile(file);
  const empty = { new: 0, updated: 0, rejected: 0 };
  if ('fileError' in read) return { kind: read.kind, fileError: read.fileError, rows: [], counts: empty };
  const parsed = read.kind === 'json' ? parseCatalogueJson(read.text) : parseCsv(read.text);
  if ('fileError' in parsed) return { kind: read.kind, fileError: parsed.fileError, rows: [], counts: empty };

  // One bulk read for every SKU in the file (10,000 rows must preview within 3 s).
  const skus = [...new Set(parsed.records.flatMap((r) => (r.sku ? [r.sku] : [])))];
  const records = await db.products.bulkGet(skus);
  const stored = new Map<string, StoredProduct>();
  const present = new Set<string>();
  records.forEach((record, i) => {
    if (record === undefined) return;
    present.add(skus[i]!);
    const result = readProduct(record);
    // A damaged stored record is replaced as if new (all required fields must then be in the file).
    if (result.ok) stored.set(skus[i]!, result.product);
  });

  const rows = planImport(parsed.records, stored, present, Date.now(), read.kind);
  const preview: ImportPreview = { kind: read.kind, rows, counts: countRows(rows) };
  if ('headers' in parsed) {
    const { headers, delimiter } = parsed as ParsedCsv;
    preview.csv = { headers, delimiter };
  }
  return preview;
}

export function countRows(rows: ImportRow[]): ImportPreview['counts'] {
  const counts = { new: 0, updated: 0, rejected: 0 };
  for (const row of rows) counts[row.status]++;
  return counts;
}

/** Writes the preview's accepted rows, all in one transaction; an unreadable file writes nothing. */
export async function applyImport(preview: ImportPreview): Promise<{ imported: number; rejected: number }> {
  if (preview.fileError) return { imported: 0, rejected: 0 };
  const accepted = preview.rows.filter((row) => row.status !== 'rejected' && row.product);
  const now = Date.now();
  // A backup keeps its own timestamps (export → import is exact); a CSV edit happens now.
  const products = accepted.map((row) => (preview.kind === 'csv' ? { ...row.product!, updatedAt: now } : row.product!));
  // Stock sync names the stock changes it then notices `import`, not the seller's `edit`.
  await noteStockSource('import', products);
  await db.transaction('rw', db.products, () => db.products.bulkPut(products as never[]));
  return { imported: accepted.length, rejected: preview.rows.length - accepted.length };
}

export type { ImportPreview, ImportRow, ImportStatus } from './types';
