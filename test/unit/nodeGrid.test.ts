import { describe, expect, it } from 'vitest';
import { createNode } from '../../shared/model';
import { NodeGrid, viewRect } from '../../renderer/canvas/nodeGrid';
import { nextDetailLevel, PICTURE_ABOVE, DOM_AT_MOST } from '../../renderer/canvas/detailLevel';

const node = (id: string, x: number, y: number) => createNode('space', { id, mapId: 'm', name: id, x, y });

describe('node grid', () => {
  it('finds the node under a point, the one drawn on top when two overlap, and skips hidden nodes', () => {
    const nodes = [node('a', 0, 0), node('b', 100, 20), node('c', 5000, 5000)];
    expect(new NodeGrid(nodes).at({ x: 10, y: 10 })?.id).toBe('a');
    expect(new NodeGrid(nodes).at({ x: 150, y: 40 })?.id).toBe('b');
    expect(new NodeGrid(nodes, new Set(['b'])).at({ x: 150, y: 40 })?.id).toBe('a');
    expect(new NodeGrid(nodes).at({ x: 500, y: 500 })).toBeNull();
  });

  it('counts the nodes on screen, stopping at a cap, whatever the zoom', () => {
    const nodes = Array.from({ length: 2000 }, (_, i) => node(`n${i}`, (i % 50) * 300, Math.floor(i / 50) * 120));
    const grid = new NodeGrid(nodes);
    // The whole map on a 1000×600 screen at zoom 0.05, then one corner at zoom 1.
    expect(grid.inRect(viewRect([0, 0, 0.05], 1000, 600)).length).toBe(2000);
    expect(grid.inRect(viewRect([0, 0, 0.05], 1000, 600), 100).length).toBe(100);
    const corner = grid.inRect(viewRect([0, 0, 1], 1000, 600));
    expect(corner.length).toBe(4 * 6);
  });
});

describe('level of detail', () => {
  it('switches to the picture above a few hundred visible nodes and back only well below, so it never flickers', () => {
    expect(nextDetailLevel('dom', PICTURE_ABOVE)).toBe('dom');
    expect(nextDetailLevel('dom', PICTURE_ABOVE + 1)).toBe('picture');
    expect(nextDetailLevel('picture', DOM_AT_MOST + 1)).toBe('picture');
    expect(nextDetailLevel('picture', DOM_AT_MOST)).toBe('dom');
  });
});

describe('a grid after a few nodes changed', () => {
  it('finds the same nodes as a grid built again, keeps a renamed node in its place, and leaves hidden nodes out', () => {
    const nodes = Array.from({ length: 60 }, (_, i) => ({ id: `n${i}`, x: (i % 10) * 700, y: Math.floor(i / 10) * 700 }));
    const grid = new NodeGrid(nodes);
    const after = nodes.map((n) => (n.id === 'n3' ? { ...n, x: 5000, y: 3000 } : n.id === 'n4' ? { ...n } : n)).filter((n) => n.id !== 'n5');
    after.push({ id: 'new', x: 10, y: 10 });
    const byId = (list: { id: string; x: number; y: number }[]) => new Map(list.map((n) => [n.id, n]));
    const before = byId(nodes);
    const now = byId(after);
    const ids = ['n3', 'n4', 'n5', 'new'];
    const updated = grid.withChanges(ids.map((id) => ({ before: before.get(id), after: now.get(id) })), new Set(['new']));
    const rebuilt = new NodeGrid(after, new Set(['new']));
    const everywhere = { x: -1000, y: -1000, width: 20000, height: 20000 };
    const sorted = (g: NodeGrid<{ id: string; x: number; y: number }>) => g.inRect(everywhere).map((n) => n.id).sort();
    expect(sorted(updated)).toEqual(sorted(rebuilt));
    expect(updated.at({ x: 5010, y: 3010 })?.id).toBe('n3');
    expect(updated.at({ x: 4 * 700 + 5, y: 5 })).toBe(now.get('n4'));
    // The grid it came from is unchanged.
    expect(grid.at({ x: 3 * 700 + 5, y: 5 })?.id).toBe('n3');
  });
});
