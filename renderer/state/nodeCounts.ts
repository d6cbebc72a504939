import type { MapDocument } from '../../shared/editing';

/** How many of a map's nodes are of a kind the menus and dialogs count. */
export interface NodeCounts {
  readonly people: number;
  readonly sensitivePeople: number;
  readonly pinned: number;
}

const counted = new WeakMap<MapDocument['nodes'], NodeCounts>();

/**
 * The counts, worked out once per version of the map's nodes. Selectors run on every change of
 * the app's state (a save status, a notice, the selection), so one that walked 5,000 nodes each
 * time cost milliseconds for changes that have nothing to do with the nodes.
 */
export function nodeCounts(nodes: MapDocument['nodes']): NodeCounts {
  let counts = counted.get(nodes);
  if (!counts) {
    let people = 0;
    let sensitivePeople = 0;
    let pinned = 0;
    for (const node of Object.values(nodes)) {
      if (node.kind === 'person') {
        people++;
        if (node.sensitive) sensitivePeople++;
      }
      if (node.pinned) pinned++;
    }
    counted.set(nodes, (counts = { people, sensitivePeople, pinned }));
  }
  return counts;
}
