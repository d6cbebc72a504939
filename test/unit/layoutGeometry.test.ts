import { describe, expect, it } from 'vitest';
import { findFreeSpot } from '../../shared/layout/freeSpot';
import { NODE_HEIGHT, NODE_WIDTH, boundsOfNodes, boxExit } from '../../shared/layout/nodeSize';

const overlaps = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.abs(a.x - b.x) < NODE_WIDTH && Math.abs(a.y - b.y) < NODE_HEIGHT;

describe('placing new nodes', () => {
  it('uses the spot asked for when it is free', () => {
    expect(findFreeSpot([{ x: 1000, y: 1000 }], { x: 0, y: 0 })).toEqual({ x: 0, y: 0 });
  });

  it('places twenty nodes added in a row without any overlapping, close to where they were asked for', () => {
    const placed: { x: number; y: number }[] = [];
    for (let i = 0; i < 20; i++) placed.push(findFreeSpot(placed, { x: 100, y: 100 }));
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i]!, placed[j]!)).toBe(false);
    }
    for (const p of placed) expect(Math.hypot(p.x - 100, p.y - 100)).toBeLessThan(4 * NODE_WIDTH);
  });
});

describe('node geometry', () => {
  it('clips a link to the edge of a node box', () => {
    expect(boxExit({ x: 0, y: 0 }, { x: 1000, y: 0 })).toEqual({ x: NODE_WIDTH / 2, y: 0 });
    expect(boxExit({ x: 0, y: 0 }, { x: 0, y: -1000 })).toEqual({ x: 0, y: -NODE_HEIGHT / 2 });
    const corner = boxExit({ x: 0, y: 0 }, { x: 1000, y: 1000 });
    expect(corner).toEqual({ x: NODE_HEIGHT / 2, y: NODE_HEIGHT / 2 });
  });

  it('finds the bounds of the whole map', () => {
    expect(boundsOfNodes([])).toBeNull();
    expect(boundsOfNodes([{ x: -10, y: 5 }, { x: 90, y: 50 }])).toEqual({ x: -10, y: 5, width: 100 + NODE_WIDTH, height: 45 + NODE_HEIGHT });
  });
});
