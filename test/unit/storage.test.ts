import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyPatch, runCommand, type MapDocument } from '../../shared/editing';
import * as Y from 'yjs';
import { GoodHelpDatabase } from '../../renderer/storage/database';
import {
  createMap,
  createMapFromSnapshot,
  appendUpdates,
  COMPACT_AFTER_ROWS,
  deleteMap,
  duplicateMap,
  listMaps,
  loadMap,
  readMapDocument,
  readSnapshot,
  renameMap,
  restoreMap,
  savePatch,
} from '../../renderer/storage/mapRepository';
import { watchForDataLoss } from '../../renderer/storage/storageHealth';

let db: GoodHelpDatabase;
let counter = 0;

beforeEach(async () => {
  db = new GoodHelpDatabase(`test-${++counter}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function edit(doc: MapDocument, command: Parameters<typeof runCommand>[1]): Promise<MapDocument> {
  const outcome = runCommand(doc, command);
  if (!outcome.ok) throw new Error(outcome.error);
  await savePatch(db, doc.meta.id, outcome.patch);
  return applyPatch(doc, outcome.patch);
}

describe('map storage', () => {
  it('pins the stored schema: a change needs a new version and a migration', () => {
    // Version 3 (deliberate): maps as Yjs documents, converted from version 2 in its upgrade
    // (test/unit/storageMigration.test.ts). The version 1–2 tables stay declared, emptied.
    expect(db.verno).toBe(3);
    const tables = Object.fromEntries(
      db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', ')]),
    );
    expect(tables).toEqual({
      maps: 'id, updatedAt',
      nodes: '[mapId+id], mapId',
      links: '[mapId+id], mapId',
      snapshots: 'id, mapId',
      mapIndex: 'id, updatedAt',
      mapUpdates: '++seq, mapId',
      setAside: '++id, mapId',
    });
  });

  it('compacts a map with many update rows after it is opened, not while, and keeps every edit', async () => {
    const meta = await createMap(db, 'Rows');
    let doc = (await loadMap(db, meta.id)).doc;
    for (let i = 0; i <= COMPACT_AFTER_ROWS; i++) doc = await edit(doc, { type: 'addNode', args: { kind: 'space', x: i, y: 0, id: `s${i}`, name: `Space ${i}` } });
    const rows = await db.mapUpdates.where('mapId').equals(meta.id).count();
    expect(rows).toBeGreaterThan(COMPACT_AFTER_ROWS);
    const opened = await readMapDocument(db, meta.id, { compactDelayMs: 10 });
    // The open itself leaves the rows alone: compaction comes after.
    expect(await db.mapUpdates.where('mapId').equals(meta.id).count()).toBe(rows);
    opened.ydoc.destroy();
    await vi.waitFor(async () => expect(await db.mapUpdates.where('mapId').equals(meta.id).count()).toBe(1));
    expect((await loadMap(db, meta.id)).doc).toEqual(doc);
  });

  it('saves every edit so a reopened map is exactly as it was left', async () => {
    const meta = await createMap(db, 'Kirkholt');
    let doc: MapDocument = (await loadMap(db, meta.id)).doc;
    doc = await edit(doc, { type: 'addNode', args: { kind: 'space', x: 5, y: 6, id: 's', name: 'Library' } });
    doc = await edit(doc, { type: 'addNode', args: { kind: 'person', x: 300, y: 6, id: 'p' } });
    doc = await edit(doc, { type: 'addLink', args: { source: 'p', target: 's', type: 'worksAt', id: 'l' } });
    doc = await edit(doc, { type: 'updateNode', args: { id: 's', changes: { postcode: 'OL11 2AB' } } });
    doc = await edit(doc, { type: 'moveNodes', args: { moves: [{ id: 'p', x: 42, y: 43 }] } });
    doc = await edit(doc, { type: 'updateMeta', args: { changes: { name: 'Kirkholt offer' } } });
    const reopened = await loadMap(db, meta.id);
    expect(reopened.problems).toEqual([]);
    expect(reopened.doc.nodes).toEqual(doc.nodes);
    expect(reopened.doc.links).toEqual(doc.links);
    expect(reopened.doc.meta.name).toBe('Kirkholt offer');
    await edit(doc, { type: 'deleteElements', args: { nodeIds: ['s'], linkIds: [] } });
    expect((await loadMap(db, meta.id)).doc.links).toEqual({});
  });

  it('reports a damaged record instead of failing to open the map', async () => {
    const meta = await createMap(db, 'Damaged');
    const doc = (await loadMap(db, meta.id)).doc;
    await edit(doc, { type: 'addNode', args: { kind: 'person', x: 0, y: 0, id: 'ok', name: 'Fine' } });
    // A damaged record, as a disk fault or an old bug might leave it, stored as a document update.
    const damaged = new Y.Doc();
    damaged.transact(() => {
      const rec = new Y.Map<unknown>();
      for (const [k, v] of Object.entries({ kind: 'space', name: 'Broken', pos: ['left', 0], _m: { v: 2, by: 'x', at: 'y' } })) rec.set(k, v);
      damaged.getMap('nodes').set('bad', rec);
    });
    await appendUpdates(db, meta.id, [Y.encodeStateAsUpdate(damaged)]);
    const loaded = await loadMap(db, meta.id);
    expect(Object.keys(loaded.doc.nodes)).toEqual(['ok']);
    expect(loaded.problems).toEqual(['Node "Broken" was set aside: it could not be read (x): Invalid input: expected number, received string']);
  });

  it('refuses an update to a map no longer in the index and stores none of it', async () => {
    const meta = await createMap(db, 'Gone');
    const rows = await db.mapUpdates.count();
    await db.mapIndex.delete(meta.id);
    const update = new Y.Doc();
    update.getMap('nodes').set('x', new Y.Map());
    await expect(appendUpdates(db, meta.id, [Y.encodeStateAsUpdate(update)])).rejects.toThrow('This map has been removed');
    expect(await db.mapUpdates.count()).toBe(rows);
  });

  it('renames, duplicates, deletes to the bin and restores maps', async () => {
    const meta = await createMap(db, 'Original', new Date('2026-01-01T00:00:00Z'));
    await edit((await loadMap(db, meta.id)).doc, { type: 'addNode', args: { kind: 'organisation', x: 0, y: 0, id: 'o', name: 'Food bank' } });
    await renameMap(db, meta.id, 'Renamed');
    const copy = await duplicateMap(db, meta.id);
    expect(copy.name).toBe('Copy of Renamed');
    expect(Object.values((await loadMap(db, copy.id)).doc.nodes).map((n) => n.name)).toEqual(['Food bank']);
    await deleteMap(db, meta.id);
    const afterDelete = await listMaps(db);
    expect(afterDelete.maps.find((m) => m.id === meta.id)?.deletedAt).not.toBeNull();
    await restoreMap(db, meta.id);
    expect((await listMaps(db)).maps.find((m) => m.id === meta.id)?.deletedAt).toBeNull();
    expect((await loadMap(db, meta.id)).doc.nodes.o?.name).toBe('Food bank');
  });

  it('empties the bin after 30 days', async () => {
    const meta = await createMap(db, 'Old');
    await deleteMap(db, meta.id, new Date('2026-01-01T00:00:00Z'));
    const list = await listMaps(db, new Date('2026-03-01T00:00:00Z'));
    expect(list.maps).toEqual([]);
    expect(await db.mapIndex.count()).toBe(0);
    expect(await db.mapUpdates.count()).toBe(0);
  });

  it('refuses a damaged snapshot and writes nothing', async () => {
    const meta = await createMap(db, 'Source');
    let doc = (await loadMap(db, meta.id)).doc;
    doc = await edit(doc, { type: 'addNode', args: { kind: 'person', x: 0, y: 0, id: 'a' } });
    const { snapshot } = await readSnapshot(db, meta.id);
    const broken = { ...snapshot, links: [{ ...Object.values(doc.links)[0], id: 'l', mapId: meta.id, source: 'a', target: 'missing', type: 'knows' as const, directed: false, strength: 2 as const, notes: '', referralMode: null }] };
    await expect(createMapFromSnapshot(db, broken)).rejects.toThrow('This map is damaged');
    expect(await db.mapIndex.count()).toBe(1);
  });
});

describe('data loss warning', () => {
  it('warns when the database is new but this profile had maps before', async () => {
    const store = new Map<string, string>([['good-help-map.hadData', 'yes']]);
    const storage = { getItem: (k: string) => store.get(k) ?? null } as Storage;
    const fresh = new GoodHelpDatabase(`fresh-${++counter}`);
    let warned = false;
    watchForDataLoss(fresh, storage, () => (warned = true));
    await fresh.open();
    expect(warned).toBe(true);
    fresh.close();
    await Dexie.delete(fresh.name);
  });

  it('does not warn on a first run', async () => {
    const storage = { getItem: () => null } as unknown as Storage;
    const fresh = new GoodHelpDatabase(`first-${++counter}`);
    let warned = false;
    watchForDataLoss(fresh, storage, () => (warned = true));
    await fresh.open();
    expect(warned).toBe(false);
    await Dexie.delete(fresh.name);
  });
});
