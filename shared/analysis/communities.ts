import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { NetworkIndex } from './networkIndex';
import { seededRandom } from './seededRandom';

export interface Community {
  readonly id: number;
  /** Node indices, best-connected first. */
  readonly members: readonly number[];
  /** Links from this community to each other community it touches: [community id, count]. */
  readonly linksTo: readonly (readonly [number, number])[];
  readonly linksOut: number;
  readonly linksWithin: number;
}

export interface Communities {
  readonly communityOf: Int32Array;
  readonly communities: readonly Community[];
  /** Newman's modularity of the partition: above about 0.3 the groups are real. */
  readonly modularity: number;
}

/** The map as a graphology graph keyed by node index, parallel links merged. */
export function toGraphology(index: NetworkIndex): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (let i = 0; i < index.nodes.length; i++) graph.addNode(String(i));
  for (let k = 0; k < index.links.length; k++) graph.mergeEdge(String(index.linkSource[k]), String(index.linkTarget[k]));
  return graph;
}

/**
 * Communities by Louvain (graphology-communities-louvain) with a seeded random order, so the
 * same map always gives the same groups; with the link counts between every pair of groups.
 * Communities are numbered largest first.
 */
export function detectCommunities(index: NetworkIndex, seed = 1, graph: UndirectedGraph = toGraphology(index)): Communities {
  const n = index.nodes.length;
  const communityOf = new Int32Array(n);
  if (graph.size === 0) {
    for (let i = 0; i < n; i++) communityOf[i] = i;
    return { communityOf, communities: Array.from({ length: n }, (_, i) => ({ id: i, members: [i], linksTo: [], linksOut: 0, linksWithin: 0 })), modularity: 0 };
  }
  const detailed = louvain.detailed(graph, { rng: seededRandom(seed), getEdgeWeight: null });
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const c = detailed.communities[String(i)]!;
    const list = groups.get(c);
    if (list) list.push(i);
    else groups.set(c, [i]);
  }
  const degree = (i: number) => index.offsets[i + 1]! - index.offsets[i]!;
  const ordered = [...groups.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  ordered.forEach((members, id) => {
    members.sort((a, b) => degree(b) - degree(a) || a - b);
    for (const m of members) communityOf[m] = id;
  });
  const between = ordered.map(() => new Map<number, number>());
  const within = new Int32Array(ordered.length);
  for (let k = 0; k < index.links.length; k++) {
    const a = communityOf[index.linkSource[k]!]!;
    const b = communityOf[index.linkTarget[k]!]!;
    if (a === b) within[a]! += 1;
    else {
      between[a]!.set(b, (between[a]!.get(b) ?? 0) + 1);
      between[b]!.set(a, (between[b]!.get(a) ?? 0) + 1);
    }
  }
  const communities = ordered.map((members, id): Community => {
    const linksTo = [...between[id]!.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    return { id, members, linksTo, linksOut: linksTo.reduce((s, [, c]) => s + c, 0), linksWithin: within[id]! };
  });
  return { communityOf, communities, modularity: detailed.modularity };
}
