import type { MapDocument } from '../../shared/editing';
import { boxExit, NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import type { MapLink } from '../../shared/model';
import type { LinkBatch } from './linkBatches';
import type { Rect } from './nodeGrid';

/** How one link is drawn: what LinkEdge.tsx gives its SVG path, for a canvas. */
export interface LinkLook {
  readonly colour: string;
  readonly faded: boolean;
  readonly selected: boolean;
}

export interface LinkDrawStyle {
  /** Line width in screen pixels whatever the zoom (name chips, workshop), or null for map units by strength. */
  readonly screenWidthPx: number | null;
  /**
   * Unselected links stroked one device pixel wide (arrowheads keep their size): without a GPU,
   * Skia strokes a 1.5 px line 7–14 times slower than a hairline, and the thousands of links of
   * a zoomed-out big map made each redraw a task of a few hundred ms.
   */
  readonly hairline?: boolean;
  /** Where each node's drawn box is not the standard one (name chips, markers), in map units. */
  readonly boxOf: (id: string) => { width: number; height: number; dx?: number; dy?: number } | null;
  readonly lookOf: (link: MapLink) => LinkLook;
}

/** Where a node is drawn: a drag in progress is shown before it is written (renderer/state/dragState.ts). */
export type DrawnAt = ReadonlyMap<string, { x: number; y: number }> | undefined;

/** A link's two ends, each where the line leaves its node's drawn box; null when an end is missing or hidden. */
export function linkEnds(doc: MapDocument, link: MapLink, boxOf: LinkDrawStyle['boxOf'], moved?: DrawnAt): { x1: number; y1: number; x2: number; y2: number } | null {
  const a = moved?.get(link.source) ?? doc.nodes[link.source];
  const b = moved?.get(link.target) ?? doc.nodes[link.target];
  if (!a || !b) return null;
  const ca = { x: a.x + NODE_WIDTH / 2, y: a.y + NODE_HEIGHT / 2 };
  const cb = { x: b.x + NODE_WIDTH / 2, y: b.y + NODE_HEIGHT / 2 };
  const boxA = boxOf(link.source);
  const boxB = boxOf(link.target);
  const start = boxExit(ca, cb, boxA?.width, boxA?.height, boxA?.dx, boxA?.dy);
  const end = boxExit(cb, ca, boxB?.width, boxB?.height, boxB?.dx, boxB?.dy);
  return { x1: start.x, y1: start.y, x2: end.x, y2: end.y };
}

/** Whether a line's bounding box meets the rectangle: cheap, and never misses a line that crosses it. */
export function lineMeets(l: { x1: number; y1: number; x2: number; y2: number }, r: Rect): boolean {
  return Math.max(l.x1, l.x2) >= r.x && Math.min(l.x1, l.x2) <= r.x + r.width && Math.max(l.y1, l.y2) >= r.y && Math.min(l.y1, l.y2) <= r.y + r.height;
}

/** Where each link is drawn, worked out once per change of the map or the names' boxes, not per camera. */
export interface LinkGeometry {
  readonly links: readonly MapLink[];
  /** x1, y1, x2, y2 per link, in map units; NaN where an end is missing. */
  readonly ends: Float64Array;
}

export function linkGeometry(doc: MapDocument, links: readonly MapLink[], boxOf: LinkDrawStyle['boxOf'], moved?: DrawnAt): LinkGeometry {
  const ends = new Float64Array(links.length * 4).fill(Number.NaN);
  links.forEach((link, i) => {
    const e = linkEnds(doc, link, boxOf, moved);
    if (!e) return;
    ends[4 * i] = e.x1;
    ends[4 * i + 1] = e.y1;
    ends[4 * i + 2] = e.x2;
    ends[4 * i + 3] = e.y2;
  });
  return { links, ends };
}

type Batch = { width: number; colour: string; alpha: number; dashed: boolean; selected: boolean; lines: number[]; arrows: number[] };

/**
 * The links that meet `rect` in map units, batched by look as LinkEdge draws them in SVG: width
 * by strength (wider when selected), the lens's colour or the selection's, faded outside an
 * emphasis, dashed for signposting, an arrowhead on directed links; faded batches first, so
 * selected and bright links are drawn over them (linkBatches.ts draws them).
 */
export function batchLinks({ links, ends: all }: LinkGeometry, rect: Rect, zoom: number, style: Omit<LinkDrawStyle, 'boxOf'>): LinkBatch[] {
  const batches = new Map<string, Batch>();
  for (let i = 0; i < links.length; i++) {
    const link = links[i]!;
    const ends = { x1: all[4 * i]!, y1: all[4 * i + 1]!, x2: all[4 * i + 2]!, y2: all[4 * i + 3]! };
    // NaN (a missing end) fails every comparison, so such a link is never drawn.
    if (!lineMeets(ends, rect)) continue;
    const look = style.lookOf(link);
    const base = style.screenWidthPx !== null ? style.screenWidthPx / zoom : 1 + link.strength * 0.75;
    const width = look.selected ? (style.screenWidthPx !== null ? base * 2 : base + 1.5) : base;
    const dashed = link.type === 'refersTo' && link.referralMode === 'signposting';
    const alpha = look.faded ? 0.12 : 1;
    const key = `${width}|${look.colour}|${alpha}|${dashed}|${look.selected}`;
    let batch = batches.get(key);
    if (!batch) batches.set(key, (batch = { width, colour: look.colour, alpha, dashed, selected: look.selected, lines: [], arrows: [] }));
    batch.lines.push(ends.x1, ends.y1, ends.x2, ends.y2);
    if (link.directed) batch.arrows.push(ends.x1, ends.y1, ends.x2, ends.y2);
  }
  return [...batches.values()]
    .sort((p, q) => p.alpha - q.alpha || p.width - q.width)
    .map((b) => ({ ...b, lines: Float64Array.from(b.lines), arrows: Float64Array.from(b.arrows) }));
}

/** The link nearest a point of the map within `tolerance` map units, or null: a click on a drawn link selects it. */
export function linkAt(doc: MapDocument, links: readonly MapLink[], point: { x: number; y: number }, tolerance: number, boxOf: LinkDrawStyle['boxOf']): MapLink | null {
  let best: MapLink | null = null;
  let bestDistance = tolerance;
  const near = { x: point.x - tolerance, y: point.y - tolerance, width: 2 * tolerance, height: 2 * tolerance };
  for (const link of links) {
    const ends = linkEnds(doc, link, boxOf);
    if (!ends || !lineMeets(ends, near)) continue;
    const d = distanceToSegment(point, ends);
    if (d <= bestDistance) {
      best = link;
      bestDistance = d;
    }
  }
  return best;
}

function distanceToSegment(p: { x: number; y: number }, { x1, y1, x2, y2 }: { x1: number; y1: number; x2: number; y2: number }): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const lengthSq = dx * dx + dy * dy;
  const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - x1) * dx + (p.y - y1) * dy) / lengthSq));
  return Math.hypot(p.x - (x1 + t * dx), p.y - (y1 + t * dy));
}
