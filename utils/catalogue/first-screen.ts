/**
 * The newest products, read with bare IndexedDB so the dashboard can start reading before React, Dexie
 * and zod have even been parsed (on a slow laptop that is ~100 ms of script the read now overlaps).
 * Records come back unvalidated: `readProducts` checks them once the app code is there.
 *
 * It never creates or upgrades the database (that is Dexie's job, with its version history): on a
 * fresh profile the open is aborted, and when Dexie asks for a newer version the connection closes.
 * Any surprise answers `undefined`, and the list reads the first screen through Dexie as before.
 */
import { DB_NAME } from './db-name';

/** Enough rows for a tall screen (a row is ~76 px); the whole list follows within a second. */
export const FIRST_SCREEN = 24;

/** Chromium 141+: newest-first records in one request, where a cursor needs a round trip per few rows. */
type IndexWithRecords = IDBIndex & {
  getAllRecords?: (options: { count: number; direction: 'prev' }) => IDBRequest<{ value: unknown }[]>;
};

export function readNewestRecords(limit = FIRST_SCREEN, name = DB_NAME): Promise<unknown[] | undefined> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name);
    } catch {
      return resolve(undefined);
    }
    // No database yet: abort, so none is created at version 1 behind Dexie's back.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(undefined);
    request.onblocked = () => resolve(undefined);
    request.onsuccess = () => {
      const idb = request.result;
      idb.onversionchange = () => idb.close();
      try {
        const tx = idb.transaction('products', 'readonly');
        const byDate: IndexWithRecords = tx.objectStore('products').index('updatedAt');
        let records: unknown[] = [];
        if (byDate.getAllRecords) {
          const all = byDate.getAllRecords({ count: limit, direction: 'prev' });
          all.onsuccess = () => (records = all.result.map((record) => record.value));
        } else {
          const cursor = byDate.openCursor(null, 'prev');
          cursor.onsuccess = () => {
            const at = cursor.result;
            if (!at || records.length >= limit) return;
            records.push(at.value);
            at.continue();
          };
        }
        tx.oncomplete = () => {
          idb.close();
          resolve(records);
        };
        tx.onerror = tx.onabort = () => {
          idb.close();
          resolve(undefined);
        };
      } catch {
        // no products store or no updatedAt index: a database this code does not know
        idb.close();
        resolve(undefined);
      }
    };
  });
}

/**
 * The read started by the dashboard's first script (entrypoints/first-screen), which is a separate
 * classic script: the promise travels on the page's global object, the only thing the two share.
 */
const EARLY_READ = '__serentakEarlyRead';
type WithEarlyRead = { [EARLY_READ]?: Promise<unknown[] | undefined> };

/** Starts the read once, as early as a page can. */
export function startEarlyRead(): void {
  (globalThis as WithEarlyRead)[EARLY_READ] ??= readNewestRecords();
}

/** The early read, if one was started; handed out once. */
export function takeEarlyRead(): Promise<unknown[] | undefined> | undefined {
  const holder = globalThis as WithEarlyRead;
  const read = holder[EARLY_READ];
  delete holder[EARLY_READ];
  return read;
}
