import { louvainPartition } from '../network/louvainPartition';
import type { NetworkIndex } from './networkIndex';

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
  readonly modularity: number;
}

/**
 * Communities (shared/network/louvainPartition.ts) with the link counts between every pair of
 * groups; members of each are listed best-connected first.
 */
export function detectCommunities(index: NetworkIndex, seed = 1): Communities {
  const n = index.nodes.length;
  const pairs = new Uint32Array(index.links.length * 2);
  for (let k = 0; k < index.links.length; k++) {
    pairs[2 * k] = index.linkSource[k]!;
    pairs[2 * k + 1] = index.linkTarget[k]!;
  }
  const { communityOf, modularity } = louvainPartition(n, pairs, seed);
  const ordered: number[][] = [];
  for (let i = 0; i < n; i++) (ordered[communityOf[i]!] ??= []).push(i);
  const degree = (i: number) => index.offsets[i + 1]! - index.offsets[i]!;
  for (const members of ordered) members.sort((a, b) => degree(b) - degree(a) || a - b);
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
  return { communityOf, communities, modularity };
}
