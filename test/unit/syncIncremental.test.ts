import { describe, expect, it } from 'vitest';
import { slicePatch } from '../../shared/editing';
import { createLink, createMapMeta, createNode } from '../../shared/model';
import { changedBetween, LOCAL_EDIT, writePatch } from '../../shared/sync';
import { replica, seeded, STAMP } from './syncHarness';

const map = createMapMeta('Kirkholt', new Date('2026-01-01T00:00:00Z'), 'm1');
const nodes = Array.from({ length: 200 }, (_, i) => createNode(i % 2 ? 'person' : 'space', { id: `n${i}`, mapId: 'm1', name: `Node ${i}`, x: i * 10, y: 0, }));
const links = Array.from({ length: 150 }, (_, i) => createLink({ id: `l${i}`, mapId: 'm1', source: `n${i}`, target: `n${i + 1}`, type: 'knows' }));

describe('reading a map document as it changes', () => {
  it('re-reads and validates only the record an edit changed, and every other record keeps its object', () => {
    const r = replica(seeded({ map, nodes, links }));
    const before = r.doc;
    const read = r.reader.recordsRead;
    r.run({ type: 'updateNode', args: { id: 'n7', changes: { name: 'Food bank' } } });
    expect(r.reader.recordsRead - read).toBe(1);
    const after = r.doc;
    expect(after.nodes.n7!.name).toBe('Food bank');
    // A rename keeps the node's lists as they were: selectors comparing fields see only the name change.
    expect(after.nodes.n7!.tags).toBe(before.nodes.n7!.tags);
    for (const id of Object.keys(before.nodes)) if (id !== 'n7') expect(after.nodes[id]).toBe(before.nodes[id]);
    expect(after.links).toBe(before.links);
    expect(after.meta).toBe(before.meta);
  });

  it('reads a drag’s one move as one record, and a moved link end only as that link', () => {
    const r = replica(seeded({ map, nodes, links }));
    let read = r.reader.recordsRead;
    r.run({ type: 'moveNodes', args: { moves: [{ id: 'n3', x: 5, y: 5 }] } });
    expect(r.reader.recordsRead - read).toBe(1);
    read = r.reader.recordsRead;
    r.run({ type: 'updateLink', args: { id: 'l3', changes: { notes: 'Weekly' } } });
    expect(r.reader.recordsRead - read).toBe(1);
  });

  it('tells selectors which nodes changed between versions, across several edits, and admits when it cannot', () => {
    const r = replica(seeded({ map, nodes, links }));
    const first = r.doc.nodes;
    r.run({ type: 'updateNode', args: { id: 'n1', changes: { name: 'One' } } });
    const second = r.doc.nodes;
    r.run({ type: 'deleteElements', args: { nodeIds: ['n9'], linkIds: [] } });
    expect([...changedBetween(first, second)!]).toEqual(['n1']);
    expect([...changedBetween(first, r.doc.nodes)!].sort()).toEqual(['n1', 'n9']);
    expect(changedBetween(second, second)!.size).toBe(0);
    expect(changedBetween({}, r.doc.nodes)).toBeNull();
  });

  it('gives the same map when a big patch is written in slices as when written whole', () => {
    const whole = replica(seeded({ map, nodes, links }));
    const sliced = replica(seeded({ map, nodes, links }));
    const moves = nodes.map((n, i) => ({ id: n.id, x: i * 3, y: i * 7 }));
    const outcome = whole.run({ type: 'applyLayout', args: { moves, label: 'Tidy' } });
    const slices = slicePatch(outcome.patch, 30);
    expect(slices).toHaveLength(7);
    for (const slice of slices) writePatch(sliced.ydoc, slice, LOCAL_EDIT, STAMP);
    expect(sliced.doc.nodes).toEqual(whole.doc.nodes);
    expect(slicePatch(outcome.patch, 500)).toEqual([outcome.patch]);
  });
});
