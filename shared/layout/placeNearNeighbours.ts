import { NODE_HEIGHT, NODE_WIDTH, boundsOfNodes } from './nodeSize';
import { Occupancy, PLACE_GAP_X, PLACE_GAP_Y } from './occupancy';
import { seededRandom } from '../network/seededRandom';

type Point = { x: number; y: number };

const STEP_X = NODE_WIDTH + PLACE_GAP_X;
const STEP_Y = NODE_HEIGHT + PLACE_GAP_Y;
/** How far beside the existing map new, unconnected groups go. */
const MARGIN = 2 * STEP_X;

/**
 * Positions (top-left corners) for nodes that have none yet — added by hand or imported from a
 * spreadsheet — without moving anything already on the map. A newcomer goes next to the nodes
 * it links to (including newcomers placed before it); groups of newcomers linked only to each
 * other, and newcomers with no links at all, go in tidy blocks beside the map rather than on
 * top of it or at the origin. The same input always gives the same answer.
 */
export function placeNearNeighbours(
  placed: readonly { id: string; x: number; y: number }[],
  newcomers: readonly string[],
  links: readonly { source: string; target: string }[],
  options: { seed?: number } = {},
): Map<string, { x: number; y: number }> {
  const random = seededRandom(options.seed ?? 1);
  const result = new Map<string, Point>();
  const position = new Map<string, Point>();
  for (const p of placed) position.set(p.id, { x: p.x, y: p.y });
  const pending = new Set(newcomers.filter((id) => !position.has(id)));
  if (pending.size === 0) return result;

  const neighbours = new Map<string, string[]>();
  for (const { source, target } of links) {
    if (source === target) continue;
    if (pending.has(source)) pushTo(neighbours, source, target);
    if (pending.has(target)) pushTo(neighbours, target, source);
  }
  const occupancy = new Occupancy(placed);
  const mapCentre = centreOf(placed);

  const put = (id: string, spot: Point, into: Occupancy, positions: Map<string, Point>) => {
    into.add(spot);
    positions.set(id, spot);
    pending.delete(id);
  };

  // 1. Newcomers reachable from the existing map, breadth first so each one sits beside
  //    neighbours that already have a place.
  const queue = [...pending].filter((id) => (neighbours.get(id) ?? []).some((n) => position.has(n)));
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    if (!pending.has(id)) continue;
    const spot = occupancy.nearestFree(snap(targetFor(id, neighbours, position, mapCentre, random)));
    put(id, spot, occupancy, position);
    result.set(id, spot);
    for (const n of neighbours.get(id) ?? []) if (pending.has(n)) queue.push(n);
  }

  // 2. Groups linked only among themselves: each laid out on its own, then shelved beside the map.
  const blocks: { positions: Map<string, Point> }[] = [];
  const loners: string[] = [];
  for (const start of newcomers) {
    if (!pending.has(start)) continue;
    if (!(neighbours.get(start) ?? []).some((n) => pending.has(n))) {
      loners.push(start);
      pending.delete(start);
      continue;
    }
    blocks.push({ positions: layOutGroup(start, neighbours, pending, random, put) });
  }
  // 3. Newcomers with no links at all: one tidy grid, like cards laid on a table.
  if (loners.length) blocks.push({ positions: gridOf(loners) });

  const shelf = new Shelf(boundsOfNodes(position.values()));
  for (const block of blocks) {
    const offset = shelf.place(boundsOfNodes(block.positions.values())!);
    for (const [id, p] of block.positions) {
      const spot = occupancy.isFree(p.x + offset.x, p.y + offset.y) ? { x: p.x + offset.x, y: p.y + offset.y } : occupancy.nearestFree({ x: p.x + offset.x, y: p.y + offset.y });
      occupancy.add(spot);
      result.set(id, spot);
    }
  }
  return result;
}

function pushTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function centreOf(points: readonly Point[]): Point {
  if (points.length === 0) return { x: 0, y: 0 };
  let x = 0;
  let y = 0;
  for (const p of points) {
    x += p.x;
    y += p.y;
  }
  return { x: x / points.length, y: y / points.length };
}

