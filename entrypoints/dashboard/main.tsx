import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import '../../components/ui/theme.css';
import { applyLanguage, i18n } from '../../utils/i18n';
import { languageSetting } from '../../utils/settings';
import { App } from './App';
import './style.css';

async function start() {
  // Read the seller's language before the first paint, so an English user never sees a flash of Bahasa.
  const language = await languageSetting.getValue().catch(() => 'id');
  await applyLanguage(language === 'en' ? 'en' : 'id');
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
