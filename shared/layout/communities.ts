import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { seededRandom } from './seededRandom';

/**
 * Finds communities — groups of nodes more linked among themselves than to the rest — with
 * the Louvain method. Seeded, so "Group by community" gives the same groups each time.
 * Returns a community index per node, largest community first.
 */
export function detectCommunities(count: number, links: Uint32Array, seed = 1): Int32Array {
  const graph = new Graph({ type: 'undirected', allowSelfLoops: false });
  for (let i = 0; i < count; i++) graph.addNode(i);
  for (let k = 0; k + 1 < links.length; k += 2) {
    const s = links[k]!;
    const t = links[k + 1]!;
    if (s !== t && !graph.hasEdge(s, t)) graph.addEdge(s, t);
  }
  const found = louvain(graph, { rng: seededRandom(seed) });
  const raw = new Int32Array(count);
  const sizes = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    raw[i] = found[String(i)] ?? -1;
    sizes.set(raw[i]!, (sizes.get(raw[i]!) ?? 0) + 1);
  }
  // Renumber so community 0 is the largest, for stable labels from run to run.
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const rank = new Map(order.map((c, r) => [c, r]));
  return raw.map((c) => rank.get(c)!);
}
