import * as Y from 'yjs';
import type { MapDocument } from '../../shared/editing';
import type { ChangeStamp, KnownRecords } from '../../shared/sync';
import type { MapIndexRow } from '../storage/database';

/**
 * A map's document already in memory (a file just opened, a map just downloaded), with the
 * records it was made from when they are known to be valid (see KnownRecords), and its row in
 * the maps list when it is not stored yet.
 */
export type LoadedDocument = DocumentInMemory | RecordsInMemory;

export interface DocumentInMemory {
  readonly ydoc: Y.Doc;
  readonly known?: KnownRecords;
  /**
   * A new map not in the database yet (a file just opened): the session stores it whole, with
   * this row in the maps list, as its first write, once the editor has drawn it. Until then the
   * status says it is not saved.
   */
  readonly unstored?: MapIndexRow;
}

/**
 * A new map not stored yet known only by its validated records (a file just opened): the editor
 * is given them at once, and the session writes its document just after it is drawn
 * (DocumentBuild), then stores it whole with `unstored`, its row in the maps list.
 */
export interface RecordsInMemory {
  readonly records: MapDocument;
  readonly stamp: ChangeStamp;
  readonly unstored: MapIndexRow;
}

/** The update another window lacks, or null when it has everything this one has. */
export function missingFrom(ydoc: Y.Doc, stateVector: Uint8Array): Uint8Array | null {
  const theirs = Y.decodeStateVector(stateVector);
  const ours = Y.encodeStateVector(ydoc);
  let ahead = false;
  for (const [client, clock] of Y.decodeStateVector(ours)) if ((theirs.get(client) ?? 0) < clock) ahead = true;
  // Deletions alone do not move the state vector; they reach the other window with the next edit.
  return ahead ? Y.encodeStateAsUpdate(ydoc, stateVector) : null;
}
