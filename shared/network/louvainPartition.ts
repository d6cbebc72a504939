import louvain from 'graphology-communities-louvain';
import { pairGraphView } from './pairGraphView';
import { seededRandom } from './seededRandom';

export interface Partition {
  /** A community number per node; community 0 is the largest, ties broken by lowest member. */
  readonly communityOf: Int32Array;
  /** Newman's modularity of the partition: above about 0.3 the groups are real. */
  readonly modularity: number;
}

/**
 * Communities — groups of nodes more linked among themselves than to the rest — by Louvain
 * (graphology-communities-louvain) with a seeded random order. The one place communities are
 * found, so the gap analysis, the lens and "Group by community" always agree.
 * `pairs` holds node indices: source0, target0, source1, target1, …; repeats merge. Louvain
 * reads the pairs through a light graph view (pairGraphView.ts) rather than a built Graph.
 */
export function louvainPartition(count: number, pairs: ArrayLike<number>, seed = 1): Partition {
  const graph = pairGraphView(count, pairs);
  const communityOf = new Int32Array(count);
  if (graph.size === 0) {
    for (let i = 0; i < count; i++) communityOf[i] = i;
    return { communityOf, modularity: 0 };
  }
  const detailed = louvain.detailed(graph, { rng: seededRandom(seed), getEdgeWeight: null });
  const sizes = new Map<number, { size: number; first: number }>();
  for (let i = 0; i < count; i++) {
    const c = detailed.communities[String(i)]!;
    const entry = sizes.get(c);
    if (entry) entry.size++;
    else sizes.set(c, { size: 1, first: i });
  }
  const order = [...sizes.entries()].sort((a, b) => b[1].size - a[1].size || a[1].first - b[1].first).map(([c]) => c);
  const rank = new Map(order.map((c, r) => [c, r]));
  for (let i = 0; i < count; i++) communityOf[i] = rank.get(detailed.communities[String(i)]!)!;
  return { communityOf, modularity: detailed.modularity };
}
