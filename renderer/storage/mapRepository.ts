import {
  checkSnapshotIntegrity,
  createMapMeta,
  mapLinkSchema,
  mapMetaSchema,
  mapNodeSchema,
  newId,
  type Id,
  type MapLink,
  type MapMeta,
  type MapNode,
  type MapSnapshot,
} from '../../shared/model';
import { documentFromSnapshot, type MapDocument, type Patch } from '../../shared/editing';
import type { GoodHelpDatabase } from './database';
import { describeStoredRecord, validateRecords } from './validateRecords';

export interface MapSummary {
  readonly id: Id;
  readonly name: string;
  readonly updatedAt: string;
  readonly deletedAt: string | null;
}

export interface LoadedList {
  readonly maps: MapSummary[];
  readonly problems: string[];
}

export interface LoadedMap {
  readonly doc: MapDocument;
  readonly problems: string[];
}

const BIN_DAYS = 30;

/** Maps newest first, and the bin; bins older than 30 days are emptied as we go. */
export async function listMaps(db: GoodHelpDatabase, now: Date = new Date()): Promise<LoadedList> {
  const rows = await db.maps.toArray();
  const { valid, problems } = validateRecords(rows, mapMetaSchema, describeStoredRecord('Map'));
  const cutoff = now.getTime() - BIN_DAYS * 86_400_000;
  const expired = valid.filter((m) => m.deletedAt && Date.parse(m.deletedAt) < cutoff);
  for (const map of expired) await purgeMap(db, map.id);
  const maps = valid
    .filter((m) => !expired.includes(m))
    .map(({ id, name, updatedAt, deletedAt }) => ({ id, name, updatedAt, deletedAt }))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return { maps, problems };
}

export async function createMap(db: GoodHelpDatabase, name: string, now: Date = new Date()): Promise<MapMeta> {
  const meta = mapMetaSchema.parse(createMapMeta(name, now));
  await db.transaction('rw', db.maps, () => db.maps.add(meta));
  return meta;
}

/**
 * Stores a whole map as a new map with a new id (the demo, a restored backup, a duplicate):
 * never overwrites an existing one. All or nothing, in one transaction.
 */
export async function createMapFromSnapshot(
  db: GoodHelpDatabase,
  snapshot: MapSnapshot,
  options: { name?: string; now?: Date } = {},
): Promise<MapMeta> {
  const problems = checkSnapshotIntegrity(snapshot);
  if (problems.length) throw new Error(`This map is damaged: ${problems.slice(0, 3).join('; ')}`);
  const stamp = (options.now ?? new Date()).toISOString();
  const mapId = newId();
  const meta: MapMeta = {
    ...snapshot.map,
    id: mapId,
    name: options.name ?? snapshot.map.name,
    createdAt: stamp,
    updatedAt: stamp,
    deletedAt: null,
  };
  await db.transaction('rw', db.maps, db.nodes, db.links, async () => {
    await db.maps.add(meta);
    await db.nodes.bulkAdd(snapshot.nodes.map((n) => ({ ...n, mapId })));
    await db.links.bulkAdd(snapshot.links.map((l) => ({ ...l, mapId })));
  });
  return meta;
}

export async function readSnapshot(db: GoodHelpDatabase, mapId: Id): Promise<LoadedMap & { snapshot: MapSnapshot }> {
  const loaded = await loadMap(db, mapId);
  const { meta, nodes, links } = loaded.doc;
  const snapshot: MapSnapshot = {
    format: 'good-help-map',
    schemaVersion: meta.schemaVersion,
    map: meta,
    nodes: Object.values(nodes),
    links: Object.values(links),
  };
  return { ...loaded, snapshot };
}

export async function duplicateMap(db: GoodHelpDatabase, mapId: Id): Promise<MapMeta> {
  const { snapshot } = await readSnapshot(db, mapId);
  return createMapFromSnapshot(db, snapshot, { name: `Copy of ${snapshot.map.name}`.slice(0, 200) });
}

export async function renameMap(db: GoodHelpDatabase, mapId: Id, name: string): Promise<void> {
  await updateMapRecord(db, mapId, (m) => ({ ...m, name }));
}

/** Moves a map to the bin; it can be restored for 30 days. */
export async function deleteMap(db: GoodHelpDatabase, mapId: Id, now: Date = new Date()): Promise<void> {
  await updateMapRecord(db, mapId, (m) => ({ ...m, deletedAt: now.toISOString() }));
}

