/**
 * Words shown to the seller come as `{ id, en }` pairs (Bahasa Indonesia first). One picker and one
 * `{placeholder}` filler for every place that shows such a pair: the panel, publishing, the reports the
 * engine writes. The dashboard's own words go through i18next; this is for the pairs.
 */
import * as z from 'zod/mini';

/** A text shown to the seller, Bahasa Indonesia first. zod/mini: the content script's messages carry it. */
export const bilingualSchema = z.object({ id: z.string(), en: z.string() });
export type Bilingual = z.infer<typeof bilingualSchema>;

export type Language = 'id' | 'en';

/** Fill `{name}` placeholders; a placeholder with no value stays as written, so a gap is visible. */
export function formatText(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** The pair's text in the seller's language (Bahasa when the English is missing), placeholders filled. */
export function pickText(text: Bilingual, language: Language, values?: Record<string, string | number>): string {
  return formatText(text[language] || text.id, values);
}
