import { it } from 'vitest';
import { benchForceAtlas2, benchNgraph, benchOurs, generatedGraph, type LayoutFigures } from './layoutBench';

const SIZES = [
  [1000, 3000],
  [5000, 15000],
  [10000, 30000],
] as const;

const row = (f: LayoutFigures) =>
  `    ${f.name.padEnd(26)} ${`${(f.settleMs / 1000).toFixed(2)} s`.padStart(9)}  ${String(f.iterations).padStart(4)} steps${f.settled ? '' : ' (not settled by the cap)'}  overlaps ${String(f.overlaps).padStart(6)}  link-length spread ${f.spread.toFixed(2)}`;

// Prints figures only; `npm run bench` runs it. Never a timed assertion.
it('force layout against ForceAtlas2 and ngraph on generated maps', () => {
  console.log('Force layout (Node, one core; same graph and starting positions for all; seed 7)');
  console.log('  "Settled": ours by its own cooling; the others when mean movement per step falls under 0.15% of a median link, capped at 600 steps.');
  console.log('  Overlaps are counted with each layout scaled so its median link is as long as ours.');
  for (const [nodes, links] of SIZES) {
    const graph = generatedGraph(nodes, links);
    const ours = benchOurs(graph);
    const ourMedian = medianOf(ours.positions, graph.links);
    const fa2 = benchForceAtlas2(graph, ourMedian);
    const ngraph = nodes <= 5000 ? benchNgraph(graph, ourMedian) : null;
    console.log(`\n  ${nodes} nodes, ${links} links`);
    for (const f of [ours, fa2, ngraph]) if (f) console.log(row(f));
    for (const other of [fa2, ngraph]) {
      if (!other) continue;
      console.log(
        // A competitor that had not settled by the step cap would have needed longer still.
        `    vs ${other.name}: ${other.settled ? '' : 'at least '}${(other.settleMs / ours.settleMs).toFixed(1)}× our time to settle; ` +
          `overlaps ${other.overlaps} vs ${ours.overlaps}; spread ${(other.spread / ours.spread).toFixed(2)}× ours`,
      );
    }
  }
}, 600_000);

function medianOf(positions: Float64Array, links: Uint32Array): number {
  const lengths: number[] = [];
  for (let k = 0; k < links.length; k += 2) {
    const s = links[k]!;
    const t = links[k + 1]!;
    lengths.push(Math.hypot(positions[2 * s]! - positions[2 * t]!, positions[2 * s + 1]! - positions[2 * t + 1]!));
  }
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length / 2)] ?? 1;
}
