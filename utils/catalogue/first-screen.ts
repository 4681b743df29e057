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

/** Enough rows to fill a tall screen twice. */
export const FIRST_SCREEN = 40;

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
        const records: unknown[] = [];
        const cursor = tx.objectStore('products').index('updatedAt').openCursor(null, 'prev');
        cursor.onsuccess = () => {
          const at = cursor.result;
          if (!at || records.length >= limit) return;
          records.push(at.value);
          at.continue();
        };
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
