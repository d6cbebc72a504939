import { describe, expect, it } from 'vitest';
import { NODE_HEIGHT, NODE_WIDTH, boundsOfNodes } from '../../shared/layout/nodeSize';
import { placeNearNeighbours } from '../../shared/layout/placeNearNeighbours';

type P = { x: number; y: number };
const overlaps = (a: P, b: P) => Math.abs(a.x - b.x) < NODE_WIDTH && Math.abs(a.y - b.y) < NODE_HEIGHT;
const centre = (p: P) => ({ x: p.x + NODE_WIDTH / 2, y: p.y + NODE_HEIGHT / 2 });
const distance = (a: P, b: P) => Math.hypot(centre(a).x - centre(b).x, centre(a).y - centre(b).y);

function expectNoOverlaps(points: readonly P[]): void {
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) expect(overlaps(points[i]!, points[j]!), `${i} and ${j} overlap`).toBe(false);
  }
}

/** A ring of ten placed nodes, each linked to the next. */
const ring = Array.from({ length: 10 }, (_, i) => ({
  id: `p${i}`,
  x: Math.round(Math.cos((i / 10) * 2 * Math.PI) * 800),
  y: Math.round(Math.sin((i / 10) * 2 * Math.PI) * 500),
}));
const ringLinks = ring.map((p, i) => ({ source: p.id, target: ring[(i + 1) % ring.length]!.id }));

describe('placing new nodes near the nodes they link to', () => {
  it('puts a new node within a short distance of its one neighbour, without moving or covering anything', () => {
    const out = placeNearNeighbours(ring, ['new'], [...ringLinks, { source: 'new', target: 'p3' }]);
    expect([...out.keys()]).toEqual(['new']);
    const spot = out.get('new')!;
    expect(distance(spot, ring[3]!)).toBeLessThan(1.6 * NODE_WIDTH);
    expectNoOverlaps([...ring, spot]);
  });

  it('puts a node linked to two placed nodes between them', () => {
    const a = { id: 'a', x: 0, y: 0 };
    const b = { id: 'b', x: 1200, y: 0 };
    const spot = placeNearNeighbours([a, b], ['n'], [{ source: 'a', target: 'n' }, { source: 'n', target: 'b' }]).get('n')!;
    expect(spot.x).toBeGreaterThan(300);
    expect(spot.x).toBeLessThan(900);
    expect(Math.abs(spot.y)).toBeLessThan(2 * NODE_HEIGHT);
  });

  it('places a chain of newcomers one after another, each beside the one before', () => {
    const chain = ['c0', 'c1', 'c2', 'c3'];
    const links = [{ source: 'p0', target: 'c0' }, ...chain.slice(1).map((id, i) => ({ source: chain[i]!, target: id }))];
    const out = placeNearNeighbours(ring, chain, [...ringLinks, ...links]);
    expect(distance(out.get('c0')!, ring[0]!)).toBeLessThan(2 * NODE_WIDTH);
    for (let i = 1; i < chain.length; i++) expect(distance(out.get(chain[i]!)!, out.get(chain[i - 1]!)!)).toBeLessThan(2 * NODE_WIDTH);
    expectNoOverlaps([...ring, ...out.values()]);
  });

  it('puts many newcomers around one busy node without any overlapping', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `n${i}`);
    const out = placeNearNeighbours(ring, ids, [...ringLinks, ...ids.map((id) => ({ source: 'p5', target: id }))]);
    expect(out.size).toBe(40);
    expectNoOverlaps([...ring, ...out.values()]);
    const median = [...out.values()].map((p) => distance(p, ring[5]!)).sort((a, b) => a - b)[20]!;
    expect(median).toBeLessThan(5 * NODE_WIDTH);
  });

  it('puts unlinked newcomers in a tidy block beside the map, not on top of it or at the origin', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `u${i}`);
    const out = placeNearNeighbours(ring, ids, ringLinks);
    const map = boundsOfNodes(ring)!;
    for (const p of out.values()) expect(p.x).toBeGreaterThanOrEqual(map.x + map.width);
    expectNoOverlaps([...ring, ...out.values()]);
    const block = boundsOfNodes(out.values())!;
    expect(block.width / block.height).toBeGreaterThan(0.5);
    expect(block.width / block.height).toBeLessThan(4);
  });

  it('lays out a group linked only among itself as a group, beside the map', () => {
    const ids = ['g0', 'g1', 'g2', 'g3', 'g4'];
    const links = ids.slice(1).map((id) => ({ source: 'g0', target: id }));
    const out = placeNearNeighbours(ring, ids, [...ringLinks, ...links]);
    const map = boundsOfNodes(ring)!;
    for (const id of ids) {
      expect(out.get(id)!.x).toBeGreaterThan(map.x + map.width);
      if (id !== 'g0') expect(distance(out.get(id)!, out.get('g0')!)).toBeLessThan(2 * NODE_WIDTH);
    }
  });

  it('places a whole imported map with no positions at all, every node near a neighbour', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `i${i}`);
    const links = ids.slice(1).map((id, i) => ({ source: ids[Math.floor(i / 3)]!, target: id }));
    const out = placeNearNeighbours([], ids, links);
    expect(out.size).toBe(300);
    expectNoOverlaps([...out.values()]);
    for (const { source, target } of links) expect(distance(out.get(source)!, out.get(target)!)).toBeLessThan(12 * NODE_WIDTH);
  });

  it('gives the same answer every time for the same input', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `n${i}`);
    const links = ids.map((id, i) => ({ source: i % 2 ? ring[i % 10]!.id : ids[Math.max(0, i - 3)]!, target: id }));
    const first = placeNearNeighbours(ring, ids, [...ringLinks, ...links], { seed: 7 });
    const second = placeNearNeighbours(ring, ids, [...ringLinks, ...links], { seed: 7 });
    expect([...first.entries()]).toEqual([...second.entries()]);
  });

  it('ignores newcomers that already have a place, and returns nothing when there is nothing to place', () => {
    expect(placeNearNeighbours(ring, ['p1'], ringLinks).size).toBe(0);
    expect(placeNearNeighbours(ring, [], ringLinks).size).toBe(0);
  });
});
