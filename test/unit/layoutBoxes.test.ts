import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupNodes } from '../../shared/layout/groupNodes';
import { layoutBoxSize, layoutSizesOf } from '../../shared/layout/layoutBoxes';
import { overlappingPairs } from '../../shared/layout/layoutQuality';
import { LayoutSimulation } from '../../shared/layout/layoutSimulation';
import { DEFAULT_LAYOUT_OPTIONS, type LayoutGraph, type LayoutMode } from '../../shared/layout/layoutTypes';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import { resolveOverlaps } from '../../shared/layout/removeOverlaps';
import { mapSnapshotSchema } from '../../shared/model';

const demo = mapSnapshotSchema.parse(JSON.parse(readFileSync(new URL('../../assets/demo-map.json', import.meta.url), 'utf8')));

/** The demo map as a layout graph, with the room each name needs. */
/** The demo map drawn at half its spread, as a crowded map a user has yet to tidy. */
function demoGraph(): LayoutGraph {
  const index = new Map(demo.nodes.map((n, i) => [n.id, i]));
  return {
    ids: demo.nodes.map((n) => n.id),
    positions: Float64Array.from(demo.nodes.flatMap((n) => [n.x / 2, n.y / 2])),
    pinned: new Uint8Array(demo.nodes.length),
    links: Uint32Array.from(demo.links.flatMap((l) => [index.get(l.source)!, index.get(l.target)!])),
    sizes: layoutSizesOf(demo.nodes),
  };
}

/** Pairs of nodes whose room (centred on their boxes) overlaps, leaving out pairs that are both pinned. */
function overlapping(positions: Float64Array, sizes: Float64Array, pinned: Uint8Array): string[] {
  const out: string[] = [];
  const n = positions.length / 2;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (pinned[i] && pinned[j]) continue;
      const apartX = Math.abs(positions[2 * i]! - positions[2 * j]!) >= (sizes[2 * i]! + sizes[2 * j]!) / 2;
      const apartY = Math.abs(positions[2 * i + 1]! - positions[2 * j + 1]!) >= (sizes[2 * i + 1]! + sizes[2 * j + 1]!) / 2;
      if (!apartX && !apartY) out.push(`${i} / ${j}`);
    }
  }
  return out;
}

describe('the room a layout keeps for a node', () => {
  it('is its box for a short name, and its workshop-size name where that is larger', () => {
    expect(layoutBoxSize('person', 'Mind')).toEqual({ width: NODE_WIDTH, height: NODE_HEIGHT });
    const long = layoutBoxSize('organisation', 'Millbrook Neighbourhood Community Association');
    expect(long.width).toBeGreaterThanOrEqual(300);
    expect(long.height).toBeGreaterThan(NODE_HEIGHT);
    // A space's thick left edge needs a little more.
    expect(layoutBoxSize('space', 'Millbrook Neighbourhood Community Association').width).toBeGreaterThan(long.width);
  });
});

describe('overlap removal with a room per node', () => {
  it('leaves no two overlapping, whatever their sizes, and never moves a pinned node', () => {
    const node = fc.record({
      x: fc.integer({ min: 0, max: 1500 }),
      y: fc.integer({ min: 0, max: 900 }),
      width: fc.integer({ min: NODE_WIDTH, max: 340 }),
      height: fc.integer({ min: NODE_HEIGHT, max: 110 }),
      pinned: fc.integer({ min: 0, max: 9 }).map((v) => v === 0),
    });
    fc.assert(
      fc.property(fc.array(node, { minLength: 2, maxLength: 60 }), (nodes) => {
        // Pinned nodes placed well apart, as a user would leave them: the rest must go round them.
        const pinned = Uint8Array.from(nodes.map((n) => (n.pinned ? 1 : 0)));
        const positions = Float64Array.from(nodes.flatMap((n, i) => (pinned[i] ? [i * 1000, -5000] : [n.x, n.y])));
        const sizes = Float64Array.from(nodes.flatMap((n) => [n.width, n.height]));
        const before = positions.slice();
        resolveOverlaps(positions, pinned, sizes);
        expect(overlapping(positions, sizes, pinned)).toEqual([]);
        expect(overlappingPairs(positions, 1, sizes)).toBe(0);
        pinned.forEach((p, i) => {
          if (p) expect([positions[2 * i], positions[2 * i + 1]]).toEqual([before[2 * i], before[2 * i + 1]]);
        });
      }),
      { numRuns: 120 },
    );
  });
});

describe('layouts of the demo map', () => {
  const graph = demoGraph();
  const byArea = groupNodes(demo.nodes, demo.links, demo.map.areas, 'area');
  const modes: [string, LayoutMode][] = [
    ['Tidy', { kind: 'organic' }],
    ['Group by area', { kind: 'cluster', grouping: { groupOf: byArea.groupOf.slice(), labels: [...byArea.labels] } }],
    ['Remove overlaps', { kind: 'overlap' }],
  ];
  for (const [name, mode] of modes) {
    it(`leave room for every name at workshop size after ${name}`, () => {
      // Before: crowded, the demo map has names that would overlap at workshop size.
      expect(overlappingPairs(graph.positions, 1, graph.sizes)).toBeGreaterThan(0);
      const sim = new LayoutSimulation(graph, mode, DEFAULT_LAYOUT_OPTIONS);
      sim.run();
      const positions = sim.finalPositions();
      expect(overlapping(positions, graph.sizes!, graph.pinned)).toEqual([]);
    });
  }
});
