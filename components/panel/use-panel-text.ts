/** The panel's words in the seller's language (`languageSetting`, shared with the dashboard). */
import { useMemo } from 'react';
import { useLanguageSetting } from '@/utils/i18n/use-language';
import { panelText, type PanelText } from './text';

export function usePanelText(): PanelText {
  const [language, setLanguage] = useLanguageSetting();
  return useMemo(() => panelText(language, setLanguage), [language, setLanguage]);
}
