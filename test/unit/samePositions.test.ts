import { describe, expect, it } from 'vitest';
import { samePositions } from '../../renderer/canvas/samePositions';
import { createMapMeta, createNode } from '../../shared/model';
import { replica, seeded } from './syncHarness';

function map() {
  const meta = createMapMeta('Places', new Date('2026-01-01T00:00:00Z'), 'm1');
  const nodes = [createNode('space', { id: 'a', mapId: 'm1', name: 'Library', x: 0, y: 0 }), createNode('person', { id: 'b', mapId: 'm1', name: 'Sam', x: 100, y: 0 })];
  return replica(seeded({ map: meta, nodes, links: [] }));
}

// The picture's keyboard focus keeps its spots while an edit moves nothing, found from what the
// edit touched: these make sure a move, an addition or a removal is never taken for "nothing moved".
describe('samePositions', () => {
  it('holds after a rename, and not after a move, an addition or a removal', () => {
    const r = map();
    const start = r.doc!.nodes;
    r.run({ type: 'updateNode', args: { id: 'a', changes: { name: 'Central Library' } } });
    expect(samePositions(start, r.doc!.nodes)).toBe(true);
    const renamed = r.doc!.nodes;
    r.run({ type: 'moveNodes', args: { moves: [{ id: 'b', x: 120, y: 0 }] } });
    expect(samePositions(renamed, r.doc!.nodes)).toBe(false);
    expect(samePositions(start, r.doc!.nodes)).toBe(false);
    const moved = r.doc!.nodes;
    r.run({ type: 'addNode', args: { kind: 'person', x: 5, y: 5, id: 'c', name: 'Ann' } });
    expect(samePositions(moved, r.doc!.nodes)).toBe(false);
    const added = r.doc!.nodes;
    r.run({ type: 'deleteElements', args: { nodeIds: ['c'], linkIds: [] } });
    expect(samePositions(added, r.doc!.nodes)).toBe(false);
  });

  it('says false when it cannot tell (collections the reader did not make one from the other)', () => {
    const a = map().doc!.nodes;
    const b = map().doc!.nodes;
    expect(samePositions(a, b)).toBe(false);
    expect(samePositions(a, a)).toBe(true);
  });
});
