import type { MapDocument } from '../../shared/editing';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import type { MapLink } from '../../shared/model';
import { linkEnds, type DrawnAt, type LinkDrawStyle, type LinkGeometry } from './linkDraw';
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
  near(rect: Rect, moved?: DrawnAt): number[] {
    const stamp = ++this.stamp;
    const out: number[] = [];
    const take = (i: number) => {
      if (this.seen[i] === stamp) return;
      this.seen[i] = stamp;
      out.push(i);
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

/**
 * Where each indexed link is drawn, worked out the first time it comes near the screen and kept
 * until the nodes, links or names' boxes change (a new cache then): a camera coming to rest again
 * over the same part of the map costs no geometry at all. A dragged node's links are worked out
 * afresh each time, from where the drag has taken it, and not kept.
 */
export class LinkEndsCache {
  private readonly ends: Float64Array;
  private readonly known: Uint8Array;

  constructor(
    private readonly doc: MapDocument,
    private readonly index: LinkIndex,
    private readonly boxOf: LinkDrawStyle['boxOf'],
  ) {
    this.ends = new Float64Array(index.links.length * 4);
    this.known = new Uint8Array(index.links.length);
  }

  geometry(indices: readonly number[], moved?: DrawnAt): LinkGeometry {
    const links: MapLink[] = new Array(indices.length);
    const ends = new Float64Array(indices.length * 4).fill(Number.NaN);
    indices.forEach((i, k) => {
      const link = this.index.links[i]!;
      links[k] = link;
      const dragged = moved !== undefined && (moved.has(link.source) || moved.has(link.target));
      if (dragged || !this.known[i]) {
        const e = linkEnds(this.doc, link, this.boxOf, moved);
        const at = dragged ? null : 4 * i;
        const values = e ? [e.x1, e.y1, e.x2, e.y2] : [Number.NaN, Number.NaN, Number.NaN, Number.NaN];
        if (at !== null) {
          this.ends.set(values, at);
          this.known[i] = 1;
        }
        ends.set(values, 4 * k);
        return;
      }
      ends.set(this.ends.subarray(4 * i, 4 * i + 4), 4 * k);
    });
    return { links, ends };
  }
}

/** One number per cell: maps span far less than 2^20 cells of 512 units either way. */
function keyOf(cx: number, cy: number): number {
  return (cx + 2 ** 20) * 2 ** 21 + (cy + 2 ** 20);
}
