import { freeRectangle, viewportForBounds, type ScreenRect } from './freeRectangle';

type Bounds = { x: number; y: number; width: number; height: number };
type Viewport = { x: number; y: number; zoom: number };
type Box = { x: number; y: number; width: number; height: number };

/** A node on screen this close to a cover counts as under it: a border's width of air. */
const MARGIN_PX = 4;
/** Panels beyond these many are only ever cut off, never left over the map (the search is 5ⁿ). */
const MAX_SEARCHED_COVERS = 5;
/** How much smaller than its rectangle allows a map left under a cover is tried, to push it clear. */
const SCALES = [1, 0.95, 0.9, 0.85, 0.8, 0.75];
/** Where in its rectangle's spare room such a map is tried: centred, and part and all the way to each side. */
const SHIFTS = [0, -0.5, 0.5, -1, 1];

const area = (r: ScreenRect) => Math.max(0, r.right - r.left) * Math.max(0, r.bottom - r.top);
const meets = (a: ScreenRect, b: ScreenRect) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

interface Candidate {
  readonly viewport: Viewport;
  /** Covers the rectangle was not cut clear of: the map may lie under them only where it has no node. */
  readonly kept: readonly ScreenRect[];
  readonly centred: boolean;
  readonly room: number;
}

/**
 * The camera that shows `bounds` as large as it can with no node under a cover. Cutting every
 * cover off the pane (freeRectangle) is safe but can cost most of the screen: a minimap in the
 * bottom-right corner takes a whole column or row off, though the map's own corner there is
 * often empty. So every way of cutting each cover off (or leaving it over the map) is tried,
 * with the map centred or pushed to either side, and the largest zoom wins whose nodes (`boxes`,
 * in map units) all stay clear of the covers left over the map. Ties go to fewer covers left
 * over, then to the centred map, then to more room. Falls back to freeRectangle's answer.
 */
export function fitViewport(
  bounds: Bounds,
  boxes: readonly Box[],
  pane: ScreenRect,
  covers: readonly ScreenRect[],
  options: { padding: number; minZoom: number; maxZoom: number; reach?: { x: number; y: number }; coverReach?: { x: number; y: number } },
): Viewport {
  const inside = covers
    .map((c) => ({ left: Math.max(c.left, pane.left), top: Math.max(c.top, pane.top), right: Math.min(c.right, pane.right), bottom: Math.min(c.bottom, pane.bottom) }))
    .filter((c) => c.right > c.left && c.bottom > c.top)
    .sort((a, b) => area(b) - area(a));
  const fallback = viewportForBounds(bounds, pane, freeRectangle(pane, inside, bounds), options);
  if (inside.length > MAX_SEARCHED_COVERS) return fallback;

  const reach = options.reach ?? { x: 0, y: 0 };
  const coverReach = options.coverReach ?? reach;
  const rects: { rect: ScreenRect; kept: ScreenRect[] }[] = [];
  const seen = new Set<string>();
  for (const cut of cuttings(pane, inside)) {
    if (area(cut.rect) < area(pane) / 5) continue;
    const key = [cut.rect, ...cut.kept].map((r) => `${r.left},${r.top},${r.right},${r.bottom}`).join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    rects.push(cut);
  }
  // Cut clear of every cover, a rectangle is safe as it is: the best of those is the least a
  // rectangle left under a cover must beat.
  const candidates: Candidate[] = [];
  for (const { rect, kept } of rects) {
    if (kept.length === 0) candidates.push({ viewport: viewportForBounds(bounds, pane, rect, options), kept, centred: true, room: area(rect) });
  }
  const safest = Math.max(0, ...candidates.map((c) => c.viewport.zoom));
  for (const { rect, kept } of rects) {
    if (kept.length === 0) continue;
    const largest = viewportForBounds(bounds, pane, rect, options).zoom;
    // Smaller than it could be, the map has room to be pushed clear of what is left over it.
    for (const scale of SCALES) {
      const zoom = Math.max(options.minZoom, largest * scale);
      if (zoom <= safest) break;
      const centre = viewportForBounds(bounds, pane, rect, { ...options, maxZoom: zoom });
      // Pushed to a side, the map keeps room for names that reach past their nodes (its padding counts).
      const padX = (bounds.width * options.padding * centre.zoom) / 2;
      const padY = (bounds.height * options.padding * centre.zoom) / 2;
      const slackX = Math.max(0, rect.right - rect.left - bounds.width * centre.zoom - 2 * Math.max(padX + reach.x, coverReach.x));
      const slackY = Math.max(0, rect.bottom - rect.top - bounds.height * centre.zoom - 2 * Math.max(padY + reach.y, coverReach.y));
      for (const ax of SHIFTS) {
        for (const ay of SHIFTS) {
          const viewport = { zoom: centre.zoom, x: centre.x + (ax * slackX) / 2, y: centre.y + (ay * slackY) / 2 };
          candidates.push({ viewport, kept, centred: ax === 0 && ay === 0, room: area(rect) });
        }
      }
    }
  }
  candidates.sort(
    (a, b) =>
      Math.round(b.viewport.zoom * 1000) - Math.round(a.viewport.zoom * 1000) ||
      a.kept.length - b.kept.length ||
      Number(b.centred) - Number(a.centred) ||
      b.room - a.room,
  );
  const grid = new BoxGrid(bounds, boxes);
  const best = candidates.find((c) => c.kept.length === 0 || c.kept.every((cover) => !grid.meets(mapRect(cover, c.viewport, pane, coverReach))));
  return best?.viewport ?? fallback;
}

