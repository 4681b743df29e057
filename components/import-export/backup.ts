/**
 * "Unduh cadangan": the catalogue exported and downloaded under a dated name. One way to do it, used by
 * the import/export bar and by the workshop reset's "back up first".
 */
import { backupFileName, downloadBlob } from './download';

/** Downloads the catalogue backup; returns the file name the seller will find in Downloads. */
export async function downloadCatalogueBackup(kind: 'json' | 'csv'): Promise<string> {
  const { exportCatalogueCsv, exportCatalogueJson } = await import('../../utils/catalogue/export');
  const blob = kind === 'json' ? await exportCatalogueJson() : await exportCatalogueCsv();
  const name = backupFileName(kind);
  downloadBlob(blob, name);
  return name;
}
