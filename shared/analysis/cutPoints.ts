import type { NetworkIndex } from './networkIndex';

/**
 * A link whose removal splits the network, and the smaller side it would cut off. Only sides of
 * at least `minGroup` nodes are listed: every leaf hangs on one link, and that is not news.
 */
export interface Bridge {
  readonly linkIndex: number;
  /** Node indices on the smaller side. */
  readonly side: readonly number[];
}

/** A node (a broker) whose removal splits the network, and each piece it alone holds on. */
export interface Broker {
  readonly node: number;
  /** The pieces that would be cut off (at least `minGroup` nodes), smallest first; the largest is not listed. */
  readonly pieces: readonly (readonly number[])[];
}

/**
 * Groups larger than this are not listed: half a network hanging on one link is better seen as
 * two communities, and listing every split of a long chain would cost O(n²).
 */
export const MAX_GROUP = 500;

export interface CutPoints {
  readonly bridges: readonly Bridge[];
  readonly brokers: readonly Broker[];
}

/**
 * Bridges and articulation points by Tarjan's lowpoint method, written with an explicit stack
 * (a 10,000-node chain would overflow recursion). Parallel links between the same two nodes are
 * told apart by link index, so two links are never a bridge.
 */
export function cutPoints(index: NetworkIndex, minGroup = 2, maxGroup = MAX_GROUP): CutPoints {
  const { offsets, neighbours, linkAt } = index;
  const n = index.nodes.length;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const size = new Int32Array(n);
  const parentLink = new Int32Array(n).fill(-1);
  const parent = new Int32Array(n).fill(-1);
  const edgeCursor = new Int32Array(n);
  // Nodes in discovery order: a DFS subtree is a contiguous run of it.
  const order = new Int32Array(n);
  const bridgeChildren: number[] = [];
  // For each node, the children whose subtree it alone holds on to.
  const cutChildren = new Map<number, number[]>();
  let time = 0;
  const stack: number[] = [];
  const componentSize = new Int32Array(n);
  const componentStart = new Int32Array(n);

  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    const first = time;
    disc[root] = low[root] = time;
    order[time++] = root;
    edgeCursor[root] = offsets[root]!;
    stack.push(root);
    while (stack.length) {
      const v = stack[stack.length - 1]!;
      if (edgeCursor[v]! < offsets[v + 1]!) {
        const e = edgeCursor[v]!;
        edgeCursor[v] = e + 1;
        const w = neighbours[e]!;
        if (linkAt[e] === parentLink[v]) continue;
        if (disc[w] === -1) {
          disc[w] = low[w] = time;
          order[time++] = w;
          parent[w] = v;
          parentLink[w] = linkAt[e]!;
          edgeCursor[w] = offsets[w]!;
          stack.push(w);
        } else if (disc[w]! < low[v]!) {
          low[v] = disc[w]!;
        }
        continue;
      }
      stack.pop();
      size[v] = 1 + size[v]!;
      const p = parent[v]!;
      if (p === -1) continue;
      size[p] = size[p]! + size[v]!;
      if (low[v]! < low[p]!) low[p] = low[v]!;
      if (low[v]! > disc[p]!) bridgeChildren.push(v);
      if (low[v]! >= disc[p]!) {
        const list = cutChildren.get(p) ?? [];
        list.push(v);
        cutChildren.set(p, list);
      }
    }
    for (let t = first; t < time; t++) {
      componentSize[order[t]!] = time - first;
      componentStart[order[t]!] = first;
    }
  }

  /** Node indices in discovery-order positions [from, to), leaving out the given ranges. */
  const collect = (from: number, to: number, skip: readonly (readonly [number, number])[] = []): number[] => {
    // `skip` is sorted by start and its ranges do not overlap.
    const out: number[] = [];
    let k = 0;
    for (let t = from; t < to; t++) {
      while (k < skip.length && skip[k]![1] <= t) k++;
      const hole = skip[k];
      if (hole && t >= hole[0]) t = hole[1] - 1;
      else out.push(order[t]!);
    }
    return out;
  };
  const range = (v: number): [number, number] => [disc[v]!, disc[v]! + size[v]!];

  const bridges: Bridge[] = [];
  for (const child of bridgeChildren) {
    const inside = size[child]!;
    const outside = componentSize[child]! - inside;
    if (Math.min(inside, outside) < minGroup || Math.min(inside, outside) > maxGroup) continue;
    const start = componentStart[child]!;
    const side = inside <= outside ? collect(...range(child)) : collect(start, start + componentSize[child]!, [range(child)]);
    bridges.push({ linkIndex: parentLink[child]!, side });
  }

  const brokers: Broker[] = [];
  for (const [v, children] of cutChildren) {
    if (parent[v] === -1 && children.length < 2) continue;
    const held = children.reduce((sum, c) => sum + size[c]!, 0);
    const restSize = componentSize[v]! - 1 - held;
    const sizes = [...children.map((c) => size[c]!), restSize];
    // On a tie the rest (towards where the search started) counts as the main piece.
    const largest = restSize >= Math.max(...sizes) ? children.length : sizes.indexOf(Math.max(...sizes));
    const pieces: number[][] = [];
    children.forEach((c, i) => {
      if (i !== largest && size[c]! >= minGroup && size[c]! <= maxGroup) pieces.push(collect(...range(c)));
    });
    if (largest !== children.length && restSize >= minGroup && restSize <= maxGroup) {
      const start = componentStart[v]!;
      const holes: [number, number][] = [[disc[v]!, disc[v]! + 1], ...children.map(range)];
      pieces.push(collect(start, start + componentSize[v]!, holes.sort((a, b) => a[0] - b[0])));
    }
    if (pieces.length) brokers.push({ node: v, pieces: pieces.sort((a, b) => a.length - b.length) });
  }
  return { bridges, brokers };
}
