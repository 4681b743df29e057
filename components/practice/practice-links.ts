/** Where each practice page is, for the dashboard's Latihan menu and the popup (one entry per platform). */
import { browser } from 'wxt/browser';
import { PLATFORM_IDS, type PlatformId } from '../../utils/platforms/hosts';
import { practicePageUrl } from '../../utils/practice/urls';
import { PLATFORM_NAMES } from '../settings/platform-names';

export interface PracticeLink {
  platform: PlatformId;
  name: string;
  url: string;
}

export function practiceLinks(): PracticeLink[] {
  const base = browser.runtime.getURL('/');
  return PLATFORM_IDS.map((platform) => ({ platform, name: PLATFORM_NAMES[platform], url: practicePageUrl(base, platform) }));
}
