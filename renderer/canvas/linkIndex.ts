import type { MapDocument } from '../../shared/editing';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import type { MapLink } from '../../shared/model';
import type { DrawnAt } from './linkDraw';
import type { Rect } from './nodeGrid';

const CELL = 512;
/** A link whose box spans more cells than this is kept in one list checked for every view. */
const MOST_CELLS = 64;

/**
 * A big map's links bucketed by the box between their nodes' centres, so the link canvas
 * (LinkCanvas.tsx) works out and draws only the links near the screen: going through all
 * 15,000 of them at every rest of the camera was a task of 40–60 ms on a loaded laptop. A
 * link's drawn line (from box edge to box edge) lies inside that box, so no drawn link is missed.
 * Built once per change of the nodes or links (a few ms at 30,000 links), never per frame.
 */
export class LinkIndex {
  private readonly cells = new Map<number, number[]>();
  private readonly long: number[] = [];
  private readonly byNode = new Map<string, number[]>();
  private readonly seen: Uint32Array;
  private stamp = 0;

  constructor(
    nodes: MapDocument['nodes'],
    readonly links: readonly MapLink[],
  ) {
    this.seen = new Uint32Array(links.length);
    links.forEach((link, i) => {
      for (const id of [link.source, link.target]) {
        const list = this.byNode.get(id);
        if (list) list.push(i);
        else this.byNode.set(id, [i]);
      }
      const a = nodes[link.source];
      const b = nodes[link.target];
      if (!a || !b) return;
      const x0 = Math.floor((Math.min(a.x, b.x) + NODE_WIDTH / 2) / CELL);
      const x1 = Math.floor((Math.max(a.x, b.x) + NODE_WIDTH / 2) / CELL);
      const y0 = Math.floor((Math.min(a.y, b.y) + NODE_HEIGHT / 2) / CELL);
      const y1 = Math.floor((Math.max(a.y, b.y) + NODE_HEIGHT / 2) / CELL);
      if ((x1 - x0 + 1) * (y1 - y0 + 1) > MOST_CELLS) {
        this.long.push(i);
        return;
      }
      for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) this.cell(keyOf(cx, cy)).push(i);
    });
  }

  /**
   * The links that may be drawn in `rect` (map units), each once; with `moved`, also every link
   * of a node being dragged, which may have left the box it was indexed by.
   */
  near(rect: Rect, moved?: DrawnAt): MapLink[] {
    const stamp = ++this.stamp;
    const out: MapLink[] = [];
    const take = (i: number) => {
      if (this.seen[i] === stamp) return;
      this.seen[i] = stamp;
      out.push(this.links[i]!);
    };
    const x0 = Math.floor(rect.x / CELL);
    const x1 = Math.floor((rect.x + rect.width) / CELL);
    const y0 = Math.floor(rect.y / CELL);
    const y1 = Math.floor((rect.y + rect.height) / CELL);
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > this.cells.size) {
      // Zoomed far out: fewer cells hold links than are in view, so each is checked instead.
      for (const [key, list] of this.cells) {
        const cx = Math.floor(key / 2 ** 21) - 2 ** 20;
        const cy = (key % 2 ** 21) - 2 ** 20;
        if (cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1) list.forEach(take);
      }
    } else for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) this.cells.get(keyOf(cx, cy))?.forEach(take);
    this.long.forEach(take);
    if (moved) for (const id of moved.keys()) this.byNode.get(id)?.forEach(take);
    return out;
  }

  private cell(key: number): number[] {
    let list = this.cells.get(key);
    if (!list) this.cells.set(key, (list = []));
    return list;
  }
}

/** One number per cell: maps span far less than 2^20 cells of 512 units either way. */
function keyOf(cx: number, cy: number): number {
  return (cx + 2 ** 20) * 2 ** 21 + (cy + 2 ** 20);
}
