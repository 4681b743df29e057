/**
 * Auto-submit (opt-in per platform, issue 4 §4): press the platform's own save button and wait for its
 * confirmation: a success text, or the move to the edit URL that carries the new listing's id.
 */
import type { Platform } from '../platforms/define';
import { normaliseLabel } from '../platforms/labels';
import { isDisabled, press } from './dom';
import type { Bilingual } from '../bilingual';
import { waitFor } from './wait';
import { findButton } from './widgets';

export interface SubmitResult {
  saved: boolean;
  url: string;
  externalId?: string;
  reason?: Bilingual;
}

export interface SubmitOptions {
  document?: Document;
  signal?: AbortSignal;
  timeout?: number;
}

/** The new listing's id from an edit URL, when the platform's pattern has a `(…)` group. */
export function externalIdFrom(platform: Platform, url: string): string | undefined {
  return platform.save.editUrl?.exec(url)?.[1];
}

export async function submitAndWait(platform: Platform, options: SubmitOptions = {}): Promise<SubmitResult> {
  const doc = options.document ?? document;
  const location = doc.defaultView!.location;
  const startUrl = location.href;
  const button = findButton(doc, platform.save.button);
  if (!button || isDisabled(button)) {
    return {
      saved: false,
      url: startUrl,
      reason: { id: 'Tombol simpan tidak ditemukan atau nonaktif', en: 'Save button not found or disabled' },
    };
  }
  press(button);
  const successes = platform.save.successTexts.map(normaliseLabel);
  const done = await waitFor(
    () => {
      const href = location.href;
      if (href !== startUrl && externalIdFrom(platform, href)) return 'moved';
      const text = normaliseLabel(doc.body.textContent ?? '');
      return successes.some((s) => text.includes(s)) ? 'text' : undefined;
    },
    { timeout: options.timeout ?? 10000, signal: options.signal },
  );
  const url = location.href;
  if (!done) {
    return {
      saved: false,
      url,
      reason: { id: 'Halaman tidak mengonfirmasi penyimpanan; periksa pesan di formulir', en: 'The page did not confirm saving; check the form’s messages' },
    };
  }
  // the success text can come a moment before the move to the edit URL
  if (!externalIdFrom(platform, url)) {
    await waitFor(() => (externalIdFrom(platform, location.href) ? true : undefined), { timeout: 1500, signal: options.signal });
  }
  return { saved: true, url: location.href, externalId: externalIdFrom(platform, location.href) };
}
