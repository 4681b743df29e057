/**
 * The dashboard's sections as data: the navigation and the page are drawn from this list. A feature
 * adds a section by appending one entry (e.g. publishing: `{ id: 'publish', label: …, Component }`).
 * `label` is an i18n key; `id` is also the URL hash (#settings) so a reload stays on the same section.
 */
import { lazy, type ComponentType } from 'react';
import { CatalogueView } from '../../components/catalogue/CatalogueView';
import { READINESS_NAV_KEY } from '../../components/publish/nav-label';

// The catalogue is what the dashboard opens on; the other sections load when first opened, so their
// code (readiness checks of every platform, the rules forms) is not parsed before the first product row.
const ReadinessView = lazy(() => import('../../components/publish/ReadinessView').then((m) => ({ default: m.ReadinessView })));
const SettingsView = lazy(() => import('../../components/settings/SettingsView').then((m) => ({ default: m.SettingsView })));

export interface DashboardSection {
  id: string;
  label: string;
  Component: ComponentType;
}

export const SECTIONS: DashboardSection[] = [
  { id: 'catalogue', label: 'nav.catalogue', Component: CatalogueView },
  { id: 'readiness', label: READINESS_NAV_KEY, Component: ReadinessView },
  { id: 'settings', label: 'nav.settings', Component: SettingsView },
];
