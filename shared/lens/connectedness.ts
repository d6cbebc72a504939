import { betweenness } from '../analysis/betweenness';
import { detectCommunities } from '../analysis/communities';
import { buildNetworkIndex, degreeOf } from '../analysis/networkIndex';
import type { MapDocument } from '../editing/mapDocument';

/**
 * The network measures lenses use, per node id. Worked out with the gap analysis's own
 * functions (Brandes betweenness, seeded Louvain), so a lens and a finding never disagree
 * about who the brokers are or which group a node is in.
 */
export interface Connectedness {
  readonly degree: ReadonlyMap<string, number>;
  /** Betweenness as a share of the map's highest (0 to 1); 0 everywhere on a map with no brokers. */
  readonly brokerage: ReadonlyMap<string, number>;
  /** Community number, largest first (0 = the largest group). */
  readonly community: ReadonlyMap<string, number>;
  /** How many nodes each community has, by community number. */
  readonly communitySizes: readonly number[];
}

export function computeConnectedness(doc: MapDocument, seed = 1): Connectedness {
  const index = buildNetworkIndex(doc);
  const between = betweenness(index, seed);
  const { communityOf, communities } = detectCommunities(index, seed);
  let top = 0;
  for (const b of between) top = Math.max(top, b);
  const degree = new Map<string, number>();
  const brokerage = new Map<string, number>();
  const community = new Map<string, number>();
  index.nodes.forEach((node, i) => {
    degree.set(node.id, degreeOf(index, i));
    brokerage.set(node.id, top > 0 ? between[i]! / top : 0);
    community.set(node.id, communityOf[i]!);
  });
  return { degree, brokerage, community, communitySizes: communities.map((c) => c.members.length) };
}

/**
 * Whether two versions of a map have the same network — the same nodes and the same links —
 * so a drag or a rename does not make the measures be worked out again every frame.
 */
export function sameNetwork(a: MapDocument, b: MapDocument): boolean {
  if (a.links !== b.links) return false;
  if (a.nodes === b.nodes) return true;
  let count = 0;
  for (const id in a.nodes) {
    if (!(id in b.nodes)) return false;
    count++;
  }
  return count === Object.keys(b.nodes).length;
}
