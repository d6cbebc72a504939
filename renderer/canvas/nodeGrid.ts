import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const CELL = 1024;

/**
 * Nodes bucketed by where they are on the map, so "how many are on screen", "which are near the
 * screen" and "which is under the pointer" cost what is on screen, not the size of the map.
 * Built once per change of the nodes (a few ms at 10,000), never per frame.
 */
export class NodeGrid<N extends { readonly id: string; readonly x: number; readonly y: number }> {
  private readonly cells = new Map<number, N[]>();

  constructor(nodes: Iterable<N>, skip?: ReadonlySet<string>) {
    for (const node of nodes) {
      if (skip?.has(node.id)) continue;
      const key = keyOf(node);
      const list = this.cells.get(key);
      if (list) list.push(node);
      else this.cells.set(key, [node]);
    }
  }

  /**
   * The grid after a few nodes changed (`before` → `after`, either missing when one came or
   * went): only their cells are copied and changed, the rest are shared with this grid.
   */
  withChanges(changes: Iterable<{ readonly before: N | undefined; readonly after: N | undefined }>, skip?: ReadonlySet<string>): NodeGrid<N> {
    const next = new NodeGrid<N>([]);
    for (const [key, list] of this.cells) next.cells.set(key, list);
    const copied = new Set<number>();
    const cell = (key: number) => {
      let list = next.cells.get(key);
      if (!copied.has(key)) {
        list = list ? list.slice() : [];
        next.cells.set(key, list);
        copied.add(key);
      }
      return list!;
    };
    for (const { before, after } of changes) {
      // Still in the same cell: it keeps its place there (the one drawn on top stays on top).
      if (before && after && keyOf(before) === keyOf(after) && !skip?.has(after.id)) {
        const list = cell(keyOf(after));
        const i = list.findIndex((n) => n.id === before.id);
        if (i >= 0) {
          list[i] = after;
          continue;
        }
      }
      if (before) {
        const list = cell(keyOf(before));
        const i = list.findIndex((n) => n.id === before.id);
        if (i >= 0) list.splice(i, 1);
      }
      if (after && !skip?.has(after.id)) cell(keyOf(after)).push(after);
    }
    for (const key of copied) if (!next.cells.get(key)!.length) next.cells.delete(key);
    return next;
  }

  /** Nodes whose box meets the rectangle; stops once `cap` are found. */
  inRect(rect: Rect, cap = Infinity): N[] {
    const out: N[] = [];
    const gx0 = Math.floor((rect.x - NODE_WIDTH) / CELL);
    const gx1 = Math.floor((rect.x + rect.width) / CELL);
    const gy0 = Math.floor((rect.y - NODE_HEIGHT) / CELL);
    const gy1 = Math.floor((rect.y + rect.height) / CELL);
    // A zoomed-out view covers more cells than the map has: walk the map's cells instead.
    if ((gx1 - gx0 + 1) * (gy1 - gy0 + 1) > this.cells.size) {
      for (const list of this.cells.values()) if (collect(list, rect, out, cap)) return out;
      return out;
    }
    for (let gx = gx0; gx <= gx1; gx++) {
      for (let gy = gy0; gy <= gy1; gy++) {
        const list = this.cells.get(cellKey(gx, gy));
        if (list && collect(list, rect, out, cap)) return out;
      }
    }
    return out;
  }

  /** The node under a point of the map (the one added last wins, as it is drawn on top), or null. */
  at(point: { x: number; y: number }): N | null {
    const hits = this.inRect({ x: point.x, y: point.y, width: 0, height: 0 });
    return hits.at(-1) ?? null;
  }
}

function collect<N extends { x: number; y: number }>(list: readonly N[], rect: Rect, out: N[], cap: number): boolean {
  for (const n of list) {
    if (n.x <= rect.x + rect.width && n.x + NODE_WIDTH >= rect.x && n.y <= rect.y + rect.height && n.y + NODE_HEIGHT >= rect.y) {
      out.push(n);
      if (out.length >= cap) return true;
    }
  }
  return false;
}

const keyOf = (node: { readonly x: number; readonly y: number }) => cellKey(Math.floor(node.x / CELL), Math.floor(node.y / CELL));

// Cells are keyed by one number: maps span far less than 2^20 cells either way.
const cellKey = (gx: number, gy: number) => (gx + 524288) * 1048576 + (gy + 524288);

/** The part of the map on screen for React Flow's camera. */
export function viewRect([tx, ty, zoom]: readonly [number, number, number], width: number, height: number, margin = 0): Rect {
  const w = width / zoom;
  const h = height / zoom;
  return { x: -tx / zoom - margin * w, y: -ty / zoom - margin * h, width: w * (1 + 2 * margin), height: h * (1 + 2 * margin) };
}
