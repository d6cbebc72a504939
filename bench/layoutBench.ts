// Lays out generated maps with our d3-force layout and, on the same graphs from the same
// starting positions, with graphology's ForceAtlas2 and ngraph.forcelayout, and measures time
// to settle and layout quality. Run by layout.bench.test.ts (`npm run bench`).
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import createNgraph from 'ngraph.graph';
import createLayout from 'ngraph.forcelayout';
import { LayoutSimulation } from '../shared/layout/layoutSimulation';
import { DEFAULT_LAYOUT_OPTIONS, type LayoutGraph } from '../shared/layout/layoutTypes';
import { edgeLengthSpread, medianLinkLength, overlappingPairs } from '../shared/layout/layoutQuality';
import { generateSnapshot } from './generateMap.mjs';

export interface LayoutFigures {
  readonly name: string;
  readonly settleMs: number;
  readonly iterations: number;
  readonly settled: boolean;
  /** Overlapping node pairs, with the layout scaled so its median link is as long as ours. */
  readonly overlaps: number;
  /** Coefficient of variation of link lengths: lower is more regular. */
  readonly spread: number;
}

/** The competitors get the same stopping rule as ours: mean movement per step under this share of a median link. */
const SETTLED_SHARE = 0.0015;
const COMPETITOR_CAP = 600;
const BATCH = 5;

export function generatedGraph(nodes: number, links: number): LayoutGraph {
  const snapshot = generateSnapshot({ nodes, links, seed: 7 }) as { nodes: { id: string; x: number; y: number }[]; links: { source: string; target: string }[] };
  const index = new Map(snapshot.nodes.map((n, i) => [n.id, i]));
  const positions = new Float64Array(2 * nodes);
  snapshot.nodes.forEach((n, i) => {
    positions[2 * i] = n.x;
    positions[2 * i + 1] = n.y;
  });
  const pairs = snapshot.links.flatMap((l) => [index.get(l.source)!, index.get(l.target)!]);
  return { ids: snapshot.nodes.map((n) => n.id), positions, pinned: new Uint8Array(nodes), links: Uint32Array.from(pairs) };
}

export function benchOurs(graph: LayoutGraph): LayoutFigures & { positions: Float64Array } {
  const started = performance.now();
  const sim = new LayoutSimulation(graph, { kind: 'organic' }, DEFAULT_LAYOUT_OPTIONS);
  const reason = sim.run();
  const positions = sim.finalPositions();
  const settleMs = performance.now() - started;
  return { name: 'Good Help Map (d3-force)', settleMs, iterations: sim.tickCount, settled: reason === 'settled', overlaps: overlappingPairs(positions), spread: edgeLengthSpread(positions, graph.links), positions };
}

function meanMove(before: Float64Array, after: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < before.length; i += 2) sum += Math.abs(after[i]! - before[i]!) + Math.abs(after[i + 1]! - before[i + 1]!);
  return sum / (before.length / 2);
}

function judge(name: string, graph: LayoutGraph, positions: Float64Array, settleMs: number, iterations: number, settled: boolean, ourMedian: number): LayoutFigures {
  const scale = ourMedian / Math.max(1e-9, medianLinkLength(positions, graph.links));
  return { name, settleMs, iterations, settled, overlaps: overlappingPairs(positions, scale), spread: edgeLengthSpread(positions, graph.links) };
}

export function benchForceAtlas2(graph: LayoutGraph, ourMedian: number): LayoutFigures {
  const g = new Graph({ type: 'undirected', multi: false });
  graph.ids.forEach((id, i) => g.addNode(id, { x: graph.positions[2 * i], y: graph.positions[2 * i + 1] }));
  for (let k = 0; k < graph.links.length; k += 2) {
    const s = graph.ids[graph.links[k]!]!;
    const t = graph.ids[graph.links[k + 1]!]!;
    if (s !== t && !g.hasEdge(s, t)) g.addEdge(s, t);
  }
  const settings = forceAtlas2.inferSettings(g);
  const read = () => {
    const out = new Float64Array(graph.ids.length * 2);
    graph.ids.forEach((id, i) => {
      out[2 * i] = g.getNodeAttribute(id, 'x') as number;
      out[2 * i + 1] = g.getNodeAttribute(id, 'y') as number;
    });
    return out;
  };
  return runUntilSettled('ForceAtlas2 (graphology)', graph, ourMedian, read, () => forceAtlas2.assign(g, { iterations: BATCH, settings }));
}

export function benchNgraph(graph: LayoutGraph, ourMedian: number): LayoutFigures {
  const g = createNgraph();
  graph.ids.forEach((id) => g.addNode(id));
  for (let k = 0; k < graph.links.length; k += 2) g.addLink(graph.ids[graph.links[k]!]!, graph.ids[graph.links[k + 1]!]!);
  const layout = createLayout(g);
  // ngraph works at its own scale (30-unit springs); start from the same picture at that scale.
  const toNgraph = 30 / 268;
  graph.ids.forEach((id, i) => layout.setNodePosition(id, graph.positions[2 * i]! * toNgraph, graph.positions[2 * i + 1]! * toNgraph));
  const read = () => {
    const out = new Float64Array(graph.ids.length * 2);
    graph.ids.forEach((id, i) => {
      const p = layout.getNodePosition(id);
      out[2 * i] = p.x;
      out[2 * i + 1] = p.y;
    });
    return out;
  };
  return runUntilSettled('ngraph.forcelayout', graph, ourMedian, read, () => {
    for (let i = 0; i < BATCH; i++) layout.step();
  });
}

/**
 * Runs a competitor's layout BATCH steps at a time until its mean movement per step falls
 * under SETTLED_SHARE of a median link, or COMPETITOR_CAP steps, and judges where it got to.
 */
function runUntilSettled(name: string, graph: LayoutGraph, ourMedian: number, read: () => Float64Array, stepBatch: () => void): LayoutFigures {
  const started = performance.now();
  let iterations = 0;
  let settled = false;
  let before = read();
  while (iterations < COMPETITOR_CAP) {
    stepBatch();
    iterations += BATCH;
    const after = read();
    settled = meanMove(before, after) / BATCH < SETTLED_SHARE * medianLinkLength(after, graph.links);
    before = after;
    if (settled) break;
  }
  return judge(name, graph, before, performance.now() - started, iterations, settled, ourMedian);
}
