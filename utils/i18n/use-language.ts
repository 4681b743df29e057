/**
 * Keeps i18next in step with `languageSetting`: read once at start, then follow changes made in any
 * extension page (switching language in the dashboard also switches an open popup or panel).
 */
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { languageSetting } from '../settings';
import { applyLanguage, currentLanguage, type Language } from './index';

export function useLanguageSetting(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  useEffect(() => {
    let alive = true;
    void languageSetting.getValue().then((stored) => {
      if (alive) void applyLanguage(stored === 'en' ? 'en' : 'id');
    });
    const unwatch = languageSetting.watch((next) => void applyLanguage(next === 'en' ? 'en' : 'id'));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  const choose = useCallback((language: Language) => {
    void applyLanguage(language);
    void languageSetting.setValue(language);
  }, []);
  return [i18n.language === 'en' ? 'en' : currentLanguage(), choose];
}
