// "Muat katalog contoh" reads the bundled file from the extension's own origin and hands the import a
// File named like the bundled one; a build without it says so in both languages instead of failing silently.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchSampleCatalogue, SAMPLE_CATALOGUE_PATH, SAMPLE_FILE_NAME, SampleMissingError } from '@/components/import-export/sample';
import { errorMessage } from '@/components/ui/error-text';

const BASE = 'chrome-extension://abc/dashboard.html';

afterEach(() => vi.unstubAllGlobals());

describe('fetchSampleCatalogue', () => {
  it('fetches the bundled JSON beside the dashboard and returns it as a file', async () => {
    const fetch = vi.fn(async () => new Response('{"format":"serentak-catalogue"}', { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const file = await fetchSampleCatalogue(BASE);
    expect(String((fetch.mock.calls[0] as unknown[])[0])).toBe(`chrome-extension://abc${SAMPLE_CATALOGUE_PATH}`);
    expect(file.name).toBe(SAMPLE_FILE_NAME);
    expect(await file.text()).toBe('{"format":"serentak-catalogue"}');
  });

  it.each([
    ['a 404', async () => new Response('', { status: 404 })],
    ['a network error', async () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('refuses %s with a bilingual reason', async (_what, reply) => {
    vi.stubGlobal('fetch', vi.fn(reply));
    const error = await fetchSampleCatalogue(BASE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SampleMissingError);
    expect(errorMessage(error).id).toMatch(/Katalog contoh tidak ditemukan/);
  });
});
