import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { applyPatch, documentFromSnapshot, runCommand } from '../../shared/editing';
import { createLink, createMapMeta, createNode } from '../../shared/model';
import { DocumentReader, lastChangeOf, NODES } from '../../shared/sync';
import { exchange, fork, replica, seeded, STAMP } from './syncHarness';

function demo() {
  const map = { ...createMapMeta('Kirkholt', new Date('2026-01-01T00:00:00Z'), 'm1'), areas: [{ id: 'a1', name: 'North' }, { id: 'a2', name: 'South' }] };
  const nodes = [
    createNode('space', { id: 's', mapId: 'm1', name: 'Library', x: 0, y: 0 }),
    createNode('person', { id: 'p', mapId: 'm1', name: 'Sam', x: 100, y: 0 }),
  ];
  const links = [createLink({ id: 'l', mapId: 'm1', source: 'p', target: 's', type: 'worksAt' })];
  return { map, nodes, links };
}

describe('map document (Yjs)', () => {
  it('reads back exactly the map that was written', () => {
    const snapshot = demo();
    const r = replica(seeded(snapshot));
    expect(r.doc).toEqual(documentFromSnapshot(snapshot));
    expect(r.reader.problems).toEqual([]);
  });

  it('gives the same map as applying the patch, for every kind of command', () => {
    const r = replica(seeded(demo()));
    const commands = [
      { type: 'addNode', args: { kind: 'organisation', x: 5, y: 6, id: 'o', name: 'Food bank' } },
      { type: 'updateNode', args: { id: 's', changes: { postcode: 'OL11 2AB', areaId: 'a2' } } },
      { type: 'moveNodes', args: { moves: [{ id: 'p', x: 42, y: 43 }] } },
      { type: 'updateMeta', args: { changes: { name: 'Kirkholt offer' } } },
      { type: 'editMapList', args: { list: 'areas', edit: { type: 'add', entry: { id: 'a3', name: 'East' } } } },
      { type: 'editStickyNotes', args: { type: 'add', note: { id: 'n1', x: 1, y: 2, text: 'Ask the GP' } } },
      
      { type: 'editMapList', args: { list: 'areas', edit: { type: 'remove', id: 'a2' } } },
      { type: 'deleteElements', args: { nodeIds: ['p'], linkIds: [] } },
    ] as const;
    for (const command of commands) {
      const before = r.doc;
      const outcome = runCommand(before, command as never);
      if (!outcome.ok) throw new Error(outcome.error);
      const expected = applyPatch(before, outcome.patch);
      r.run(command as never);
      expect(r.doc).toEqual(expected);
    }
    expect(r.doc.meta.areas.map((a) => a.name)).toEqual(['North', 'East']);
  });

  it('keeps every untouched record and list object when one record changes', () => {
    const r = replica(seeded(demo()));
    r.run({ type: 'editStickyNotes', args: { type: 'add', note: { id: 'n1', x: 1, y: 2 } } });
    const before = r.doc;
    r.run({ type: 'editStickyNotes', args: { type: 'move', moves: [{ id: 'n1', x: 50, y: 60 }], mergeKey: 'drag:1' } });
    expect(r.doc.meta.stickyNotes[0]).toMatchObject({ x: 50, y: 60 });
    expect(r.doc.meta.areas).toBe(before.meta.areas);
    expect(r.doc.meta.views).toBe(before.meta.views);
    expect(r.doc.meta.voting.votes).toBe(before.meta.voting.votes);
    expect(r.doc.nodes).toBe(before.nodes);
    expect(r.doc.links).toBe(before.links);
    const metaAfterDrag = r.doc.meta;
    r.run({ type: 'moveNodes', args: { moves: [{ id: 'p', x: 1, y: 1 }] } });
    expect(r.doc.meta).toBe(metaAfterDrag);
    expect(r.doc.nodes.s).toBe(before.nodes.s);
  });

  it('writes only the fields an edit changed', () => {
    const ydoc = seeded(demo());
    const r = replica(ydoc);
    const updates: Uint8Array[] = [];
    ydoc.on('update', (u: Uint8Array) => updates.push(u));
    r.run({ type: 'updateNode', args: { id: 's', changes: { name: 'Central library' } } });
    expect(updates).toHaveLength(1);
    // A field-level update is small: the name and the change stamp, not the whole node.
    expect(updates[0]!.byteLength).toBeLessThan(120);
  });

  it('keeps both of two people’s changes to different fields of one node', () => {
    const a = replica(seeded(demo()), 'Ana');
    const b = replica(fork(a.ydoc), 'Ben');
    a.run({ type: 'updateNode', args: { id: 's', changes: { name: 'Central library' } } });
    b.run({ type: 'updateNode', args: { id: 's', changes: { postcode: 'OL11 2AB' } } });
    exchange(a.ydoc, b.ydoc);
    expect(a.doc.nodes.s).toMatchObject({ name: 'Central library', postcode: 'OL11 2AB' });
    expect(b.doc).toEqual(a.doc);
  });

  it('keeps a sticky note added in one window and the map renamed in another', () => {
    const a = replica(seeded(demo()));
    const b = replica(fork(a.ydoc));
    a.run({ type: 'editStickyNotes', args: { type: 'add', note: { id: 'n1', x: 1, y: 2, text: 'Ask the GP' } } });
    b.run({ type: 'updateMeta', args: { changes: { name: 'Renamed' } } });
    exchange(a.ydoc, b.ydoc);
    for (const r of [a, b]) {
      expect(r.doc.meta.name).toBe('Renamed');
      expect(r.doc.meta.stickyNotes.map((n) => n.text)).toEqual(['Ask the GP']);
    }
  });

  it('keeps both entries when two people add to one list at once, in the same order everywhere', () => {
    const a = replica(seeded(demo()));
    const b = replica(fork(a.ydoc));
    a.run({ type: 'editMapList', args: { list: 'areas', edit: { type: 'add', entry: { id: 'x', name: 'East' } } } });
    b.run({ type: 'editMapList', args: { list: 'areas', edit: { type: 'add', entry: { id: 'y', name: 'West' } } } });
    exchange(a.ydoc, b.ydoc);
    expect(a.doc.meta.areas.map((x) => x.name)).toEqual(['North', 'South', 'East', 'West']);
    expect(b.doc.meta.areas).toEqual(a.doc.meta.areas);
  });

  it('sets aside an invalid record from elsewhere, reports it, and shows the rest', () => {
    const a = replica(seeded(demo()));
    const evil = fork(a.ydoc);
    evil.transact(() => {
      const rec = new Y.Map<unknown>();
      for (const [k, v] of Object.entries({ id: 'bad', mapId: 'm1', kind: 'space', name: 'Broken', x: 'left', y: 0, _m: { v: 2, by: 'Evil', at: 'now' } })) rec.set(k, v);
      evil.getMap<Y.Map<unknown>>(NODES).set('bad', rec);
      const future = new Y.Map<unknown>();
      for (const [k, v] of Object.entries({ id: 'f', mapId: 'm1', kind: 'space', name: 'Future', x: 0, y: 0, _m: { v: 99, by: 'Future', at: 'now' } })) future.set(k, v);
      evil.getMap<Y.Map<unknown>>(NODES).set('f', future);
    });
    exchange(evil, a.ydoc);
    expect(Object.keys(a.doc.nodes).sort()).toEqual(['p', 's']);
    expect(a.reader.problems).toEqual([
      'Node "Broken" was set aside: it could not be read (x): Invalid input: expected number, received string',
      'Node "Future" was set aside: it was made by a newer version of Good Help Map (node version 99); update the app to see it',
    ]);
    // Editing the rest of the map carries on, and the bad record is not spread further.
    a.run({ type: 'updateNode', args: { id: 's', changes: { name: 'Still fine' } } });
    expect(a.doc.nodes.s?.name).toBe('Still fine');
  });

  it('holds back a link to a node deleted elsewhere, and never shows a dangling link', () => {
    const a = replica(seeded(demo()));
    const b = replica(fork(a.ydoc));
    a.run({ type: 'deleteElements', args: { nodeIds: ['s'], linkIds: [] } });
    b.run({ type: 'addLink', args: { source: 's', target: 'p', type: 'knows', id: 'l2' } });
    exchange(a.ydoc, b.ydoc);
    for (const r of [a, b]) {
      expect(Object.keys(r.doc.links)).toEqual([]);
      for (const link of Object.values(r.doc.links)) expect(r.doc.nodes[link.source] && r.doc.nodes[link.target]).toBeTruthy();
    }
  });

  it('records who last changed a record and when', () => {
    const a = replica(seeded(demo()), 'Ana');
    a.run({ type: 'updateNode', args: { id: 's', changes: { name: 'Central library' } } });
    expect(lastChangeOf(a.ydoc, NODES, 's')).toEqual({ by: 'Ana', at: STAMP.at });
    expect(lastChangeOf(a.ydoc, NODES, 'p')).toEqual(STAMP);
  });

  it('reads an empty document as no map', () => {
    expect(new DocumentReader(new Y.Doc()).doc).toBeNull();
  });
});
