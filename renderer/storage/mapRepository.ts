import * as Y from 'yjs';
import { z } from 'zod';
import { checkSnapshotIntegrity, createMapMeta, idSchema, mapMetaSchema, newId, type Id, type MapMeta, type MapSnapshot } from '../../shared/model';
import { documentFromSnapshot, snapshotFromDocument, type MapDocument, type Patch } from '../../shared/editing';
import { DocumentReader, FROM_STORAGE, LOCAL_UNTRACKED, writeDocument, writePatch, type ChangeStamp, type KnownRecords } from '../../shared/sync';
import { adoptAsNewMap, restoreDocumentAsNewMap } from '../../shared/sync/fileState';
import { appendUpdateRows, rowsOf, type AppendRequest } from './appendUpdateRows';
import type { GoodHelpDatabase, MapIndexRow } from './database';
import { postToMap } from './mapChannel';
import { describeStoredRecord, validateRecords } from './validateRecords';

export type MapSummary = MapIndexRow;

export interface LoadedList {
  readonly maps: MapSummary[];
  readonly problems: string[];
}

export interface LoadedMap {
  readonly doc: MapDocument;
  readonly problems: string[];
}

const BIN_DAYS = 30;
/** Rows a map's updates are merged into one when loading finds more than this many. */
export const COMPACT_AFTER_ROWS = 100;

const isoDateTime = z.iso.datetime({ offset: true });
const mapIndexSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(200),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  deletedAt: isoDateTime.nullable(),
});

/** Who this device's changes are stamped with when nothing better is known (maps list actions). */
const DEVICE_STAMP = (now: Date): ChangeStamp => ({ by: 'You', at: now.toISOString() });

/** Maps newest first, and the bin; bins older than 30 days are emptied as we go. Reads no documents. */
export async function listMaps(db: GoodHelpDatabase, now: Date = new Date()): Promise<LoadedList> {
  const rows = await db.mapIndex.toArray();
  const { valid, problems } = validateRecords(rows, mapIndexSchema, describeStoredRecord('Map'));
  const cutoff = now.getTime() - BIN_DAYS * 86_400_000;
  const expired = valid.filter((m) => m.deletedAt && Date.parse(m.deletedAt) < cutoff);
  for (const map of expired) await purgeMap(db, map.id);
  const maps = valid.filter((m) => !expired.includes(m)).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return { maps, problems };
}

/** How long after opening a map its rows are compacted: after the map is drawn, not before. */
export const COMPACT_DELAY_MS = 2000;

/**
 * A map's document as stored: every update row, applied in one transaction. A map with many rows is
 * compacted a little later, off the open path, so compaction never delays the first draw.
 */
export async function readMapDocument(db: GoodHelpDatabase, mapId: Id, options: { compactDelayMs?: number } = {}): Promise<{ ydoc: Y.Doc; rows: number }> {
  const rows = await db.mapUpdates.where('mapId').equals(mapId).toArray();
  const ydoc = new Y.Doc();
  // Each row applied in turn, in one transaction: merging them first (Y.mergeUpdates) took half
  // as long again as applying them, for a big map stored as a few dozen rows.
  if (rows.length) ydoc.transact(() => rows.forEach((r) => Y.applyUpdate(ydoc, r.update, FROM_STORAGE)), FROM_STORAGE);
  if (rows.length > COMPACT_AFTER_ROWS) {
    // Compaction only saves time on the next open; if it fails (the database closed, the disk
    // full) the rows stay as they were and nothing is lost.
    setTimeout(() => void compactMap(db, mapId).catch(() => undefined), options.compactDelayMs ?? COMPACT_DELAY_MS);
  }
  return { ydoc, rows: rows.length };
}

/**
 * Replaces a map's update rows with one (y-dexie's compaction): the rows read are merged,
 * deleted and the merge added, in one transaction, so an update stored meanwhile by another
 * window (a later row) is kept.
 */
