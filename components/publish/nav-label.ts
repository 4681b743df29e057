/**
 * The dashboard's navigation takes i18n keys; publishing's words live in its own table (text.ts), so
 * its one navigation label is added to the app's i18next instance here, in both languages.
 */
import { i18n } from '@/utils/i18n';
import { PUBLISH_TEXT } from './text';

export const READINESS_NAV_KEY = 'nav.readiness';

for (const lang of ['id', 'en'] as const)
  i18n.addResourceBundle(lang, 'translation', { nav: { readiness: PUBLISH_TEXT.readinessNav[lang] } }, true, false);
