/**
 * The dashboard's sections as data: the navigation and the page are drawn from this list. A feature
 * adds a section by appending one entry (e.g. publishing: `{ id: 'publish', label: …, Component }`).
 * `label` is an i18n key; `id` is also the URL hash (#settings) so a reload stays on the same section.
 */
import type { ComponentType } from 'react';
import { CatalogueView } from '../../components/catalogue/CatalogueView';
import { SettingsView } from '../../components/settings/SettingsView';
import { ReadinessView } from '../../components/publish/ReadinessView';
import { READINESS_NAV_KEY } from '../../components/publish/nav-label';

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
