import type { MapDocument } from '../../shared/editing';
import type { MapNode } from '../../shared/model';
import { changedBetween } from '../../shared/sync';

/** How many of a map's nodes are of a kind the menus and dialogs count. */
export interface NodeCounts {
  readonly people: number;
  readonly sensitivePeople: number;
  readonly pinned: number;
}

const counted = new WeakMap<MapDocument['nodes'], NodeCounts>();
let last: { nodes: MapDocument['nodes']; counts: NodeCounts } | null = null;

/**
 * The counts, worked out once per version of the map's nodes, and from the last version's by
 * the nodes that changed when the reader can tell which (shared/sync/recordChanges.ts).
 * Selectors run on every change of the app's state (a save status, a notice, the selection),
 * so one that walked 5,000 nodes each time cost milliseconds for changes that have nothing to
 * do with the nodes.
 */
export function nodeCounts(nodes: MapDocument['nodes']): NodeCounts {
  let counts = counted.get(nodes);
  if (!counts) {
    const changed = last ? changedBetween(last.nodes, nodes) : null;
    counts = last && changed ? adjusted(last.counts, last.nodes, nodes, changed) : countAll(Object.values(nodes));
    counted.set(nodes, counts);
  }
  last = { nodes, counts };
  return counts;
}

function countAll(nodes: Iterable<MapNode>, sign = 1, into = { people: 0, sensitivePeople: 0, pinned: 0 }) {
  for (const node of nodes) {
    if (node.kind === 'person') {
      into.people += sign;
      if (node.sensitive) into.sensitivePeople += sign;
    }
    if (node.pinned) into.pinned += sign;
  }
  return into;
}

function adjusted(counts: NodeCounts, before: MapDocument['nodes'], after: MapDocument['nodes'], ids: ReadonlySet<string>): NodeCounts {
  const present = (of: MapDocument['nodes']) => [...ids].map((id) => of[id]).filter((n): n is MapNode => n !== undefined);
  const out = countAll(present(before), -1, { ...counts });
  return countAll(present(after), 1, out);
}
