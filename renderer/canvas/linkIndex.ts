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
  private readonly long = new Set<number>();
  private readonly byNode = new Map<string, number[]>();
  /** The cells each link is filed in (empty when in `long` or not placed), so it can be filed again. */
  private readonly filed: number[][];
  private readonly seen: Uint32Array;
  private stamp = 0;

  constructor(
    nodes: MapDocument['nodes'],
    readonly links: readonly MapLink[],
  ) {
    this.seen = new Uint32Array(links.length);
    this.filed = links.map(() => []);
    links.forEach((link, i) => {
      for (const id of [link.source, link.target]) {
        const list = this.byNode.get(id);
        if (list) list.push(i);
        else this.byNode.set(id, [i]);
      }
      this.file(nodes, i);
    });
  }

  /** The indices of a node's links. */
  linksOf(nodeId: string): readonly number[] {
    return this.byNode.get(nodeId) ?? [];
  }

  /**
   * Files the links of these nodes again where the nodes now are: a few nodes moved (an edit,
   * the end of a drag) cost their own links, not the map's. The links themselves must not have changed.
   */
  refile(nodes: MapDocument['nodes'], nodeIds: Iterable<string>): void {
    const done = new Set<number>();
    for (const id of nodeIds) {
      for (const i of this.linksOf(id)) {
        if (done.has(i)) continue;
        done.add(i);
        this.unfile(i);
        this.file(nodes, i);
      }
    }
  }

  private file(nodes: MapDocument['nodes'], i: number): void {
    const link = this.links[i]!;
    const a = nodes[link.source];
    const b = nodes[link.target];
    if (!a || !b) return;
    const x0 = Math.floor((Math.min(a.x, b.x) + NODE_WIDTH / 2) / CELL);
    const x1 = Math.floor((Math.max(a.x, b.x) + NODE_WIDTH / 2) / CELL);
    const y0 = Math.floor((Math.min(a.y, b.y) + NODE_HEIGHT / 2) / CELL);
    const y1 = Math.floor((Math.max(a.y, b.y) + NODE_HEIGHT / 2) / CELL);
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > MOST_CELLS) {
      this.long.add(i);
      return;
    }
    const keys = this.filed[i]!;
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        const key = keyOf(cx, cy);
        this.cell(key).push(i);
        keys.push(key);
      }
    }
  }

  private unfile(i: number): void {
    this.long.delete(i);
    const keys = this.filed[i]!;
    for (const key of keys) {
      const list = this.cells.get(key);
      const at = list ? list.indexOf(i) : -1;
      if (at < 0) continue;
      // Order within a cell does not matter: the last takes the removed one's place.
      list![at] = list![list!.length - 1]!;
      list!.pop();
      if (list!.length === 0) this.cells.delete(key);
    }
    keys.length = 0;
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
    for (const i of this.long) take(i);
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

  /**
   * A cache for a changed map (the same links, some nodes drawn elsewhere or with another box)
   * that keeps every end worked out before except those of these nodes' links.
   */
  static keeping(previous: LinkEndsCache, doc: MapDocument, boxOf: LinkDrawStyle['boxOf'], redrawn: Iterable<string>): LinkEndsCache {
    const next = new LinkEndsCache(doc, previous.index, boxOf);
    next.ends.set(previous.ends);
    next.known.set(previous.known);
    for (const id of redrawn) for (const i of previous.index.linksOf(id)) next.known[i] = 0;
    return next;
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
