import { describe, expect, it } from 'vitest';
import { louvainPartition } from '../../shared/network/louvainPartition';
import { LayoutSimulation } from '../../shared/layout/layoutSimulation';
import { DEFAULT_LAYOUT_OPTIONS, type LayoutGraph, type LayoutMode } from '../../shared/layout/layoutTypes';
import { edgeLengthSpread, overlappingPairs } from '../../shared/layout/layoutQuality';
import { NODE_WIDTH } from '../../shared/layout/nodeSize';
import { seededRandom } from '../../shared/network/seededRandom';

/** A clustered random graph with messy starting positions: a fixed seed, so tests are stable. */
export function makeGraph(n: number, linksPerNode = 1.5, seed = 3, pinnedEvery = 0): LayoutGraph {
  const random = seededRandom(seed);
  const positions = new Float64Array(2 * n);
  for (let i = 0; i < 2 * n; i++) positions[i] = Math.round(random() * Math.sqrt(n) * 150);
  const pinned = new Uint8Array(n);
  if (pinnedEvery) for (let i = 0; i < n; i += pinnedEvery) pinned[i] = 1;
  const links: number[] = [];
  const clusters = Math.max(1, Math.round(n / 12));
  for (let k = 0; k < n * linksPerNode; k++) {
    const a = Math.floor(random() * n);
    const b = random() < 0.85 ? (a + clusters * (1 + Math.floor(random() * 3))) % n : Math.floor(random() * n);
    if (a !== b) links.push(a, b);
  }
  return { ids: Array.from({ length: n }, (_, i) => `n${i}`), positions, pinned, links: Uint32Array.from(links) };
}

const run = (graph: LayoutGraph, mode: LayoutMode = { kind: 'organic' }, seed = 1) => {
  const sim = new LayoutSimulation(graph, mode, { ...DEFAULT_LAYOUT_OPTIONS, seed });
  const reason = sim.run();
  return { sim, reason, positions: sim.finalPositions() };
};

describe('the force layout', () => {
  it('is deterministic: the same graph and seed give exactly the same positions', () => {
    const graph = makeGraph(150);
    expect(run(graph).positions).toEqual(run(graph).positions);
    expect(run(graph, { kind: 'cluster', grouping: null }, 5).positions).toEqual(run(graph, { kind: 'cluster', grouping: null }, 5).positions);
  });

  it('never moves a pinned node, in any mode', () => {
    const graph = makeGraph(120, 1.5, 4, 5);
    const modes: LayoutMode[] = [{ kind: 'organic' }, { kind: 'cluster', grouping: null }, { kind: 'focus', centre: 1, steps: 2 }, { kind: 'overlap' }];
    for (const mode of modes) {
      const { positions } = run(graph, mode);
      for (let i = 0; i < 120; i += 5) {
        expect(positions[2 * i], `${mode.kind}: node ${i} x`).toBe(graph.positions[2 * i]);
        expect(positions[2 * i + 1], `${mode.kind}: node ${i} y`).toBe(graph.positions[2 * i + 1]);
      }
    }
  });

  it('settles on its own, leaving no overlapping nodes and links of similar length', () => {
    const graph = makeGraph(300);
    const before = overlappingPairs(graph.positions);
    const { reason, positions, sim } = run(graph);
    expect(reason).toBe('settled');
    expect(sim.tickCount).toBeLessThan(DEFAULT_LAYOUT_OPTIONS.maxTicks);
    expect(before).toBeGreaterThan(20);
    expect(overlappingPairs(positions)).toBe(0);
    expect(edgeLengthSpread(positions, graph.links)).toBeLessThan(edgeLengthSpread(graph.positions, graph.links));
  });

  it('removes overlaps while keeping every node close to where it was', () => {
    const graph = makeGraph(200);
    const { positions } = run(graph, { kind: 'overlap' });
    expect(overlappingPairs(positions)).toBe(0);
    let total = 0;
    for (let i = 0; i < positions.length; i++) total += Math.abs(positions[i]! - graph.positions[i]!);
    expect(total / 200).toBeLessThan(NODE_WIDTH);
  });

  it('gathers each group around its own centre', () => {
    const graph = makeGraph(160);
    const groupOf = Int32Array.from({ length: 160 }, (_, i) => i % 4);
    const { positions } = run(graph, { kind: 'cluster', grouping: { groupOf, labels: ['A', 'B', 'C', 'D'] } });
    const centres = [0, 1, 2, 3].map((g) => {
      let x = 0;
      let y = 0;
      for (let i = g; i < 160; i += 4) {
        x += positions[2 * i]!;
        y += positions[2 * i + 1]!;
      }
      return { x: x / 40, y: y / 40 };
    });
    // Every node is nearer its own group's centre than any other group's.
    for (let i = 0; i < 160; i++) {
      const d = centres.map((c) => Math.hypot(positions[2 * i]! - c.x, positions[2 * i + 1]! - c.y));
      expect(d.indexOf(Math.min(...d))).toBe(i % 4);
    }
    expect(overlappingPairs(positions)).toBe(0);
  });

  it('arranges a focused node’s neighbours around it, and keeps the node itself in place', () => {
    const graph = makeGraph(150);
    const centre = graph.links[0]!;
    const { positions, sim } = run(graph, { kind: 'focus', centre, steps: 1 });
    expect(positions[2 * centre]).toBe(graph.positions[2 * centre]);
    const depth = sim.depth!;
    for (let i = 0; i < 150; i++) {
      const d = Math.hypot(positions[2 * i]! - positions[2 * centre]!, positions[2 * i + 1]! - positions[2 * centre + 1]!);
      if (depth[i] === 1) expect(d).toBeLessThan(4 * NODE_WIDTH);
      if (depth[i] === -1) expect(d).toBeGreaterThan(1.2 * NODE_WIDTH);
    }
    expect(overlappingPairs(positions)).toBe(0);
  });

  it('finds communities in a graph made of obvious clusters', () => {
    const links: number[] = [];
    for (let c = 0; c < 3; c++) for (let i = 0; i < 10; i++) for (let j = i + 1; j < 10; j++) links.push(c * 10 + i, c * 10 + j);
    links.push(0, 10, 10, 20);
    const groups = louvainPartition(30, Uint32Array.from(links)).communityOf;
    for (let c = 0; c < 3; c++) for (let i = 1; i < 10; i++) expect(groups[c * 10 + i]).toBe(groups[c * 10]);
    expect(new Set(groups).size).toBe(3);
  });

  it('spreads out a map imported with every node on the same spot', () => {
    const graph = makeGraph(100);
    graph.positions.fill(0);
    const { positions } = run(graph);
    expect(overlappingPairs(positions)).toBe(0);
  });
});
