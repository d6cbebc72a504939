import { NODE_KIND_LABELS, type Area, type MapLink, type MapNode } from '../model';
import type { GroupField, Grouping } from './layoutTypes';

/** Links that say a node belongs to an organisation: staff, hosted spaces, delivered projects. */
const BELONGS_TO_ORGANISATION = new Set<MapLink['type']>(['worksAt', 'runsOrHosts', 'delivers', 'funds']);

/**
 * Puts every node in a group by one of its fields, for "Group by…". Many nodes have no value
 * for the field (a person has no area; most nodes have no tag), so a node without one joins
 * the group most of its links lead to — the youth worker sits with the centre she works at —
 * and only a node with nothing to go on lands in a "No area" / "No tag" group.
 */
export function groupNodes(
  nodes: readonly MapNode[],
  links: readonly MapLink[],
  areas: readonly Area[],
  field: Exclude<GroupField, 'community'>,
): Grouping {
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const labels: string[] = [];
  const labelIndex = new Map<string, number>();
  const groupFor = (label: string) => {
    let g = labelIndex.get(label);
    if (g === undefined) {
      g = labels.length;
      labels.push(label);
      labelIndex.set(label, g);
    }
    return g;
  };
  const groupOf = new Int32Array(nodes.length).fill(-1);
  const areaName = new Map(areas.map((a) => [a.id, a.name]));

  if (field === 'organisation') {
    // Organisations head their own group; others join the organisation they belong to.
    nodes.forEach((n, i) => {
      if (n.kind === 'organisation') groupOf[i] = groupFor(n.name);
    });
    for (const link of links) {
      const s = index.get(link.source);
      const t = index.get(link.target);
      if (s === undefined || t === undefined || !BELONGS_TO_ORGANISATION.has(link.type)) continue;
      if (groupOf[s] === -1 && nodes[t]!.kind === 'organisation') groupOf[s] = groupOf[t]!;
      else if (groupOf[t] === -1 && nodes[s]!.kind === 'organisation') groupOf[t] = groupOf[s]!;
    }
  } else {
    nodes.forEach((n, i) => {
      const label = ownValue(n, field, areaName);
      if (label !== null) groupOf[i] = groupFor(label);
    });
  }

  followNeighbours(groupOf, links, index);
  const none = { area: 'No area', kind: 'Other', organisation: 'No organisation', tag: 'No tag' }[field];
  for (let i = 0; i < groupOf.length; i++) if (groupOf[i] === -1) groupOf[i] = groupFor(none);
  return { groupOf, labels };
}

function ownValue(node: MapNode, field: 'area' | 'kind' | 'tag', areaName: Map<string, string>): string | null {
  if (field === 'kind') return `${NODE_KIND_LABELS[node.kind]}s`.replace('Persons', 'People');
  if (field === 'tag') {
    const tag = [...node.tags].sort((a, b) => a.localeCompare(b, 'en-GB'))[0];
    return tag ? tag.charAt(0).toUpperCase() + tag.slice(1) : null;
  }
  if (node.kind === 'space') return node.areaId ? (areaName.get(node.areaId) ?? null) : null;
  if (node.kind === 'organisation') {
    const served = node.areasServed.filter((id) => areaName.has(id));
    if (served.length === 1) return areaName.get(served[0]!)!;
    if (served.length > 1) return 'Several areas';
  }
  return null;
}

/**
 * Nodes without a group take the most common group among their neighbours, a few rounds over,
 * so a group reaches people two links away from its spaces. Ties go to the lower group index
 * so the answer never depends on iteration order.
 */
function followNeighbours(groupOf: Int32Array, links: readonly MapLink[], index: Map<string, number>): void {
  const adjacency: number[][] = Array.from({ length: groupOf.length }, () => []);
  for (const link of links) {
    const s = index.get(link.source);
    const t = index.get(link.target);
    if (s === undefined || t === undefined) continue;
    adjacency[s]!.push(t);
    adjacency[t]!.push(s);
  }
  for (let round = 0; round < 3; round++) {
    const next = groupOf.slice();
    let changed = false;
    for (let i = 0; i < groupOf.length; i++) {
      if (groupOf[i] !== -1) continue;
      const votes = new Map<number, number>();
      for (const j of adjacency[i]!) {
        const g = groupOf[j]!;
        if (g !== -1) votes.set(g, (votes.get(g) ?? 0) + 1);
      }
      let best = -1;
      let bestVotes = 0;
      for (const [g, v] of votes) {
        if (v > bestVotes || (v === bestVotes && g < best)) {
          best = g;
          bestVotes = v;
        }
      }
      if (best !== -1) {
        next[i] = best;
        changed = true;
      }
    }
    groupOf.set(next);
    if (!changed) break;
  }
}