export async function compactMap(db: GoodHelpDatabase, mapId: Id): Promise<void> {
  if (!db.isOpen()) return;
  await db.transaction('rw', db.mapUpdates, async () => {
    const rows = await db.mapUpdates.where('mapId').equals(mapId).toArray();
    if (rows.length <= 1) return;
    const merged = Y.mergeUpdates(rows.map((r) => r.update));
    await db.mapUpdates.bulkDelete(rows.map((r) => r.seq!));
    await db.mapUpdates.add({ mapId, update: merged });
  });
}

/**
 * Stores updates of an open map in one transaction, and moves it to the top of the list, on
 * this thread. An open map's own edits are written by the storage worker (updateWriter.ts).
 */
export async function appendUpdates(db: GoodHelpDatabase, mapId: Id, updates: readonly Uint8Array[], index: { name?: string; now?: Date } = {}): Promise<void> {
  await appendUpdateRequest(db, { mapId, updates, ...(index.name ? { name: index.name } : {}), stamp: (index.now ?? new Date()).toISOString() });
}

/** The same, for a write the storage worker was to make (updateWriter.ts) and this thread makes instead. */
export async function appendUpdateRequest(db: GoodHelpDatabase, request: AppendRequest): Promise<void> {
  if (!db.isOpen()) await db.open();
  await appendUpdateRows(db.backendDB(), request);
}

export async function createMap(db: GoodHelpDatabase, name: string, now: Date = new Date()): Promise<MapMeta> {
  const meta = mapMetaSchema.parse(createMapMeta(name, now));
  await storeNewMap(db, documentFromSnapshot({ map: meta, nodes: [], links: [] }), now);
  return meta;
}

/**
 * Stores a whole map as a new map with a new id (the demo, a file, a restored backup, a
 * duplicate): never overwrites an existing one. All or nothing, in one transaction, and one
 * row however big the map: a 20,000-record map is one write, not 20,000.
 */
export async function createMapFromSnapshot(db: GoodHelpDatabase, snapshot: MapSnapshot, options: { name?: string; now?: Date } = {}): Promise<MapMeta> {
  const { meta, ydoc } = await createMapFromSnapshotKeepingDocument(db, snapshot, options);
  ydoc.destroy();
  return meta;
}

/** A new map's document and the valid records it was made from (KnownRecords); `meta` its row in the maps list. */
export interface CreatedMap {
  readonly meta: MapMeta;
  readonly ydoc: Y.Doc;
  readonly known: KnownRecords;
}

/**
 * As createMapFromSnapshot, and hands back the stored map's document, so that opening it at
 * once need not read and decode it again (the caller opens or destroys it).
 */
export async function createMapFromSnapshotKeepingDocument(db: GoodHelpDatabase, snapshot: MapSnapshot, options: { name?: string; now?: Date } = {}): Promise<CreatedMap> {
  return storedWhole(db, prepareMapFromSnapshot(snapshot, options));
}

/**
 * A whole map as a new map with a new id, in memory only: its document and the records it was
 * written from. Nothing is stored: the caller opens it (MapSession stores it once it is shown)
 * or stores it (storeNewMapDocument). Throws if the snapshot's records do not hold together.
 */
export function prepareMapFromSnapshot(snapshot: MapSnapshot, options: { name?: string; now?: Date } = {}): CreatedMap {
  const { meta, doc, stamp } = prepareMapRecords(snapshot, options);
  const ydoc = new Y.Doc();
  // One transaction: one update, however big the map.
  writeDocument(ydoc, doc, LOCAL_UNTRACKED, stamp);
  return { meta, ydoc, known: doc };
}

/**
 * A whole map as a new map with a new id, as records only: what the editor draws at once, and
 * the stamp its document is to be written with (MapSession writes it just after, from these
 * records). Throws if the snapshot's records do not hold together.
 */
