import { forceSimulation, type Simulation } from 'd3-force';
import { louvainPartition } from '../network/louvainPartition';
import type { SimNode } from './forceRectCollide';
import { clusterForces, focusForces, organicForces, overlapForces } from './layoutForces';
import type { LayoutEndReason, LayoutGraph, LayoutMode, LayoutOptions } from './layoutTypes';
import { NODE_HEIGHT, NODE_WIDTH } from './nodeSize';
import { resolveOverlaps } from './removeOverlaps';
import { seededRandom } from '../network/seededRandom';
import { separateGroups } from './separateGroups';

/** Below this mean movement per step (pixels), the picture no longer visibly changes. */
const SETTLED_MOVEMENT = 0.35;
const MIN_TICKS = 8;
const ALPHA_MIN = 0.004;

/**
 * One layout run: a d3-force simulation stepped by hand (never on a timer), so the worker
 * decides when to post frames and the tests and benchmark can run it synchronously.
 * Coordinates inside are box centres; everything going in and out is top-left corners, as
 * stored on the map. Pinned nodes are fixed (d3's fx/fy) and never move.
 */
export class LayoutSimulation {
  private readonly sim: Simulation<SimNode, undefined>;
  private readonly nodes: SimNode[];
  private readonly startAlpha: number;
  private ticks = 0;
  private lastMovement = Infinity;
  /** Group per node, for cluster mode (after community detection, if that was asked for). */
  readonly groupOf: Int32Array | null = null;
  /** Steps from the focused node, for focus mode: -1 for nodes outside the neighbourhood. */
  readonly depth: Int32Array | null = null;

  constructor(
    private readonly graph: LayoutGraph,
    private readonly mode: LayoutMode,
    private readonly options: LayoutOptions,
  ) {
    const n = graph.ids.length;
    this.nodes = Array.from({ length: n }, (_, i) => {
      const x = graph.positions[2 * i]! + NODE_WIDTH / 2;
      const y = graph.positions[2 * i + 1]! + NODE_HEIGHT / 2;
      return graph.pinned[i] ? { x, y, vx: 0, vy: 0, fx: x, fy: y } : { x, y, vx: 0, vy: 0 };
    });
    const stacked = spreadIfStacked(this.nodes);
    this.sim = forceSimulation<SimNode>(this.nodes)
      .randomSource(seededRandom(options.seed))
      .alphaMin(ALPHA_MIN)
      // Big maps cool faster: at 5,000 nodes every step costs ~20ms, and a map that starts
      // from saved positions is most of the way there already.
      .alphaDecay(n > 1500 ? 0.05 : n > 400 ? 0.035 : 0.025)
      .velocityDecay(0.45)
      .stop();
    switch (mode.kind) {
      case 'organic':
        organicForces(this.sim, graph);
        this.startAlpha = stacked ? 1 : 0.6;
        break;
      case 'cluster': {
        const groupOf = mode.grouping?.groupOf ?? louvainPartition(n, graph.links, options.seed).communityOf;
        this.groupOf = groupOf;
        clusterForces(this.sim, graph, groupOf);
        this.startAlpha = 0.8;
        break;
      }
      case 'focus':
        this.depth = focusForces(this.sim, graph, mode.centre, mode.steps);
        this.startAlpha = 0.6;
        break;
      case 'overlap':
        overlapForces(this.sim, graph.sizes);
        this.startAlpha = 0.4;
        break;
    }
    this.sim.alpha(this.startAlpha);
  }

  /**
   * Runs up to `ticks` steps. Returns why the run ended if it has (settled or step limit), or
   * null to go on. Work per call is bounded by `ticks`, so the caller controls frame pacing.
   */
  step(ticks: number): LayoutEndReason | null {
    const n = this.nodes.length;
    for (let t = 0; t < ticks; t++) {
      if (this.ticks >= this.options.maxTicks) return 'limit';
      this.sim.tick();
      this.ticks++;
      let movement = 0;
      for (const node of this.nodes) movement += Math.abs(node.vx) + Math.abs(node.vy);
      this.lastMovement = n ? movement / n : 0;
      if (this.ticks >= MIN_TICKS && (this.lastMovement < SETTLED_MOVEMENT || this.sim.alpha() < ALPHA_MIN)) return 'settled';
    }
    return this.ticks >= this.options.maxTicks ? 'limit' : null;
  }

  /** Runs to the end in one go: for tests, the benchmark and the no-worker fallback. */
  run(): LayoutEndReason {
    for (;;) {
      const end = this.step(50);
      if (end) return end;
    }
  }

  get tickCount(): number {
    return this.ticks;
  }

  /** Rough share of the run done, 0–1, from how far the simulation has cooled. */
  get progress(): number {
    const alpha = Math.max(this.sim.alpha(), ALPHA_MIN);
    const byCooling = Math.log(alpha / this.startAlpha) / Math.log(ALPHA_MIN / this.startAlpha);
    const byMovement = Number.isFinite(this.lastMovement) ? Math.min(1, SETTLED_MOVEMENT / Math.max(this.lastMovement, 1e-9)) : 0;
    return Math.min(0.99, Math.max(byCooling, byMovement, this.ticks / this.options.maxTicks));
  }

  /** Current top-left corners, x,y interleaved: a new array each call, safe to transfer. */
  positions(): Float64Array {
    const out = new Float64Array(this.nodes.length * 2);
    this.nodes.forEach((node, i) => {
      out[2 * i] = node.x - NODE_WIDTH / 2;
      out[2 * i + 1] = node.y - NODE_HEIGHT / 2;
    });
    return out;
  }

  /**
   * The positions to keep: whole pixels, with any remaining overlaps removed (dense spots of
   * big maps can end jammed; they are spread just enough), pinned nodes exactly where they were.
   */
  finalPositions(): Float64Array {
    const out = this.positions();
    if (this.groupOf) separateGroups(out, this.groupOf, this.graph.pinned, this.graph.sizes);
    resolveOverlaps(out, this.graph.pinned, this.graph.sizes);
    for (let i = 0; i < this.graph.ids.length; i++) {
      if (this.graph.pinned[i] || (this.mode.kind === 'focus' && i === this.mode.centre)) {
        out[2 * i] = this.graph.positions[2 * i]!;
        out[2 * i + 1] = this.graph.positions[2 * i + 1]!;
      } else {
        out[2 * i] = Math.round(out[2 * i]!);
        out[2 * i + 1] = Math.round(out[2 * i + 1]!);
      }
    }
    return out;
  }
}

/**
 * A map imported without positions has everything on one spot; forces cannot pull apart
 * nodes that start exactly together, so such maps start from a sunflower spiral (d3's own
 * starting pattern, scaled to our box size). Returns whether it did so.
 */
function spreadIfStacked(nodes: SimNode[]): boolean {
  const seen = new Set<string>();
  let stacked = 0;
  for (const n of nodes) {
    const key = `${Math.round(n.x)},${Math.round(n.y)}`;
    if (seen.has(key)) stacked++;
    else seen.add(key);
  }
  if (stacked < Math.max(2, nodes.length * 0.2)) return false;
  const angle = Math.PI * (3 - Math.sqrt(5));
  nodes.forEach((n, i) => {
    if (n.fx != null) return;
    const r = 90 * Math.sqrt(0.5 + i);
    n.x = r * Math.cos(i * angle) * 1.6;
    n.y = r * Math.sin(i * angle);
  });
  return true;
}
