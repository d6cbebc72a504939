import type { StorageFailure } from '../state/appState';

/**
 * Why the maps database could not be opened, in plain words and with what to do. Dexie wraps
 * IndexedDB's errors (an `OpenFailedError` with the browser's error `inner`), so both are read.
 */
export function describeOpenFailure(error: unknown): StorageFailure {
  const names = errorNames(error);
  const technical = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (names.has('VersionError')) {
    return {
      title: 'Your maps were saved by a newer version of Good Help Map',
      detail: 'This copy of the app is older than the one that last opened your maps, so it cannot read them. Nothing has been changed or lost. Install the latest version of Good Help Map to carry on.',
      technical,
    };
  }
  if (names.has('QuotaExceededError')) {
    return {
      title: 'There is no room left to open your maps',
      detail: 'The disk is full, so the database could not be opened. Free some space, then try again. Nothing has been changed or lost.',
      technical,
    };
  }
  if (names.has('UpgradeError') || names.has('AbortError') || names.has('DataError') || names.has('ConstraintError')) {
    return {
      title: 'Your maps could not be brought up to date',
      detail: 'This version of Good Help Map stores maps in a new way, and moving them over did not finish. It stopped before changing anything, so your maps are as they were. Try again; if it happens again, open a backup and tell your IT team.',
      technical,
    };
  }
  if (names.has('Blocked') || names.has('BlockedError')) {
    return {
      title: 'Another Good Help Map window is holding your maps',
      detail: 'An older window or tab of Good Help Map still has the maps open, so this one cannot bring them up to date. Close the other windows and tabs; this one carries on by itself once they are closed.',
      technical,
    };
  }
  return {
    title: 'Your maps could not be opened',
    detail: 'The browser refused to open the database where your maps are kept. Close other Good Help Map windows and try again. If it keeps happening, open a backup.',
    technical,
  };
}

function errorNames(error: unknown): Set<string> {
  const names = new Set<string>();
  let at: unknown = error;
  for (let depth = 0; at && depth < 4; depth++) {
    if (typeof at === 'object' && at !== null && 'name' in at) names.add(String((at as { name: unknown }).name));
    at = typeof at === 'object' && at !== null && 'inner' in at ? (at as { inner: unknown }).inner : null;
  }
  return names;
}
