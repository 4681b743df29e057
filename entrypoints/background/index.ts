import { defineBackground } from 'wxt/utils/define-background';
import { answerDeadlines } from './deadlines';
import { relayPanelRequests } from './panel-relay';
import { saveListingsToCatalogue } from './panel-save';
import { publishEverywhere } from './publish';
import { checkStockOnSchedule } from './stock-alarms';
import { readListPages } from './stock-list';
import { watchCatalogueStock } from './stock-outside';
import { resumeStockPushes } from './stock-push';
import { receiveStockReadings } from './stock-readings';
import { answerStockRequests } from './stock-requests';
import { watchStockTabs } from './stock-tabs';

// The MV3 service worker dies when idle: every listener is registered synchronously at top level of
// main(), and each feature keeps its state in storage.session/IndexedDB so it resumes after a restart.
// One line per feature (panel relay, publish orchestrator, …), each in its own file beside this one.
export default defineBackground(() => {
  relayPanelRequests();
  saveListingsToCatalogue();
  publishEverywhere();
  answerDeadlines();
  receiveStockReadings();
  watchStockTabs();
  readListPages();
  answerStockRequests();
  checkStockOnSchedule();
  resumeStockPushes();
  watchCatalogueStock();
});
