import type { MapDocument } from '../editing/mapDocument';
import { layoutSizesOf } from './layoutBoxes';
import type { LayoutGraph } from './layoutTypes';

/** The map as typed arrays, in `ids` order, with the room each node's name needs. Links to missing nodes are left out. */
export function graphOf(doc: MapDocument, ids: readonly string[]): LayoutGraph {
  const index = new Map(ids.map((id, i) => [id, i]));
  const positions = new Float64Array(ids.length * 2);
  const pinned = new Uint8Array(ids.length);
  ids.forEach((id, i) => {
    const node = doc.nodes[id]!;
    positions[2 * i] = node.x;
    positions[2 * i + 1] = node.y;
    pinned[i] = node.pinned ? 1 : 0;
  });
  const pairs: number[] = [];
  for (const link of Object.values(doc.links)) {
    const s = index.get(link.source);
    const t = index.get(link.target);
    if (s !== undefined && t !== undefined && s !== t) pairs.push(s, t);
  }
  return { ids, positions, pinned, links: Uint32Array.from(pairs), sizes: layoutSizesOf(ids.map((id) => doc.nodes[id]!)) };
}
