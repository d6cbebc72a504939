import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { documentFromSnapshot, snapshotFromDocument } from '../../shared/editing';
import { createLink, createMapMeta, createNode, type MapMeta } from '../../shared/model';
import { GoodHelpDatabase } from '../../renderer/storage/database';
import { listMaps, loadMap } from '../../renderer/storage/mapRepository';
import { listMapSnapshots, loadMapSnapshot } from '../../renderer/storage/snapshotRepository';
import { ReleaseV2Database } from '../fixtures/releaseV2Database';

let n = 0;

describe('moving today’s database to the synced document', () => {
  it('moves every map, node, link and snapshot of a version 2 database, nothing lost', async () => {
    const name = `release-v2-${++n}`;
    const old = new ReleaseV2Database(name);
    const first: MapMeta = {
      ...createMapMeta('Kirkholt', new Date('2026-02-01T09:00:00Z'), 'm1'),
      updatedAt: '2026-03-01T10:00:00.000Z',
      areas: [{ id: 'a1', name: 'North', imdDecile: 2 }],
      views: [{ id: 'v1', name: 'Everyone', lens: { colour: 'area', size: null, linkColour: true, filter: null }, focus: null, viewport: null }],
      stickyNotes: [{ id: 'st', text: 'Ask the GP', colour: 'blue', x: 1, y: 2, width: 200, height: 140 }],
      parkingLot: [{ id: 'pk', text: 'Funding', done: true, addedAt: '2026-02-02T10:00:00.000Z' }],
      voting: { participants: [{ id: 'pa', name: 'Ana' }], votes: [{ id: 'vo', participantId: 'pa', target: { kind: 'node', id: 's' } }], dotsEach: 5, tallyHidden: true },
    };
    const nodes = [
      { ...createNode('space', { id: 's', mapId: 'm1', name: 'Library', x: 1, y: 2 }), postcode: 'OL11 2AB', areaId: 'a1', sessions: [{ day: 1, start: '09:00', end: '12:00' }] },
      { ...createNode('person', { id: 'p', mapId: 'm1', name: 'Sam', x: 3, y: 4 }), tags: ['advocate'] },
    ];
    const links = [createLink({ id: 'l', mapId: 'm1', source: 'p', target: 's', type: 'worksAt' })];
    await old.storeMap(first, nodes, links);
    const second = { ...createMapMeta('Binned', new Date('2026-02-01T09:00:00Z'), 'm2'), deletedAt: new Date().toISOString() };
    await old.storeMap(second, [], []);
    const snapshot = snapshotFromDocument(documentFromSnapshot({ map: first, nodes, links }));
    await old.snapshots.add({ id: 'snap', mapId: 'm1', name: 'Before', createdAt: '2026-02-20T10:00:00.000Z', nodeCount: 2, linkCount: 1, snapshot });
    // A record damaged by an old bug: today's release left it out on load; the upgrade keeps it aside.
    await old.nodes.put({ id: 'bad', mapId: 'm1', kind: 'space', name: 'Broken', x: 'left' } as never);
    old.close();

    const db = new GoodHelpDatabase(name);
    await db.open();
    expect(db.verno).toBe(3);
    const list = await listMaps(db);
    expect(list.maps.map((m) => [m.id, m.name, m.updatedAt, Boolean(m.deletedAt)])).toEqual([
      ['m1', 'Kirkholt', '2026-03-01T10:00:00.000Z', false],
      ['m2', 'Binned', second.updatedAt, true],
    ]);
    const { doc, problems } = await loadMap(db, 'm1');
    expect(problems).toEqual([]);
    expect(doc.meta).toEqual(first);
    expect(doc.nodes).toEqual({ s: nodes[0], p: nodes[1] });
    expect(doc.links).toEqual({ l: links[0] });
    expect((await listMapSnapshots(db, 'm1')).snapshots.map((s) => s.name)).toEqual(['Before']);
    expect((await loadMapSnapshot(db, 'snap')).snapshot).toEqual(snapshot);
    expect(await db.setAside.toArray()).toEqual([
      { id: 1, mapId: 'm1', kind: 'node', record: { id: 'bad', mapId: 'm1', kind: 'space', name: 'Broken', x: 'left' }, problem: 'it could not be read (x): Invalid input: expected number, received string' },
    ]);
    // The old tables are emptied in the same transaction: no second copy of people's data.
    expect([await db.maps.count(), await db.nodes.count(), await db.links.count()]).toEqual([0, 0, 0]);
    db.close();
    await Dexie.delete(name);
  });
});
