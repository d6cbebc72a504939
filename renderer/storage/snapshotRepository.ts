import { newId, type Id } from '../../shared/model';
import { mapSnapshotRecordSchema, type MapSnapshotRecord, type MapSnapshotSummary } from '../../shared/snapshots/mapSnapshotRecord';
import type { MapDocument } from '../../shared/editing';
import { snapshotFromDocument } from '../../shared/editing';
import type { GoodHelpDatabase } from './database';
import { describeStoredRecord, validateRecords } from './validateRecords';

/** Stores a full copy of the map as it is now under a name; the map itself is not touched. */
export async function saveMapSnapshot(db: GoodHelpDatabase, doc: MapDocument, name: string, now: Date = new Date()): Promise<MapSnapshotSummary> {
  const record = mapSnapshotRecordSchema.parse({
    id: newId(),
    mapId: doc.meta.id,
    name,
    createdAt: now.toISOString(),
    nodeCount: Object.keys(doc.nodes).length,
    linkCount: Object.keys(doc.links).length,
    snapshot: snapshotFromDocument(doc),
  });
  await db.transaction('rw', db.snapshots, () => db.snapshots.add(record));
  return summary(record);
}

/** A map's snapshots, newest first; a damaged one is reported and left out. */
export async function listMapSnapshots(db: GoodHelpDatabase, mapId: Id): Promise<{ snapshots: MapSnapshotSummary[]; problems: string[] }> {
  const rows = await db.snapshots.where('mapId').equals(mapId).toArray();
  const { valid, problems } = validateRecords(rows, mapSnapshotRecordSchema, describeStoredRecord('Snapshot'));
  return { snapshots: valid.map(summary).sort((a, b) => b.createdAt.localeCompare(a.createdAt)), problems };
}

export async function loadMapSnapshot(db: GoodHelpDatabase, id: Id): Promise<MapSnapshotRecord> {
  const parsed = mapSnapshotRecordSchema.safeParse(await db.snapshots.get(id));
  if (!parsed.success) throw new Error('That snapshot could not be found, or it is damaged.');
  return parsed.data;
}

export async function renameMapSnapshot(db: GoodHelpDatabase, id: Id, name: string): Promise<void> {
  await db.transaction('rw', db.snapshots, async () => {
    const record = await loadMapSnapshot(db, id);
    await db.snapshots.put(mapSnapshotRecordSchema.parse({ ...record, name }));
  });
}

export async function deleteMapSnapshot(db: GoodHelpDatabase, id: Id): Promise<void> {
  await db.snapshots.delete(id);
}

function summary({ snapshot: _s, ...rest }: MapSnapshotRecord): MapSnapshotSummary {
  return rest;
}
