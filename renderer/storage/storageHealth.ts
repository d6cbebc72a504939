import type { GoodHelpDatabase } from './database';

const HAD_DATA_KEY = 'good-help-map.hadData';

/**
 * Asks the browser not to evict our data under storage pressure. Browsers may say no (Chrome
 * decides by engagement); we report the answer rather than assume.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (!navigator.storage?.persist) return false;
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}

/**
 * Notices when the database has been wiped underneath us (a full disk, a cleared profile, an
 * Electron upgrade): the database is brand new, yet this profile remembers having had maps.
 * Call before the database is opened; the answer comes once it is.
 */
export function watchForDataLoss(db: GoodHelpDatabase, storage: Storage | undefined, onLoss: () => void): void {
  const hadData = storage?.getItem(HAD_DATA_KEY) === 'yes';
  db.on('populate', () => {
    if (hadData) onLoss();
  });
  // Chromium closes the connection when the origin's storage is cleared while we run.
  db.on('close', () => onLoss());
}

export function rememberHavingData(storage: Storage | undefined, hasData: boolean): void {
  try {
    if (hasData) storage?.setItem(HAD_DATA_KEY, 'yes');
  } catch {
    // Private windows may refuse localStorage; the warning is a courtesy, not a requirement.
  }
}