function snap(p: Point): Point {
  return { x: Math.round(p.x), y: Math.round(p.y) };
}

/**
 * Where a newcomer would ideally go: among its placed neighbours when it has several, or one
 * step outward from its only neighbour (away from the rest of the map, so it does not land in
 * the middle of other people's links).
 */
function targetFor(id: string, neighbours: Map<string, string[]>, position: Map<string, Point>, mapCentre: Point, random: () => number): Point {
  const near = (neighbours.get(id) ?? []).map((n) => position.get(n)).filter((p): p is Point => p !== undefined);
  const centre = centreOf(near);
  if (near.length > 1) return centre;
  let dx = centre.x - mapCentre.x;
  let dy = centre.y - mapCentre.y;
  const length = Math.hypot(dx, dy);
  if (length < 1) {
    const angle = random() * 2 * Math.PI;
    dx = Math.cos(angle);
    dy = Math.sin(angle);
  } else {
    dx /= length;
    dy /= length;
  }
  return { x: centre.x + dx * STEP_X, y: centre.y + dy * STEP_Y * 1.5 };
}

/** Lays out one group of newcomers linked only to each other, around its best-connected node. */
function layOutGroup(
  start: string,
  neighbours: Map<string, string[]>,
  pending: Set<string>,
  random: () => number,
  put: (id: string, spot: Point, into: Occupancy, positions: Map<string, Point>) => void,
): Map<string, Point> {
  // Find the whole group first, so it can grow from its hub rather than from an arbitrary edge.
  const members = [start];
  const seen = new Set(members);
  for (let i = 0; i < members.length; i++) {
    for (const n of neighbours.get(members[i]!) ?? []) {
      if (pending.has(n) && !seen.has(n)) {
        seen.add(n);
        members.push(n);
      }
    }
  }
  const degree = (id: string) => (neighbours.get(id) ?? []).length;
  const hub = members.reduce((best, id) => (degree(id) > degree(best) ? id : best), start);
  const local = new Occupancy();
  const positions = new Map<string, Point>();
  put(hub, { x: 0, y: 0 }, local, positions);
  const queue = [hub];
  for (let i = 0; i < queue.length; i++) {
    for (const n of neighbours.get(queue[i]!) ?? []) {
      if (!pending.has(n)) continue;
      put(n, local.nearestFree(snap(targetFor(n, neighbours, positions, { x: 0, y: 0 }, random))), local, positions);
      queue.push(n);
    }
  }
  return positions;
}

function gridOf(ids: readonly string[]): Map<string, Point> {
  const columns = Math.max(1, Math.ceil(Math.sqrt(ids.length * (STEP_Y / STEP_X) * 2)));
  return new Map(ids.map((id, i) => [id, { x: (i % columns) * STEP_X, y: Math.floor(i / columns) * STEP_Y }]));
}

/**
 * Packs blocks in rows to the right of the existing map ("shelf" packing): rows are as wide as
 * the map is tall (or a square of the blocks' area on an empty map), so the result stays
 * roughly screen-shaped.
 */
class Shelf {
  private cursorX: number;
  private cursorY: number;
  private rowHeight = 0;
  private readonly left: number;
  private readonly maxWidth: number;

  constructor(bounds: { x: number; y: number; width: number; height: number } | null) {
    this.left = bounds ? bounds.x + bounds.width + MARGIN : 0;
    this.cursorX = this.left;
    this.cursorY = bounds ? bounds.y : 0;
    this.maxWidth = Math.max(6 * STEP_X, bounds ? bounds.height * 2 : 0);
  }

  place(block: { x: number; y: number; width: number; height: number }): Point {
    if (this.cursorX > this.left && this.cursorX + block.width > this.left + this.maxWidth) {
      this.cursorX = this.left;
      this.cursorY += this.rowHeight + MARGIN / 2;
      this.rowHeight = 0;
    }
    const offset = { x: this.cursorX - block.x, y: this.cursorY - block.y };
    this.cursorX += block.width + MARGIN / 2;
    this.rowHeight = Math.max(this.rowHeight, block.height);
    return offset;
  }
}
