import { previewImport } from '../../../utils/catalogue/import';

export function csvFile(lines: string[] | string, options: { bom?: boolean; eol?: string; name?: string } = {}): File {
  const text = Array.isArray(lines) ? lines.join(options.eol ?? '\n') : lines;
  return new File([(options.bom ? '\uFEFF' : '') + text], options.name ?? 'katalog.csv', { type: 'text/csv' });
}

export function jsonFile(data: unknown, name = 'cadangan.json'): File {
  return new File([typeof data === 'string' ? data : JSON.stringify(data)], name, { type: 'application/json' });
}

/** A compact view of a preview for table assertions: row → status (and first error). */
export async function previewOf(file: File) {
  const preview = await previewImport(file);
  return {
    preview,
    statuses: preview.rows.map((r) => [r.row, r.sku, r.status] as const),
    rejected: preview.rows.filter((r) => r.status === 'rejected').map((r) => [r.row, r.errors.map((e) => e.id).join(' | ')] as const),
    product: (sku: string) => preview.rows.find((r) => r.sku === sku && r.product)?.product,
  };
}
