import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { applyPatch, runCommand, snapshotFromDocument, type Command, type MapDocument } from '../../shared/editing';
import { createMapMeta, createNode, mapMetaSchema, type MapMeta } from '../../shared/model';
import { compareMaps, createCompareCache } from '../../shared/snapshots/compareMaps';
import { describeFieldChange } from '../../shared/snapshots/describeChange';
import { GoodHelpDatabase } from '../../renderer/storage/database';
import { createMap, loadMap, purgeMap, savePatch } from '../../renderer/storage/mapRepository';
import {
  deleteMapSnapshot,
  listMapSnapshots,
  loadMapSnapshot,
  renameMapSnapshot,
  saveMapSnapshot,
} from '../../renderer/storage/snapshotRepository';

function run(doc: MapDocument, command: Command): MapDocument {
  const outcome = runCommand(doc, command);
  if (!outcome.ok) throw new Error(outcome.error);
  return applyPatch(doc, outcome.patch);
}

function beforeMap(): MapDocument {
  let doc: MapDocument = { meta: createMapMeta('Millbrook', new Date('2026-01-01T00:00:00Z'), 'map'), nodes: {}, links: {} };
  doc = run(doc, { type: 'addNode', args: { kind: 'space', id: 'lib', name: 'Library', x: 0, y: 0 } });
  doc = run(doc, { type: 'addNode', args: { kind: 'organisation', id: 'food', name: 'Food bank', x: 300, y: 0 } });
  doc = run(doc, { type: 'addNode', args: { kind: 'person', id: 'ana', name: 'Advocate', x: 0, y: 300 } });
  doc = run(doc, { type: 'addNode', args: { kind: 'project', id: 'old', name: 'Old project', x: 600, y: 0 } });
  doc = run(doc, { type: 'addLink', args: { id: 'l1', source: 'ana', target: 'lib', type: 'worksAt' } });
  return doc;
}

