import { forceLink, forceManyBody, forceRadial, forceX, forceY, type Simulation } from 'd3-force';
import { clusterCentres } from './clusterCentres';
import { forceRectCollide, type SimNode } from './forceRectCollide';
import type { LayoutGraph } from './layoutTypes';
import { NODE_HEIGHT, NODE_WIDTH } from './nodeSize';

type Link = { source: number; target: number };

/** Centre-to-centre length a link settles at: a box width plus room to see the line. */
export const LINK_DISTANCE = NODE_WIDTH + 110;

/**
 * Barnes–Hut accuracy. d3's default 0.9 is tuned for accuracy; 1.2 is about a third faster at
 * 5,000 nodes and, with boxes this large and the collision force doing the close work, the
 * picture does not change visibly (far-away charge only shapes the overall outline).
 */
const THETA = 1.2;

function linksOf(graph: LayoutGraph): Link[] {
  const links: Link[] = [];
  for (let k = 0; k + 1 < graph.links.length; k += 2) {
    const source = graph.links[k]!;
    const target = graph.links[k + 1]!;
    if (source !== target) links.push({ source, target });
  }
  return links;
}

function centroid(nodes: readonly SimNode[]): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (const n of nodes) {
    x += n.x;
    y += n.y;
  }
  return nodes.length ? { x: x / nodes.length, y: y / nodes.length } : { x: 0, y: 0 };
}

/** Links, charge and collision, with a weak pull to the middle so separate pieces stay near. */
export function organicForces(sim: Simulation<SimNode, undefined>, graph: LayoutGraph): void {
  const middle = centroid(sim.nodes());
  // Weaker on big maps: there the pull would squeeze thousands of nodes into one solid disc
  // and erase the neighbourhoods the saved positions already show.
  const pull = 0.03 * Math.min(1, Math.sqrt(200 / Math.max(1, graph.ids.length)));
  sim
    .force('link', forceLink<SimNode, Link>(linksOf(graph)).distance(LINK_DISTANCE))
    // Charge reaches only so far, so separate pieces of the map are not pushed off into the
    // distance; the pull to the middle is stronger vertically, to fill a wide screen.
    .force('charge', forceManyBody<SimNode>().strength(-2400).theta(THETA).distanceMin(60).distanceMax(6 * LINK_DISTANCE))
    .force('x', forceX<SimNode>(middle.x).strength(pull))
    .force('y', forceY<SimNode>(middle.y).strength(pull * 2.3))
    .force('collide', forceRectCollide(1, undefined, undefined, graph.sizes))
    .force('collideAgain', forceRectCollide(1, undefined, undefined, graph.sizes));
}

/**
 * Each group pulled to its own centre, laid out in rows; links inside a group keep their full
 * strength, links between groups are weak so they do not drag groups into each other.
 * Returns the group centres (as centre points) for the labels.
 */
export function clusterForces(sim: Simulation<SimNode, undefined>, graph: LayoutGraph, groupOf: Int32Array): { x: number; y: number }[] {
  const nodes = sim.nodes();
  const sizes: number[] = [];
  for (const g of groupOf) sizes[g] = (sizes[g] ?? 0) + 1;
  for (let g = 0; g < sizes.length; g++) sizes[g] ??= 0;
  const centres = clusterCentres(sizes, centroid(nodes));
  // Start each node near its group, keeping its place relative to its group's other members,
  // so the run is short and the groups do not have to travel through each other.
  const own = groupCentroids(nodes, groupOf, sizes.length);
  nodes.forEach((n, i) => {
    if (n.fx != null) return;
    const g = groupOf[i]!;
    n.x = centres[g]!.x + (n.x - own[g]!.x) * 0.3;
    n.y = centres[g]!.y + (n.y - own[g]!.y) * 0.3;
  });
  const same = (l: { source: SimNode; target: SimNode }) => groupOf[l.source.index!] === groupOf[l.target.index!];
  sim
    .force(
      'link',
      forceLink<SimNode, Link>(linksOf(graph))
        .distance(LINK_DISTANCE)
        .strength((l) => (same(l as unknown as { source: SimNode; target: SimNode }) ? 0.6 : 0.01)),
    )
    .force('charge', forceManyBody<SimNode>().strength(-1200).theta(THETA).distanceMin(60).distanceMax(3 * LINK_DISTANCE))
    .force('x', forceX<SimNode>((_, i) => centres[groupOf[i]!]!.x).strength(0.06))
    .force('y', forceY<SimNode>((_, i) => centres[groupOf[i]!]!.y).strength(0.1))
    .force('collide', forceRectCollide(1, undefined, undefined, graph.sizes))
    .force('collideAgain', forceRectCollide(1, undefined, undefined, graph.sizes));
  return centres;
}

function groupCentroids(nodes: readonly SimNode[], groupOf: Int32Array, count: number): { x: number; y: number }[] {
  const sums = Array.from({ length: count }, () => ({ x: 0, y: 0, n: 0 }));
  nodes.forEach((node, i) => {
    const s = sums[groupOf[i]!]!;
    s.x += node.x;
    s.y += node.y;
    s.n++;
  });
  return sums.map((s) => (s.n ? { x: s.x / s.n, y: s.y / s.n } : { x: 0, y: 0 }));
}

/**
 * The selected node's neighbourhood in rings around it (one ring per step), in the same
 * directions they were in before so the map stays recognisable; everything else holds its place
 * but is moved out of the rings' way.
 */
