/**
 * One i18next instance for every extension page (dashboard, popup, and whoever else imports it).
 * Resources are bundled, so init is synchronous: the first render already speaks the right words.
 * The seller's choice lives in `languageSetting`; `useLanguageSetting()` keeps i18next in step.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { id } from './id';
import { workshopEn, workshopId } from './workshop';

import type { Language, Bilingual } from '../bilingual';

export type { Language };
export const LANGUAGES: Language[] = ['id', 'en'];

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  // The workshop helpers' words (help menu, tour, reset) live in ./workshop and join the same resource.
  resources: { id: { translation: { ...id, ...workshopId } }, en: { translation: { ...en, ...workshopEn } } },
  lng: 'id',
  fallbackLng: 'id',
  initAsync: false,
  // React escapes text itself; escaping here would show "&amp;" in a product name.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'id';
}

/** Pick the seller's language out of a bilingual message (errors, attention reasons). */
export function pick(text: Bilingual, language: Language = currentLanguage()): string {
  return text[language] || text.id;
}

export async function applyLanguage(language: Language): Promise<void> {
  if (i18n.language !== language) await i18n.changeLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
