/** Renders the dashboard once the seller's language and the first screen of products are known. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import '../../components/ui/theme.css';
import { preloadFirstScreen } from '../../components/catalogue/use-catalogue-list';
import { takeEarlyRead } from '../../utils/catalogue/first-screen';
import { applyLanguage, i18n } from '../../utils/i18n';
import { languageSetting } from '../../utils/settings';
import { App } from './App';
import './style.css';

/** Past this, the dashboard draws without the early rows rather than keep the seller waiting. */
const FIRST_SCREEN_PATIENCE_MS = 400;

async function start(): Promise<void> {
  const patience = new Promise<undefined>((resolve) => setTimeout(resolve, FIRST_SCREEN_PATIENCE_MS, undefined));
  const firstScreen = takeEarlyRead();
  await Promise.all([
    // Read the seller's language before the first paint, so an English user never sees a flash of Bahasa.
    languageSetting
      .getValue()
      .catch(() => 'id')
      .then((language) => applyLanguage(language === 'en' ? 'en' : 'id')),
    firstScreen && preloadFirstScreen(Promise.race([firstScreen, patience])),
  ]);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
