import { describe, expect, it } from 'vitest';
import { createNode } from '../../shared/model';
import { nodeAtPoint } from '../../renderer/canvas/overviewHitTest';

const node = (id: string, x: number, y: number) => createNode('space', { id, mapId: 'm', name: id, x, y });

describe('overview hit test', () => {
  it('finds the node under a point, the one drawn on top when two overlap, and skips hidden nodes', () => {
    const nodes = [node('a', 0, 0), node('b', 100, 20), node('c', 1000, 1000)];
    expect(nodeAtPoint(nodes, { x: 10, y: 10 })?.id).toBe('a');
    expect(nodeAtPoint(nodes, { x: 150, y: 40 })?.id).toBe('b');
    expect(nodeAtPoint(nodes, { x: 150, y: 40 }, new Set(['b']))?.id).toBe('a');
    expect(nodeAtPoint(nodes, { x: 500, y: 500 })).toBeNull();
  });
});
