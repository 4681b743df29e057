/**
 * From the seller's file to text: decide CSV or JSON, refuse binaries, drop the BOM, and read text that
 * is not UTF-8 as Windows-1252 (older Excel "CSV (Comma delimited)" on Windows saves that).
 */
import type { Bilingual } from '../../bilingual';
import { FILE_ERRORS } from './messages';

export type ReadFile = { kind: 'csv' | 'json'; text: string } | { kind: 'csv' | 'json'; fileError: Bilingual };

/** A text file has no NUL bytes and almost no control characters other than tab/CR/LF. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > sample.length * 0.01;
}

export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export async function readImportFile(file: Blob & { name?: string }): Promise<ReadFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const byName = file.name?.toLowerCase().endsWith('.json') ? 'json' : undefined;
  if (looksBinary(bytes)) return { kind: byName ?? 'csv', fileError: FILE_ERRORS.binary };
  const text = decodeText(bytes);
  const first = text.trimStart()[0];
  const kind = byName ?? (first === '{' || first === '[' ? 'json' : 'csv');
  if (text.trim() === '') return { kind, fileError: FILE_ERRORS.empty };
  return { kind, text };
}
