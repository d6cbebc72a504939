import type { NetworkIndex } from './networkIndex';

export interface Components {
  /** Component number for each node index. */
  readonly componentOf: Int32Array;
  /** Node indices of each component, largest first. Component 0 is the main network. */
  readonly members: readonly (readonly number[])[];
}

/** Connected components, ignoring link direction (help flows both ways along a relationship). */
export function connectedComponents(index: NetworkIndex): Components {
  const n = index.nodes.length;
  const label = new Int32Array(n).fill(-1);
  const groups: number[][] = [];
  const stack: number[] = [];
  for (let start = 0; start < n; start++) {
    if (label[start] !== -1) continue;
    const group: number[] = [];
    label[start] = groups.length;
    stack.push(start);
    while (stack.length) {
      const v = stack.pop()!;
      group.push(v);
      for (let e = index.offsets[v]!; e < index.offsets[v + 1]!; e++) {
        const w = index.neighbours[e]!;
        if (label[w] === -1) {
          label[w] = groups.length;
          stack.push(w);
        }
      }
    }
    groups.push(group);
  }
  const order = groups.map((g, i) => i).sort((a, b) => groups[b]!.length - groups[a]!.length || a - b);
  const renumber = new Int32Array(groups.length);
  order.forEach((old, i) => (renumber[old] = i));
  const componentOf = new Int32Array(n);
  for (let v = 0; v < n; v++) componentOf[v] = renumber[label[v]!]!;
  return { componentOf, members: order.map((i) => groups[i]!) };
}