export function prepareMapRecords(
  snapshot: MapSnapshot,
  options: { name?: string; now?: Date; /** Its ids and links were checked where it came in (readMapFile): not again. */ integrityChecked?: boolean } = {},
): { meta: MapMeta; doc: MapDocument; stamp: ChangeStamp } {
  const problems = options.integrityChecked ? [] : checkSnapshotIntegrity(snapshot);
  if (problems.length) throw new Error(`This map is damaged: ${problems.slice(0, 3).join('; ')}`);
  const now = options.now ?? new Date();
  const at = now.toISOString();
  const mapId = newId();
  const meta: MapMeta = { ...snapshot.map, id: mapId, name: options.name ?? snapshot.map.name, createdAt: at, updatedAt: at, deletedAt: null };
  const doc = documentFromSnapshot({ map: meta, nodes: snapshot.nodes.map((n) => ({ ...n, mapId })), links: snapshot.links.map((l) => ({ ...l, mapId })) });
  return { meta, doc, stamp: DEVICE_STAMP(now) };
}

/**
 * Stores a file's document state as a new map: the same history under a new id, so the file
 * and this map still merge exactly. `snapshot` is what the state reads as (readMapFile checks).
 * Hands back the document to open (or destroy).
 */
export async function createMapFromState(db: GoodHelpDatabase, snapshot: MapSnapshot, state: Uint8Array, options: { now?: Date; decoded?: Y.Doc | null } = {}): Promise<CreatedMap> {
  return storedWhole(db, prepareMapFromState(snapshot, state, options));
}

/** As createMapFromState, in memory only (see prepareMapFromSnapshot). */
export function prepareMapFromState(snapshot: MapSnapshot, state: Uint8Array, options: { now?: Date; decoded?: Y.Doc | null } = {}): CreatedMap {
  const now = options.now ?? new Date();
  const stamp = now.toISOString();
  const meta: MapMeta = { ...snapshot.map, id: newId(), createdAt: stamp, updatedAt: stamp, deletedAt: null };
  const identity = { id: meta.id, at: stamp, by: DEVICE_STAMP(now).by };
  // The state as readMapFile read and checked it, when given: a 5,000-node state is not decoded twice.
  const ydoc = options.decoded ? adoptAsNewMap(options.decoded, identity) : restoreDocumentAsNewMap(state, identity);
  // readMapFile checked that the state reads as exactly the snapshot's (validated) records.
  return { meta, ydoc, known: documentFromSnapshot(snapshot) };
}

async function storedWhole(db: GoodHelpDatabase, created: CreatedMap): Promise<CreatedMap> {
  try {
    await storeNewMapDocument(db, indexRowOf(created.meta), created.ydoc);
  } catch (error) {
    created.ydoc.destroy();
    throw error;
  }
  return created;
}

/** A map's row in the maps list. */
export function indexRowOf(meta: MapMeta): MapIndexRow {
  const { id, name, createdAt, updatedAt, deletedAt } = meta;
  return { id, name, createdAt, updatedAt, deletedAt };
}

/**
 * Stores a new map whole, in one transaction: its row in the maps list and its document as one
 * update row, however big the map (a 20,000-record map is one write, not 20,000). Stored again
 * after a write that failed, it stores the same map: the row is put, and a second state row
 * merges into the first.
 */
export async function storeNewMapDocument(db: GoodHelpDatabase, row: MapIndexRow, ydoc: Y.Doc): Promise<void> {
  const update = Y.encodeStateAsUpdate(ydoc);
  await db.transaction('rw', db.mapIndex, db.mapUpdates, async () => {
    await db.mapIndex.put(row);
    await db.mapUpdates.add({ mapId: row.id, update });
  });
}

/**
 * As storeNewMapDocument, for a document written in steps (DocumentBuild): its updates, which
 * together are the whole document, stored as rows in one transaction (compacted on a later
 * open) instead of encoding the whole document again in one long task.
 */
export async function storeNewMapUpdates(db: GoodHelpDatabase, row: MapIndexRow, updates: readonly Uint8Array[]): Promise<void> {
  await db.transaction('rw', db.mapIndex, db.mapUpdates, async () => {
    await db.mapIndex.put(row);
    await db.mapUpdates.bulkAdd(rowsOf(row.id, updates));
  });
}

