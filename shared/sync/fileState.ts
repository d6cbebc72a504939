import * as Y from 'yjs';
import type { MapDocument } from '../editing';
import { DocumentReader } from './documentReader';
import { F_STAMP, SETTINGS } from './docLayout';
import { jsonEqual } from './jsonEqual';
import { storedRecordsMismatch } from './storedRecordsMatch';
import type { ChangeStamp } from './origins';

/**
 * A map's Yjs document as a `.ghmap` file carries it: the whole state as one update, so that
 * two copies of one map edited apart (emailed, on a laptop with no signal) merge exactly as
 * the live sync would have merged them — every field each copy changed, every deletion.
 *
 * The file's readable records stay its truth: a state is used only when it reads as exactly
 * those records, so a file edited by hand or by another app opens from what it says.
 */

/** Where the file came from is nobody's edit: applying a state with this origin is never undone. */
export const FROM_FILE = 'file';

/** A copy keeps its own identity: merging another copy never changes which map this is. */
const IDENTITY_FIELDS = ['id', 'createdAt', 'deletedAt'] as const;

export function encodeDocumentState(ydoc: Y.Doc): Uint8Array {
  return Y.encodeStateAsUpdate(ydoc);
}

/** A document from a file's state; throws if the bytes are not one complete Yjs update. */
export function documentFromState(state: Uint8Array): Y.Doc {
  const ydoc = new Y.Doc();
  try {
    Y.applyUpdate(ydoc, state, FROM_FILE);
  } catch (error) {
    ydoc.destroy();
    throw new Error(`its document state is damaged (${error instanceof Error ? error.message : String(error)})`);
  }
  // A state that needs updates it does not hold is not a whole document.
  if (ydoc.store.pendingStructs !== null || ydoc.store.pendingDs !== null) {
    ydoc.destroy();
    throw new Error('its document state is incomplete');
  }
  return ydoc;
}

/**
 * Whether a file's state reads as exactly the file's records. Returns null when it does, or
 * why not: the caller then opens the file from its records alone.
 */
export function stateMismatch(state: Uint8Array, records: MapDocument): string | null {
  const checked = checkState(state, records);
  checked.ydoc?.destroy();
  return checked.mismatch;
}

/**
 * As stateMismatch, keeping the document the state was read into when it matches, so that
 * opening the file does not decode the state a second time. The caller owns the document.
 */
export function checkState(state: Uint8Array, records: MapDocument): { ydoc: Y.Doc; mismatch: null } | { ydoc: null; mismatch: string } {
  let ydoc: Y.Doc;
  try {
    ydoc = documentFromState(state);
  } catch (error) {
    return { ydoc: null, mismatch: error instanceof Error ? error.message : String(error) };
  }
  const mismatch = mismatchOf(ydoc, records);
  if (mismatch === null) return { ydoc, mismatch };
  ydoc.destroy();
  return { ydoc: null, mismatch };
}

/**
 * The file's records were validated where the file was read; the state is compared with them
 * without validating its 20,000 records again (storedRecordsMismatch). Its settings and lists
 * are read and validated as usual: the reader takes the nodes and links as known only once
 * they have been found to be stored as exactly those records.
 */
function mismatchOf(ydoc: Y.Doc, records: MapDocument): string | null {
  const mismatch = storedRecordsMismatch(ydoc, records, records.meta.id);
  if (mismatch) return `its document state does not match its ${mismatch}`;
  const reader = new DocumentReader(ydoc, records);
  const read = reader.doc;
  if (!read) return 'its document state has no map settings';
  if (reader.problems.length) return `its document state holds records that could not be read (${reader.problems[0]})`;
  if (!jsonEqual(read.meta, records.meta)) return 'its document state does not match the map’s settings and lists';
  return null;
}

/**
 * Whether a file's state is a copy of this document: both hold edits by one Yjs client, which
 * only a shared history gives (client ids are random per window). Two maps that merely look
 * alike have none, and merge by matching names instead (planMerge).
 */
export function sharesHistory(ydoc: Y.Doc, state: Uint8Array): boolean {
  const ours = ydoc.store.clients;
  for (const client of Y.decodeStateVector(Y.encodeStateVectorFromUpdate(state)).keys()) if (ours.has(client)) return true;
  return false;
}

export interface NewIdentity {
  readonly id: string;
  readonly at: string;
  readonly by: string;
}

/**
 * A file's state as the state of a new map on this device: the same history (so the copy and
 * the original still merge exactly) under a new id, created now. Returns the update to store.
 */
export function restoreAsNewMap(state: Uint8Array, identity: NewIdentity): Uint8Array {
  const ydoc = restoreDocumentAsNewMap(state, identity);
  try {
    return Y.encodeStateAsUpdate(ydoc);
  } finally {
    ydoc.destroy();
  }
}

/** As restoreAsNewMap, but the document itself, for the caller to open (and destroy). */
export function restoreDocumentAsNewMap(state: Uint8Array, identity: NewIdentity): Y.Doc {
  return adoptAsNewMap(documentFromState(state), identity);
}

/** A document read from a file's state (checkState), made the new map's: its history kept, a new id. */
export function adoptAsNewMap(ydoc: Y.Doc, identity: NewIdentity): Y.Doc {
  const settings = ydoc.getMap<unknown>(SETTINGS);
  ydoc.transact(() => {
    settings.set('id', identity.id);
    settings.set('createdAt', identity.at);
    settings.set('updatedAt', identity.at);
    settings.set('deletedAt', null);
    stampSettings(settings, identity);
  }, FROM_FILE);
  return ydoc;
}

/**
 * Merges another copy's state into this document in one transaction (one update to store and
 * send, one step to undo when `origin` is LOCAL_EDIT). This map keeps its own id and dates.
 */
export function mergeState(ydoc: Y.Doc, state: Uint8Array, origin: unknown, stamp?: ChangeStamp): void {
  const settings = ydoc.getMap<unknown>(SETTINGS);
  const kept = IDENTITY_FIELDS.filter((k) => settings.has(k)).map((k) => [k, settings.get(k)] as const);
  ydoc.transact(() => {
    Y.applyUpdate(ydoc, state);
    let restored = false;
    for (const [k, v] of kept) {
      if (jsonEqual(settings.get(k), v)) continue;
      settings.set(k, v);
      restored = true;
    }
    if (restored && stamp) stampSettings(settings, stamp);
  }, origin);
}

/** What this document would be with another copy merged in, without changing it. */
export function previewMergedState(ydoc: Y.Doc, state: Uint8Array): MapDocument | null {
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc));
    mergeState(copy, state, FROM_FILE);
    return new DocumentReader(copy).doc;
  } finally {
    copy.destroy();
  }
}

/** Who changed the settings and when; the stamp's schema version stays what the fields are. */
function stampSettings(settings: Y.Map<unknown>, stamp: ChangeStamp): void {
  const old = settings.get(F_STAMP);
  const v = typeof old === 'object' && old !== null && 'v' in old ? (old as { v: unknown }).v : undefined;
  if (v !== undefined) settings.set(F_STAMP, { v, by: stamp.by, at: stamp.at });
}
