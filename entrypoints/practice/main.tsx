/**
 * A practice seller page (`practice.html?platform=shopee`): our replica of that seller centre's "add
 * product" form, bundled in the extension and marked "Latihan", with the Serentak panel docked and the
 * fill engine answering exactly as on the real page. Works offline: nothing here leaves the extension.
 * The page's own save shows a success state with a fake listing link; Serentak records it in the
 * product's `listings.<platform>` as it records a real one (and publish sees the page move to it).
 */
import { createRoot } from 'react-dom/client';
import '@/utils/i18n';
import { PLATFORM_NAMES } from '@/components/settings/platform-names';
import { practicePageUrl, practicePlatform } from '@/utils/practice/urls';
import { recordListingLink } from '@/utils/publish/listing-link';
import { loadReplica, type Replica } from './replica';
import { hostEngine, type PracticeHost } from './engine-host';
import { PracticeChrome, type PracticeState, type SavedListing } from './PracticeChrome';
import './practice.css';

const platform = practicePlatform(location.href);
const root = createRoot(document.getElementById('practice-chrome')!);
const platformName = platform ? PLATFORM_NAMES[platform] : '';
let formTitle = '';
const draw = (page: PracticeState, saved?: SavedListing) =>
  root.render(<PracticeChrome platformName={platformName} formTitle={formTitle} page={page} saved={saved} />);

if (platform) document.body.dataset.platform = platform;

/** The replica saves as its seller centre does; the page then moves to its fake listing link. */
function followSaves(replica: Replica, host: PracticeHost, page: PracticeState): void {
  const save = replica.saveFlow;
  replica.saveFlow = (options) =>
    save({
      ...options,
      editUrl: (id) => practicePageUrl(location.href, platform!, id),
      onSaved: (id) => {
        options.onSaved?.(id);
        void recordSave(id, host, page);
      },
    });
}

async function recordSave(id: string, host: PracticeHost, page: PracticeState): Promise<void> {
  const url = location.href;
  host.announce('edit');
  const sku = host.lastFilledSku();
  const recorded = sku ? await recordListingLink(sku, platform!, { url, externalId: id }).catch(() => false) : false;
  draw(page, { id, url, sku: recorded ? sku : undefined });
  window.scrollTo({ top: 0 });
}

async function start(): Promise<void> {
  if (!platform) return draw({ state: 'unknown' });
  draw({ state: 'loading' });
  try {
    const { replica, title } = await loadReplica(platform);
    // The replica's shell puts its app first in <body>; Serentak's strip goes back above it.
    document.body.prepend(document.getElementById('practice-chrome')!);
    formTitle = title;
    const host = await hostEngine(platform);
    const ready: PracticeState = { state: 'ready' };
    followSaves(replica, host, ready);
    draw(ready);
  } catch (error) {
    draw({ state: 'failed', reason: String(error) });
  }
}

void start();
