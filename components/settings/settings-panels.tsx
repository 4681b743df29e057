/**
 * The settings page as a list of panels. Publishing adds its per-platform rules and readiness panels
 * by appending here (components/publish/ owns them); order = order on the page.
 */
import type { ComponentType } from 'react';
import { LanguagePicker } from './LanguagePicker';
import { PlatformSwitches } from './PlatformSwitches';
import { RulesSettings } from '../publish/RulesSettings';
import { PracticeModeSetting } from '../practice/PracticeModeSetting';

export interface SettingsPanel {
  id: string;
  Component: ComponentType;
}

export const SETTINGS_PANELS: SettingsPanel[] = [
  { id: 'language', Component: LanguagePicker },
  { id: 'platforms', Component: PlatformSwitches },
  { id: 'publish-rules', Component: RulesSettings },
  { id: 'practice', Component: PracticeModeSetting },
];
