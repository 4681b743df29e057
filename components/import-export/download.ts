/** Save a Blob as a file the seller downloads: a blob URL on an <a download>, revoked right after. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: Chromium reads the URL asynchronously after the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "serentak-katalog-2025-01-31.json": a date in the name so backups sort and never overwrite. */
export function backupFileName(ext: 'json' | 'csv', now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `serentak-katalog-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${ext}`;
}
