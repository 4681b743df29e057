/**
 * The dashboard's first script: a classic (not module) script in dashboard.html's <head>, so it runs
 * while the page is still being parsed — before the browser has even fetched the app's modules
 * (React, Dexie, zod). It starts reading the newest products with bare IndexedDB; the app picks the
 * read up with `takeEarlyRead()`, and with 10,000 products its first render already has its rows.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startEarlyRead } from '../../utils/catalogue/first-screen';

export default defineUnlistedScript(() => {
  startEarlyRead();
});