async function storeNewMap(db: GoodHelpDatabase, doc: MapDocument, now: Date): Promise<Y.Doc> {
  const ydoc = new Y.Doc();
  writeDocument(ydoc, doc, LOCAL_UNTRACKED, DEVICE_STAMP(now));
  try {
    await storeNewMapDocument(db, indexRowOf(doc.meta), ydoc);
  } catch (error) {
    ydoc.destroy();
    throw error;
  }
  return ydoc;
}

export async function readSnapshot(db: GoodHelpDatabase, mapId: Id): Promise<LoadedMap & { snapshot: MapSnapshot }> {
  const loaded = await loadMap(db, mapId);
  return { ...loaded, snapshot: snapshotFromDocument(loaded.doc) };
}

export async function duplicateMap(db: GoodHelpDatabase, mapId: Id): Promise<MapMeta> {
  const { snapshot } = await readSnapshot(db, mapId);
  return createMapFromSnapshot(db, snapshot, { name: `Copy of ${snapshot.map.name}`.slice(0, 200) });
}

/** Renames a map from the maps list: a change to its document like any other, seen by any window that has it open. */
export async function renameMap(db: GoodHelpDatabase, mapId: Id, name: string, now: Date = new Date()): Promise<void> {
  const { doc } = await loadMap(db, mapId);
  const after = mapMetaSchema.parse({ ...doc.meta, name });
  await savePatch(db, mapId, { meta: { before: doc.meta, after }, nodes: {}, links: {} }, now);
}

/** Moves a map to the bin on this device; it can be restored for 30 days. */
export async function deleteMap(db: GoodHelpDatabase, mapId: Id, now: Date = new Date()): Promise<void> {
  await updateIndex(db, mapId, { deletedAt: now.toISOString() });
}

export async function restoreMap(db: GoodHelpDatabase, mapId: Id): Promise<void> {
  await updateIndex(db, mapId, { deletedAt: null });
}

export async function purgeMap(db: GoodHelpDatabase, mapId: Id): Promise<void> {
  await db.transaction('rw', [db.mapIndex, db.mapUpdates, db.snapshots, db.setAside], async () => {
    await db.mapUpdates.where('mapId').equals(mapId).delete();
    // A map's snapshots go with it when the bin is emptied: they are copies of its contents.
    await db.snapshots.where('mapId').equals(mapId).delete();
    await db.setAside.where('mapId').equals(mapId).delete();
    await db.mapIndex.delete(mapId);
  });
}

async function updateIndex(db: GoodHelpDatabase, mapId: Id, change: Partial<MapIndexRow>): Promise<void> {
  await db.transaction('rw', db.mapIndex, async () => {
    const row = await db.mapIndex.get(mapId);
    if (!row) throw new Error('That map could not be found.');
    await db.mapIndex.put({ ...row, ...change, updatedAt: new Date().toISOString() });
  });
}

/** Loads one map, leaving out (and reporting) any record that fails validation. */
export async function loadMap(db: GoodHelpDatabase, mapId: Id): Promise<LoadedMap> {
  const { ydoc } = await readMapDocument(db, mapId);
  const reader = new DocumentReader(ydoc);
  const doc = reader.doc;
  ydoc.destroy();
  if (!doc) throw new Error('That map could not be found, or its settings are damaged.');
  return { doc, problems: [...reader.problems] };
}

/**
 * Writes one patch to a map that is not open in this window (the maps list, tests): reads its
 * document, applies the patch in one transaction and stores just that change.
 */
export async function savePatch(db: GoodHelpDatabase, mapId: Id, patch: Patch, now: Date = new Date()): Promise<void> {
  const { ydoc } = await readMapDocument(db, mapId);
  const before = Y.encodeStateVector(ydoc);
  writePatch(ydoc, patch, LOCAL_UNTRACKED, DEVICE_STAMP(now));
  const update = Y.encodeStateAsUpdate(ydoc, before);
  ydoc.destroy();
  await appendUpdates(db, mapId, [update], { ...(patch.meta ? { name: patch.meta.after.name } : {}), now });
  postToMap(mapId, update);
}
