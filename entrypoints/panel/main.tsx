/**
 * The panel page, shown in an iframe the content script docks on add/edit pages. The content script
 * says which platform the page belongs to (`?platform=`); anything else shows nothing.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PLATFORM_IDS, type PlatformId } from '@/utils/platforms/hosts';
import { PanelApp } from '@/components/panel/PanelApp';
import { createPanelStore } from '@/components/panel/panel-store';
import '@/components/panel/panel.css';

const requested = new URLSearchParams(location.search).get('platform');
const platform = PLATFORM_IDS.find((id) => id === requested) as PlatformId | undefined;

if (platform) {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <PanelApp store={createPanelStore(platform)} />
    </StrictMode>,
  );
}
