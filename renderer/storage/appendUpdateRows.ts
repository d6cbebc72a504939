import * as Y from 'yjs';

/** One edit's (or a run of edits') document updates for a map, as written to its rows. */
export interface AppendRequest {
  readonly mapId: string;
  readonly updates: readonly Uint8Array[];
  /** The map's name for the list of maps, when it is known to have changed. */
  readonly name?: string;
  /** When the map was last changed, for the list of maps (ISO time). */
  readonly stamp: string;
}

export const MAP_REMOVED_MESSAGE = 'This map has been removed, so the change could not be saved.';

/** Merging many small updates (a run of typing) into one row is cheap; merging big ones (a layout's slices) is a long task, so they keep a row each. */
const MERGE_BELOW_BYTES = 64 * 1024;

/**
 * Adds a map's updates and touches its row in the list, in one strict transaction on a plain
 * IndexedDB connection, so that the same code runs on the page and in the storage worker
 * (updateWriter.worker.ts). The rows are asked for at once and the transaction committed as soon
 * as the map's row is read: nothing waits on anything but the database. A map gone from the list
 * aborts it, so none of the update is stored. Resolves once the transaction has committed.
 */
export function appendUpdateRows(idb: IDBDatabase, request: AppendRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    let refusal: Error | null = null;
    const tx = idb.transaction(['mapUpdates', 'mapIndex'], 'readwrite', { durability: 'strict' });
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(refusal ?? tx.error ?? new Error('The change could not be saved.'));
    try {
      const updates = tx.objectStore('mapUpdates');
      for (const row of rowsOf(request.mapId, request.updates)) updates.add(row);
      const index = tx.objectStore('mapIndex');
      const read = index.get(request.mapId);
      read.onsuccess = () => {
        const row = read.result as Record<string, unknown> | undefined;
        if (!row) {
          refusal = new Error(MAP_REMOVED_MESSAGE);
          tx.abort();
          return;
        }
        index.put({ ...row, ...(request.name ? { name: request.name } : {}), updatedAt: request.stamp });
        // Committed now rather than once the page has run this callback's follow-ups.
        if (typeof tx.commit === 'function') tx.commit();
      };
    } catch (error) {
      // A request refused outright (a disk full, a closing connection): nothing is kept.
      refusal = error instanceof Error ? error : new Error(String(error));
      try {
        tx.abort();
      } catch {
        reject(refusal);
      }
    }
  });
}

/** The rows some updates are stored as: merged into one when small, one each when big. */
export function rowsOf(mapId: string, updates: readonly Uint8Array[]): { mapId: string; update: Uint8Array }[] {
  if (updates.length === 1) return [{ mapId, update: updates[0]! }];
  const bytes = updates.reduce((sum, u) => sum + u.byteLength, 0);
  if (bytes < MERGE_BELOW_BYTES) return [{ mapId, update: Y.mergeUpdates([...updates]) }];
  return updates.map((update) => ({ mapId, update }));
}
