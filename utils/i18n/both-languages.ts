/**
 * One message in both languages at once, outside React: for text that is stored or shown later and must
 * follow the seller's language switch (toasts, import rejections), so it is kept as a Bilingual pair.
 * Placeholders are i18next's `{{name}}`; a value is the same in both languages, or its own words in each.
 */
import type { Bilingual } from '../bilingual';
import { en } from './en';
import { id, type Messages } from './id';

export type MessageValues = Record<string, string | number | Bilingual>;

function fill(template: string, values: MessageValues, lang: keyof Bilingual): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
    const value = values[key];
    if (value === undefined) return whole;
    return typeof value === 'object' ? value[lang] : String(value);
  });
}

export function bothLanguages(get: (messages: Messages) => string, values: MessageValues = {}): Bilingual {
  return { id: fill(get(id), values, 'id'), en: fill(get(en), values, 'en') };
}
