/**
 * CSV header names, English and Bahasa Indonesia side by side (DESIGN.md test contract). Headers are
 * compared trimmed, lower-case, with inner spaces/hyphens as underscores ("Nama Produk" = nama_produk).
 */
export const CSV_COLUMNS = [
  { column: 'sku', aliases: ['kode_sku'] },
  { column: 'name', aliases: ['nama_produk', 'nama'] },
  { column: 'description', aliases: ['deskripsi'] },
  { column: 'price', aliases: ['harga'] },
  { column: 'stock', aliases: ['stok'] },
  { column: 'weight_grams', aliases: ['berat_gram', 'berat'] },
  { column: 'condition', aliases: ['kondisi'] },
  { column: 'brand', aliases: ['merek'] },
  { column: 'category', aliases: ['kategori'] },
  { column: 'length_cm', aliases: ['panjang_cm'] },
  { column: 'width_cm', aliases: ['lebar_cm'] },
  { column: 'height_cm', aliases: ['tinggi_cm'] },
  { column: 'min_order', aliases: ['minimum_pemesanan', 'min_pesanan'] },
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number]['column'];

/** English header, in this order, for CSV export. */
export const CSV_EXPORT_HEADER: CsvColumn[] = CSV_COLUMNS.map((c) => c.column);

export function normaliseHeader(header: string): string {
  return header.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s-]+/g, '_');
}

const BY_NAME = new Map<string, CsvColumn>(
  CSV_COLUMNS.flatMap((c) => [c.column, ...c.aliases].map((name) => [name, c.column] as const)),
);

/** Which cell index holds which column; the leftmost of two synonyms wins. Unknown headers are ignored. */
export function mapHeader(headers: string[]): Map<CsvColumn, { index: number; header: string }> {
  const map = new Map<CsvColumn, { index: number; header: string }>();
  headers.forEach((raw, index) => {
    const column = BY_NAME.get(normaliseHeader(raw));
    if (column && !map.has(column)) map.set(column, { index, header: raw.replace(/^\uFEFF/, '').trim() });
  });
  return map;
}

/** "name/nama_produk": how to name a column the file does not have. */
export function columnNames(column: CsvColumn): string {
  const entry = CSV_COLUMNS.find((c) => c.column === column)!;
  return [entry.column, entry.aliases[0]].join('/');
}

/**
 * Comma or semicolon, decided from the header row alone (data rows may hold "15,000" or prose):
 * more semicolons than commas outside quotes means semicolon, as Excel in Indonesian writes.
 */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}