export function focusForces(sim: Simulation<SimNode, undefined>, graph: LayoutGraph, centre: number, steps: 1 | 2): Int32Array {
  const nodes = sim.nodes();
  const depth = depthsFrom(graph, centre, steps);
  const counts = [0, 0, 0];
  for (const d of depth) if (d > 0) counts[d]!++;
  // Boxes round a ring need about 170px of circumference each (wide at top and bottom,
  // stacked at the sides).
  const r1 = Math.max(LINK_DISTANCE + 40, (counts[1]! * 170) / (2 * Math.PI));
  const r2 = Math.max(r1 + LINK_DISTANCE + 40, (counts[2]! * 170) / (2 * Math.PI));
  const radius = (d: number) => (d === 1 ? r1 : d === 2 ? r2 : 0);
  const keepOut = (steps === 2 && counts[2]! > 0 ? r2 : r1) + NODE_WIDTH;
  const c = nodes[centre]!;
  c.fx = c.x;
  c.fy = c.y;
  const home = nodes.map((n) => ({ x: n.x, y: n.y }));
  // Each ring goes all the way round, in the order its nodes already had around the centre,
  // so the picture turns into rings without shuffling who sits beside whom.
  for (const d of [1, 2]) {
    const ring = nodes
      .map((n, i) => ({ n, i, angle: Math.atan2(n.y - c.y, n.x - c.x) }))
      .filter(({ n, i }) => depth[i] === d && n.fx == null)
      .sort((a, b) => a.angle - b.angle || a.i - b.i);
    ring.forEach(({ n }, k) => {
      const angle = (ring[0]?.angle ?? 0) + (2 * Math.PI * k) / ring.length;
      n.x = c.x + Math.cos(angle) * radius(d);
      n.y = c.y + Math.sin(angle) * radius(d) * 0.75;
    });
  }
  const inFocus = (l: { source: SimNode; target: SimNode }) => depth[l.source.index!]! >= 0 && depth[l.target.index!]! >= 0;
  const focusLinks = linksOf(graph).filter((l) => depth[l.source]! >= 0 && depth[l.target]! >= 0);
  sim
    .force('link', forceLink<SimNode, Link>(focusLinks).distance(LINK_DISTANCE).strength((l) => (inFocus(l as unknown as { source: SimNode; target: SimNode }) ? 0.05 : 0)))
    .force('ring', forceRadial<SimNode>((_, i) => radius(depth[i]!), c.x, c.y).strength((_, i) => (depth[i]! > 0 ? 0.6 : 0)))
    .force('x', forceX<SimNode>((_, i) => home[i]!.x).strength((_, i) => (depth[i]! < 0 ? 0.3 : 0)))
    .force('y', forceY<SimNode>((_, i) => home[i]!.y).strength((_, i) => (depth[i]! < 0 ? 0.3 : 0)))
    .force('keepOut', keepOutOf(c, keepOut, depth))
    .force('collide', forceRectCollide(undefined, undefined, undefined, graph.sizes));
  return depth;
}

/** Steps from the centre along links (either direction), or -1 beyond `steps`. */
export function depthsFrom(graph: LayoutGraph, centre: number, steps: number): Int32Array {
  const n = graph.ids.length;
  const adjacency: number[][] = Array.from({ length: n }, () => []);
  for (let k = 0; k + 1 < graph.links.length; k += 2) {
    adjacency[graph.links[k]!]!.push(graph.links[k + 1]!);
    adjacency[graph.links[k + 1]!]!.push(graph.links[k]!);
  }
  const depth = new Int32Array(n).fill(-1);
  depth[centre] = 0;
  let frontier = [centre];
  for (let d = 1; d <= steps; d++) {
    const next: number[] = [];
    for (const i of frontier) {
      for (const j of adjacency[i]!) {
        if (depth[j] === -1) {
          depth[j] = d;
          next.push(j);
        }
      }
    }
    frontier = next;
  }
  return depth;
}

/** Pushes nodes outside the focus out of an ellipse round the centre, so the rings have room. */
function keepOutOf(c: SimNode, radius: number, depth: Int32Array) {
  let nodes: SimNode[] = [];
  const force = (alpha: number) => {
    nodes.forEach((n, i) => {
      if (depth[i]! >= 0 || n.fx != null) return;
      const dx = n.x - c.x;
      const dy = (n.y - c.y) / 0.75;
      const dist = Math.hypot(dx, dy) || 1;
      if (dist >= radius + NODE_HEIGHT) return;
      const push = ((radius + NODE_HEIGHT - dist) / dist) * Math.min(1, alpha * 4);
      n.vx += dx * push;
      n.vy += dy * push * 0.75;
    });
  };
  force.initialize = (next: SimNode[]) => {
    nodes = next;
  };
  return force;
}

/** Only collisions, with each node held to where it was: nudges nodes just far enough apart. */
export function overlapForces(sim: Simulation<SimNode, undefined>, sizes?: Float64Array): void {
  const home = sim.nodes().map((n) => ({ x: n.x, y: n.y }));
  sim
    .force('x', forceX<SimNode>((_, i) => home[i]!.x).strength(0.2))
    .force('y', forceY<SimNode>((_, i) => home[i]!.y).strength(0.2))
    // Just clear of each other: this mode is for tidying up, not for spreading out.
    .force('collide', forceRectCollide(1, 24, 16, sizes));
}
