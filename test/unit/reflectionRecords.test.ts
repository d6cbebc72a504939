import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createMapMeta, createNode, NODE_RECORD } from '../../shared/model';
import { DocumentReader, NODES } from '../../shared/sync';
import { exchange, fork, replica, seeded } from './syncHarness';

const MAP = createMapMeta('Kirkholt', new Date('2026-01-01T00:00:00Z'), 'm1');
const hub = createNode('space', { id: 'hub', mapId: 'm1', name: 'Kirkholt Hub', x: 0, y: 0 });
const reflect = (id: string, date: string, levels: Record<string, number>, by = '') => ({ type: 'recordReflection', args: { nodeId: 'hub', reflection: { id, date, by, levels } } }) as const;

describe('reflections are records of their own', () => {
  it('keeps both of two reflections added to one node at once, and the current levels count both', () => {
    const a = replica(seeded({ map: MAP, nodes: [hub], links: [] }), 'Alex');
    const b = replica(fork(a.ydoc), 'Sam');
    a.run(reflect('ra', '2026-03-01', { tailoring: 2, powerSharing: 3 }, 'Alex'));
    b.run(reflect('rb', '2026-03-05', { tailoring: 4 }, 'Sam'));
    exchange(a.ydoc, b.ydoc);
    expect(a.doc).toEqual(b.doc);
    const node = a.doc.nodes.hub!;
    if (node.kind !== 'space') throw new Error('expected a space');
    expect(node.reflections.map((r) => r.id).sort()).toEqual(['ra', 'rb']);
    // The later reflection (Sam's) sets tailoring; Alex's still sets power sharing.
    expect(node.selfAssessment).toEqual({ tailoring: 4, powerSharing: 3 });
    // Removing one never touches the other.
    b.run({ type: 'removeReflection', args: { nodeId: 'hub', reflectionId: 'ra' } });
    a.run(reflect('rc', '2026-03-06', { enablingLanguage: 1 }));
    exchange(a.ydoc, b.ydoc);
    const after = a.doc.nodes.hub! as typeof node;
    expect(after.reflections.map((r) => r.id)).toEqual(['rb', 'rc']);
    expect(after.selfAssessment).toEqual({ tailoring: 4, enablingLanguage: 1 });
    expect(b.doc).toEqual(a.doc);
  });

  it('reads a node stored with the old reflections field (node version 2), and rewrites it as entries on its next edit', () => {
    const ydoc = seeded({ map: MAP, nodes: [], links: [] });
    const old = new Y.Map<unknown>();
    const oldReflection = { id: 'r1', date: '2026-02-01', by: 'Earlier app', levels: { tailoring: 3 }, notes: {}, story: 'We changed the rota' };
    ydoc.transact(() => {
      ydoc.getMap<Y.Map<unknown>>(NODES).set('hub', old);
      for (const [k, v] of Object.entries({ kind: 'space', name: 'Kirkholt Hub', pos: [0, 0], reflections: [oldReflection], selfAssessment: { tailoring: 3 }, _m: { v: 2, by: 'Earlier app', at: '2026-02-01T00:00:00Z' } })) old.set(k, v);
    });
    const r = replica(ydoc, 'Alex');
    const node = r.doc.nodes.hub! as Extract<ReturnType<typeof createNode<'space'>>, object>;
    expect(node.reflections).toEqual([oldReflection]);
    r.run(reflect('r2', '2026-03-01', { powerSharing: 2 }));
    const stored = ydoc.getMap<Y.Map<unknown>>(NODES).get('hub')!;
    expect(stored.has('reflections')).toBe(false);
    expect(stored.get('r:r1')).toMatchObject({ date: '2026-02-01', story: 'We changed the rota', _v: 1, _o: 0 });
    expect(stored.get('_m')).toMatchObject({ v: NODE_RECORD.version });
    const again = new DocumentReader(ydoc).doc!.nodes.hub! as typeof node;
    expect(again.reflections.map((x) => x.id)).toEqual(['r1', 'r2']);
    expect(again.selfAssessment).toEqual({ tailoring: 3, powerSharing: 2 });
  });

  it('sets aside a node whose reflection entry is damaged, naming the field', () => {
    const ydoc = seeded({ map: MAP, nodes: [hub], links: [] });
    ydoc.getMap<Y.Map<unknown>>(NODES).get('hub')!.set('r:bad', { date: 'not a date', levels: {}, _v: 1, _o: 0 });
    const reader = new DocumentReader(ydoc);
    expect(reader.doc!.nodes.hub).toBeUndefined();
    expect(reader.problems[0]).toMatch(/Kirkholt Hub.*reflections/);
  });
});
