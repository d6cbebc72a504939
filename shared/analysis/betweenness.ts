import type { NetworkIndex } from './networkIndex';
import { seededRandom } from '../network/seededRandom';

/** Above this many nodes, betweenness is estimated from a sample of starting points. */
export const EXACT_BETWEENNESS_LIMIT = 600;
/** Enough to rank the top few brokers of a big map; each source costs one pass over the links. */
const SAMPLE_SOURCES = 40;

/**
 * Betweenness centrality by Brandes' algorithm on the undirected, unweighted map: how often a
 * node sits on the shortest paths between others — the brokers everything passes through.
 * Exact up to EXACT_BETWEENNESS_LIMIT nodes (it is O(nodes × links)); above that, estimated
 * from a seeded sample of sources and scaled up, which ranks the top brokers reliably.
 * Values are unnormalised, counting each unordered pair once, as graphology-metrics does.
 */
export function betweenness(index: NetworkIndex, seed = 1): Float64Array {
  const n = index.nodes.length;
  const { offsets, neighbours } = index;
  const centrality = new Float64Array(n);
  let sources: number[] = Array.from({ length: n }, (_, i) => i);
  if (n > EXACT_BETWEENNESS_LIMIT) {
    const random = seededRandom(seed);
    for (let i = 0; i < SAMPLE_SOURCES; i++) {
      const j = i + Math.floor(random() * (n - i));
      [sources[i], sources[j]] = [sources[j]!, sources[i]!];
    }
    sources = sources.slice(0, SAMPLE_SOURCES);
  }
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  const queue = new Int32Array(n);
  const stackOrder = new Int32Array(n);
  for (const s of sources) {
    sigma.fill(0);
    dist.fill(-1);
    delta.fill(0);
    sigma[s] = 1;
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    let visited = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++]!;
      stackOrder[visited++] = v;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = neighbours[e]!;
        if (dist[w] === -1) {
          dist[w] = dist[v]! + 1;
          queue[tail++] = w;
        }
        if (dist[w] === dist[v]! + 1) sigma[w] = sigma[w]! + sigma[v]!;
      }
    }
    for (let k = visited - 1; k > 0; k--) {
      const w = stackOrder[k]!;
      for (let e = offsets[w]!; e < offsets[w + 1]!; e++) {
        const v = neighbours[e]!;
        if (dist[v] === dist[w]! - 1) delta[v] = delta[v]! + (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      }
      centrality[w] = centrality[w]! + delta[w]!;
    }
  }
  const scale = (n / sources.length) / 2;
  for (let i = 0; i < n; i++) centrality[i] = centrality[i]! * scale;
  return centrality;
}
