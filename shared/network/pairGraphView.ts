import type { AbstractGraph } from 'graphology-types';

/**
 * A read-only, undirected graphology graph over node indices 0…count−1 and a flat list of
 * index pairs, for graphology's own algorithms (Louvain) to read without a Graph being built.
 *
 * Why: building a graphology Graph costs an object per node and per link plus string-keyed
 * adjacency maps: about 25 ms and most of the garbage of a 5,000-node gap analysis, four
 * times what Louvain itself takes. graphology's algorithms only read a graph, through the
 * documented methods implemented below; the view lists nodes and links in the order a Graph
 * built from the same pairs would, so the results are identical: test/unit/pairGraphView.test.ts
 * checks this against a real Graph and fails if a graphology upgrade reads something new.
 * Node keys are the indices as strings; repeated pairs merge and self-loops are left out, as
 * `mergeEdge` on a Graph without self-loops would.
 */
export function pairGraphView(count: number, pairs: ArrayLike<number>): AbstractGraph {
  const keys = Array.from({ length: count }, (_, i) => String(i));
  const degree = new Int32Array(count);
  const sources: number[] = [];
  const targets: number[] = [];
  const seen = new Set<number>();
  for (let k = 0; k + 1 < pairs.length; k += 2) {
    const s = pairs[k]!;
    const t = pairs[k + 1]!;
    const key = s < t ? s * count + t : t * count + s;
    if (s === t || seen.has(key)) continue;
    seen.add(key);
    sources.push(s);
    targets.push(t);
    degree[s]! += 1;
    degree[t]! += 1;
  }
  const noAttributes = Object.freeze({});
  const readOnly = () => {
    throw new Error('This graph is a read-only view of the map’s links.');
  };
  const nodeIndex = (node: unknown) => {
    const i = Number(node);
    if (!Number.isInteger(i) || i < 0 || i >= count) throw new Error(`No node ${String(node)} in this graph view.`);
    return i;
  };
  const view = {
    type: 'undirected',
    multi: false,
    allowSelfLoops: false,
    order: count,
    size: sources.length,
    directedSize: 0,
    undirectedSize: sources.length,
    selfLoopCount: 0,
    directedSelfLoopCount: 0,
    undirectedSelfLoopCount: 0,
    // graphology-utils/is-graph recognises a graph by these; a view never changes.
    addUndirectedEdgeWithKey: readOnly,
    dropNode: readOnly,
    setNodeAttribute: readOnly,
    undirectedDegreeWithoutSelfLoops: (node: unknown) => degree[nodeIndex(node)]!,
    degreeWithoutSelfLoops: (node: unknown) => degree[nodeIndex(node)]!,
    forEachNode(callback: (node: string, attributes: object) => void) {
      for (let i = 0; i < count; i++) callback(keys[i]!, noAttributes);
    },
    forEachEdge(callback: (edge: string, attributes: object, source: string, target: string, sourceAttributes: object, targetAttributes: object, undirected: boolean) => void) {
      for (let k = 0; k < sources.length; k++) callback(`e${k}`, noAttributes, keys[sources[k]!]!, keys[targets[k]!]!, noAttributes, noAttributes, true);
    },
  };
  return view as unknown as AbstractGraph;
}