describe('compare two versions of a map', () => {
  it('lists exactly what was added, removed and changed; a move only is listed apart, not as a change', () => {
    const before = beforeMap();
    let after = before;
    after = run(after, { type: 'addNode', args: { kind: 'space', id: 'hub', name: 'Youth hub', x: 900, y: 0 } });
    after = run(after, { type: 'deleteElements', args: { nodeIds: ['old'], linkIds: [] } });
    after = run(after, { type: 'updateNode', args: { id: 'food', changes: { name: 'Millbrook Food Bank' } } });
    after = run(after, { type: 'moveNodes', args: { moves: [{ id: 'lib', x: 40, y: 80 }] } });
    after = run(after, { type: 'addLink', args: { id: 'l2', source: 'lib', target: 'food', type: 'refersTo' } });

    const diff = compareMaps(snapshotFromDocument(before), snapshotFromDocument(after));
    expect(diff.nodes.added.map((n) => [n.name, n.kindLabel])).toEqual([['Youth hub', 'Space']]);
    expect(diff.nodes.removed.map((n) => n.name)).toEqual(['Old project']);
    expect(diff.nodes.changed.map((n) => [n.name, n.changes])).toEqual([['Millbrook Food Bank', ['Renamed from “Food bank” to “Millbrook Food Bank”']]]);
    expect(diff.nodes.moved.map((n) => n.name)).toEqual(['Library']);
    expect(diff.links.added.map((l) => l.description)).toEqual(['Library → Millbrook Food Bank (refers or signposts to)']);
    expect(diff.links.removed).toEqual([]);
    expect(diff.links.changed).toEqual([]);
    expect(diff.other).toEqual([]);
    expect(diff.changeCount).toBe(4);
  });

  it('says in plain English which fields changed', () => {
    const before = beforeMap();
    let after = run(before, { type: 'updateNode', args: { id: 'lib', changes: { postcode: 'OL11 2AB', tags: ['warm space'], audiences: ['youngPeople'], notes: 'Quiet room upstairs' } } });
    after = run(after, { type: 'updateLink', args: { id: 'l1', changes: { strength: 3 } } });
    after = run(after, { type: 'editStickyNotes', args: { type: 'add', note: { x: 0, y: 0, text: 'Evenings?' } } });
    const diff = compareMaps(snapshotFromDocument(before), snapshotFromDocument(after));
    expect(diff.nodes.changed[0]!.changes).toEqual([
      'Tags: added “warm space”',
      'Notes added',
      'Postcode set to “OL11 2AB”',
      'Who it welcomes: added “Young people”',
    ]);
    expect(diff.links.changed.map((l) => [l.description, l.changes])).toEqual([['Advocate → Library (works at / volunteers at)', ['Strength changed from ordinary to strong']]]);
    expect(diff.other).toEqual(['1 sticky note added']);
  });

  it('gives the same answer with the cache the compare panel keeps between edits', () => {
    const before = snapshotFromDocument(beforeMap());
    const cache = createCompareCache(before);
    let doc = run(beforeMap(), { type: 'updateNode', args: { id: 'lib', changes: { name: 'Central Library' } } });
    expect(compareMaps(before, snapshotFromDocument(doc), cache)).toEqual(compareMaps(before, snapshotFromDocument(doc)));
    doc = run(doc, { type: 'updateNode', args: { id: 'food', changes: { website: 'foodbank.example' } } });
    doc = run(doc, { type: 'updateLink', args: { id: 'l1', changes: { strength: 1 } } });
    const cached = compareMaps(before, snapshotFromDocument(doc), cache);
    expect(cached).toEqual(compareMaps(before, snapshotFromDocument(doc)));
    expect(cached.changeCount).toBe(3);
  });

  it('finds nothing when nothing changed', () => {
    const doc = beforeMap();
    const diff = compareMaps(snapshotFromDocument(doc), snapshotFromDocument(doc));
    expect(diff.changeCount).toBe(0);
    expect(diff.nodes.moved).toEqual([]);
  });
});

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('stored snapshots', () => {
  it('upgrades a version 1 database to the current version and keeps every map', async () => {
    const name = `upgrade-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ maps: 'id, updatedAt', nodes: '[mapId+id], mapId', links: '[mapId+id], mapId' });
    const { stickyNotes: _s, voting: _v, parkingLot: _p, ...oldMeta } = createMapMeta('Made before snapshots', new Date('2026-01-01T00:00:00Z'), 'm1');
    const node = createNode('space', { id: 'n1', mapId: 'm1', name: 'Library', x: 1, y: 2 });
    await v1.table('maps').add(oldMeta);
    await v1.table('nodes').add(node);
    v1.close();

    const db = new GoodHelpDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(3);
    const { doc, problems } = await loadMap(db, 'm1');
    const stored: MapMeta = doc.meta;
    expect(stored.stickyNotes).toEqual([]);
    expect(stored.voting.dotsEach).toBe(3);
    expect(mapMetaSchema.safeParse(stored).success).toBe(true);
    expect(problems).toEqual([]);
    expect(doc.meta.name).toBe('Made before snapshots');
    expect(doc.nodes.n1).toEqual(node);
    expect(await db.snapshots.count()).toBe(0);
  });

  it('saves, lists, loads, renames and deletes snapshots; the map is untouched, purging takes them', async () => {
    const db = new GoodHelpDatabase(`snapshots-${Math.random()}`);
    opened.push(db);
    await db.open();
    const meta = await createMap(db, 'Kirkholt');
    let doc = (await loadMap(db, meta.id)).doc;
    const add = runCommand(doc, { type: 'addNode', args: { kind: 'space', id: 's', name: 'Library', x: 0, y: 0 } });
    if (!add.ok) throw new Error(add.error);
    await savePatch(db, meta.id, add.patch);
    doc = applyPatch(doc, add.patch);

    const first = await saveMapSnapshot(db, doc, 'Before the workshop', new Date('2026-03-01T10:00:00Z'));
    await saveMapSnapshot(db, doc, 'After', new Date('2026-03-01T12:00:00Z'));
    expect(first).toMatchObject({ name: 'Before the workshop', nodeCount: 1, linkCount: 0, mapId: meta.id });
    const { snapshots } = await listMapSnapshots(db, meta.id);
    expect(snapshots.map((s) => s.name)).toEqual(['After', 'Before the workshop']);
    expect((await loadMapSnapshot(db, first.id)).snapshot.nodes.map((n) => n.name)).toEqual(['Library']);
    await renameMapSnapshot(db, first.id, 'Start of the day');
    await expect(renameMapSnapshot(db, first.id, '   ')).rejects.toThrow();
    expect((await loadMapSnapshot(db, first.id)).name).toBe('Start of the day');
    await deleteMapSnapshot(db, first.id);
    expect((await listMapSnapshots(db, meta.id)).snapshots.map((s) => s.name)).toEqual(['After']);
    expect(Object.keys((await loadMap(db, meta.id)).doc.nodes)).toEqual(['s']);
    await purgeMap(db, meta.id);
    expect(await db.snapshots.count()).toBe(0);
  });
});

describe('describing Good Help changes', () => {
  it('says how many reflections and stories came or went, and names support by its label', () => {
    const entry = { date: '2026-11-01', by: 'Lead', levels: {}, notes: {}, story: '' };
    expect(describeFieldChange('reflections', [entry], [entry, { ...entry, date: '2026-11-20' }], [])).toBe('Good Help reflections: 1 added');
    expect(describeFieldChange('impactStories', [{ text: 'a' }, { text: 'b' }], [], [])).toBe('Impact stories: 2 taken away');
    expect(describeFieldChange('supportOffered', [], ['coaching'], [])).toMatch(/^Support offered: added “.*[Cc]oaching.*”$/);
    expect(describeFieldChange('promoterCounts', { promoters: 1, passives: 0, detractors: 0 }, { promoters: 2, passives: 0, detractors: 0 }, [])).toBe('Net promoter survey changed');
  });
});
