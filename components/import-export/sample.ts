/**
 * The workshop sample catalogue (issue 10): public/sample/katalog-contoh.json, bundled with the
 * extension and made by scripts/sample/make-sample-catalogue.mjs. Fetched from the extension's own
 * origin (no network) and handed to the import as a file, so the same checks and merge rules apply.
 */
import type { Bilingual } from '../../utils/bilingual';

export const SAMPLE_CATALOGUE_PATH = '/sample/katalog-contoh.json';
export const SAMPLE_FILE_NAME = 'katalog-contoh.json';

const MISSING: Bilingual = {
  id: 'Katalog contoh tidak ditemukan di ekstensi ini. Pasang ulang Serentak.',
  en: 'The sample catalogue is missing from this extension. Reinstall Serentak.',
};

export class SampleMissingError extends Error {
  constructor(readonly reason: Bilingual = MISSING) {
    super(reason.en);
    this.name = 'SampleMissingError';
  }
}

/** The bundled sample catalogue as a File, as if the seller had picked it. */
export async function fetchSampleCatalogue(base = location.href): Promise<File> {
  const response = await fetch(new URL(SAMPLE_CATALOGUE_PATH, base)).catch(() => undefined);
  if (!response?.ok) throw new SampleMissingError();
  return new File([await response.blob()], SAMPLE_FILE_NAME, { type: 'application/json' });
}