export async function restoreMap(db: GoodHelpDatabase, mapId: Id): Promise<void> {
  await updateMapRecord(db, mapId, (m) => ({ ...m, deletedAt: null }));
}

export async function purgeMap(db: GoodHelpDatabase, mapId: Id): Promise<void> {
  await db.transaction('rw', [db.maps, db.nodes, db.links, db.snapshots], async () => {
    await db.nodes.where('mapId').equals(mapId).delete();
    await db.links.where('mapId').equals(mapId).delete();
    // A map's snapshots go with it when the bin is emptied: they are copies of its contents.
    await db.snapshots.where('mapId').equals(mapId).delete();
    await db.maps.delete(mapId);
  });
}

async function updateMapRecord(db: GoodHelpDatabase, mapId: Id, change: (m: MapMeta) => MapMeta): Promise<void> {
  await db.transaction('rw', db.maps, async () => {
    const current = mapMetaSchema.safeParse(await db.maps.get(mapId));
    if (!current.success) throw new Error('That map could not be found.');
    const next = mapMetaSchema.parse({ ...change(current.data), updatedAt: new Date().toISOString() });
    await db.maps.put(next);
  });
}

/** Loads one map, leaving out (and reporting) any record that fails validation. */
export async function loadMap(db: GoodHelpDatabase, mapId: Id): Promise<LoadedMap> {
  return db.transaction('r', db.maps, db.nodes, db.links, async () => {
    const metaRow = await db.maps.get(mapId);
    const meta = mapMetaSchema.safeParse(metaRow);
    if (!meta.success) throw new Error('That map could not be found, or its settings are damaged.');
    const nodes = validateRecords(await db.nodes.where('mapId').equals(mapId).toArray(), mapNodeSchema, describeStoredRecord('Node'));
    const nodeIds = new Set(nodes.valid.map((n) => n.id));
    const links = validateRecords(await db.links.where('mapId').equals(mapId).toArray(), mapLinkSchema, describeStoredRecord('Link'));
    const orphanProblems: string[] = [];
    const linked = links.valid.filter((l) => {
      const ok = nodeIds.has(l.source) && nodeIds.has(l.target);
      if (!ok) orphanProblems.push('A link to a node that could not be read was left out');
      return ok;
    });
    return {
      doc: documentFromSnapshot({ map: meta.data, nodes: nodes.valid, links: linked }),
      problems: [...nodes.problems, ...links.problems, ...orphanProblems],
    };
  });
}

/** Writes one edit (or a batch of them composed into one patch) in a single transaction. */
/** Records written per request in a big save (a layout moves every node). */
const SAVE_SLICE = 500;

export async function savePatch(db: GoodHelpDatabase, mapId: Id, patch: Patch, now: Date = new Date()): Promise<void> {
  await db.transaction('rw', db.maps, db.nodes, db.links, async () => {
    const putNodes: MapNode[] = [];
    const deleteNodes: [string, string][] = [];
    for (const [id, change] of Object.entries(patch.nodes)) {
      if (change.after) putNodes.push(change.after);
      else deleteNodes.push([mapId, id]);
    }
    const putLinks: MapLink[] = [];
    const deleteLinks: [string, string][] = [];
    for (const [id, change] of Object.entries(patch.links)) {
      if (change.after) putLinks.push(change.after);
      else deleteLinks.push([mapId, id]);
    }
    // In slices, each awaited: the transaction stays open while its requests run, and the page
    // gets to draw between slices instead of cloning a whole laid-out map in one long task.
    for (let i = 0; i < putNodes.length; i += SAVE_SLICE) await db.nodes.bulkPut(putNodes.slice(i, i + SAVE_SLICE));
    await db.nodes.bulkDelete(deleteNodes);
    for (let i = 0; i < putLinks.length; i += SAVE_SLICE) await db.links.bulkPut(putLinks.slice(i, i + SAVE_SLICE));
    await db.links.bulkDelete(deleteLinks);
    const meta = patch.meta?.after ?? (await db.maps.get(mapId));
    if (!meta) throw new Error('This map has been removed, so the change could not be saved.');
    await db.maps.put({ ...meta, updatedAt: now.toISOString() });
  });
}
