import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import type { MapNode } from '../../shared/model';

/** The node under a point of the map (the one drawn last, i.e. on top, wins), or null. */
export function nodeAtPoint(nodes: readonly MapNode[], point: { x: number; y: number }, hidden?: ReadonlySet<string>): MapNode | null {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i]!;
    if (hidden?.has(n.id)) continue;
    if (point.x >= n.x && point.x <= n.x + NODE_WIDTH && point.y >= n.y && point.y <= n.y + NODE_HEIGHT) return n;
  }
  return null;
}
