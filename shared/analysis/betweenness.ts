import type { NetworkIndex } from './networkIndex';
import { seededRandom } from '../network/seededRandom';

/** Above this many nodes, betweenness is estimated from a sample of starting points. */
export const EXACT_BETWEENNESS_LIMIT = 600;
/** Each source costs two passes over the links; 40 keep a 5,000-node map to about 12 ms. */
const SAMPLE_SOURCES = 40;

/**
 * Betweenness centrality by Brandes' algorithm on the undirected, unweighted map: how often a
 * node sits on the shortest paths between others — the brokers everything passes through.
 * Values are unnormalised, counting each unordered pair once, as graphology-metrics does.
 *
 * Exact up to EXACT_BETWEENNESS_LIMIT nodes (it is O(nodes × links)); above that, estimated
 * from a seeded sample of sources. Plain source sampling badly overrates the neighbours of the
 * sampled sources (every path from a source passes through one of them), so each path's credit
 * is shared by distance instead (Geisberger, Sanders & Schultes, "Better approximation of
 * betweenness centrality", 2008): a node at distance d on a path of length L gets d / L of it
 * from the source's side, and the two sides of every pair add up to exactly one. Summed over
 * all sources this is the exact value; on a 5,000-node generated map it lifts the sampled top
 * five from 46% to 82% of the true top five's scores (bench, 20 seeds).
 */
export function betweenness(index: NetworkIndex, seed = 1): Float64Array {
  const n = index.nodes.length;
  const { offsets, neighbours } = index;
  const centrality = new Float64Array(n);
  const sources = pickSources(n, seed);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  // Credit per path still to share out, before scaling by distance (the 1/L part of d / L).
  const pending = new Float64Array(n);
  const order = new Int32Array(n);
  for (const s of sources) {
    sigma[s] = 1;
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    while (head < tail) {
      const v = order[head++]!;
      const next = dist[v]! + 1;
      const paths = sigma[v]!;
      const end = offsets[v + 1]!;
      for (let e = offsets[v]!; e < end; e++) {
        const w = neighbours[e]!;
        if (dist[w] === -1) {
          dist[w] = next;
          order[tail++] = w;
        }
        // Multiplying by the test rather than branching on it: whether a neighbour is one step
        // further on is a coin toss the processor cannot predict, and this pass is the hot loop.
        sigma[w] = sigma[w]! + paths * +(dist[w] === next);
      }
    }
    for (let k = tail - 1; k > 0; k--) {
      const w = order[k]!;
      const dw = dist[w]!;
      const share = (1 / dw + pending[w]!) / sigma[w]!;
      const end = offsets[w + 1]!;
      for (let e = offsets[w]!; e < end; e++) {
        const v = neighbours[e]!;
        pending[v] = pending[v]! + sigma[v]! * share * +(dist[v] === dw - 1);
      }
      centrality[w] = centrality[w]! + pending[w]! * dw;
    }
    // Reset only what this source reached: on a map of many pieces that is far less than n.
    for (let k = 0; k < tail; k++) {
      const v = order[k]!;
      dist[v] = -1;
      sigma[v] = 0;
      pending[v] = 0;
    }
  }
  const scale = n / sources.length;
  for (let i = 0; i < n; i++) centrality[i] = centrality[i]! * scale;
  return centrality;
}

/** Every node up to the exact limit; above it, a seeded sample (a partial Fisher–Yates shuffle). */
function pickSources(n: number, seed: number): number[] {
  const all = Array.from({ length: n }, (_, i) => i);
  if (n <= EXACT_BETWEENNESS_LIMIT) return all;
  const random = seededRandom(seed);
  for (let i = 0; i < SAMPLE_SOURCES; i++) {
    const j = i + Math.floor(random() * (n - i));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, SAMPLE_SOURCES);
}