/** Every rectangle got by cutting each cover off along one of its sides, or leaving it over the map. */
function* cuttings(pane: ScreenRect, covers: readonly ScreenRect[]): Generator<{ rect: ScreenRect; kept: ScreenRect[] }> {
  function* from(i: number, rect: ScreenRect, kept: ScreenRect[]): Generator<{ rect: ScreenRect; kept: ScreenRect[] }> {
    if (i === covers.length) {
      yield { rect, kept: kept.filter((c) => meets(c, rect)) };
      return;
    }
    const c = covers[i]!;
    if (!meets(c, rect)) {
      yield* from(i + 1, rect, kept);
      return;
    }
    yield* from(i + 1, { ...rect, right: Math.min(rect.right, c.left) }, kept);
    yield* from(i + 1, { ...rect, left: Math.max(rect.left, c.right) }, kept);
    yield* from(i + 1, { ...rect, bottom: Math.min(rect.bottom, c.top) }, kept);
    yield* from(i + 1, { ...rect, top: Math.max(rect.top, c.bottom) }, kept);
    yield* from(i + 1, rect, [...kept, c]);
  }
  yield* from(0, pane, []);
}

/**
 * A cover's box in map units as seen through `viewport`, grown by the margin and by how far a
 * node's name may reach past its box: a node that near is under it.
 */
function mapRect(cover: ScreenRect, viewport: Viewport, pane: ScreenRect, reach: { x: number; y: number }): ScreenRect {
  const toX = (px: number) => (px - pane.left - viewport.x) / viewport.zoom;
  const toY = (px: number) => (px - pane.top - viewport.y) / viewport.zoom;
  const gx = MARGIN_PX + reach.x;
  const gy = MARGIN_PX + reach.y;
  return { left: toX(cover.left - gx), top: toY(cover.top - gy), right: toX(cover.right + gx), bottom: toY(cover.bottom + gy) };
}

const CELLS = 32;

/** The boxes filed by the cells of a grid over `bounds`, so a rectangle meets-test looks only at the boxes near it. */
class BoxGrid {
  private readonly cells: number[][] = Array.from({ length: CELLS * CELLS }, () => []);
  private readonly cellWidth: number;
  private readonly cellHeight: number;

  constructor(
    private readonly bounds: Bounds,
    private readonly boxes: readonly Box[],
  ) {
    this.cellWidth = Math.max(bounds.width, 1) / CELLS;
    this.cellHeight = Math.max(bounds.height, 1) / CELLS;
    boxes.forEach((b, i) => this.forCells({ left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height }, (cell) => cell.push(i)));
  }

  meets(rect: ScreenRect): boolean {
    let hit = false;
    this.forCells(rect, (cell) => {
      hit ||= cell.some((i) => {
        const b = this.boxes[i]!;
        return meets(rect, { left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height });
      });
    });
    return hit;
  }

  private forCells(rect: ScreenRect, visit: (cell: number[]) => void): void {
    const clamp = (v: number) => Math.min(CELLS - 1, Math.max(0, Math.floor(v)));
    if (rect.right < this.bounds.x || rect.bottom < this.bounds.y || rect.left > this.bounds.x + this.bounds.width || rect.top > this.bounds.y + this.bounds.height) return;
    const x0 = clamp((rect.left - this.bounds.x) / this.cellWidth);
    const x1 = clamp((rect.right - this.bounds.x) / this.cellWidth);
    const y0 = clamp((rect.top - this.bounds.y) / this.cellHeight);
    const y1 = clamp((rect.bottom - this.bounds.y) / this.cellHeight);
    for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) visit(this.cells[y * CELLS + x]!);
  }
}
