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
