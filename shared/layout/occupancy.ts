import { NODE_HEIGHT, NODE_WIDTH } from './nodeSize';

/** The breathing room kept between node boxes when placing nodes (same as findFreeSpot). */
export const PLACE_GAP_X = 32;
export const PLACE_GAP_Y = 24;
const STEP_X = NODE_WIDTH + PLACE_GAP_X;
const STEP_Y = NODE_HEIGHT + PLACE_GAP_Y;

/**
 * Where nodes already are, bucketed into cells one node-plus-gap in size, so "is this spot
 * free?" looks at nine buckets instead of every node. findFreeSpot scans the whole map each
 * time, which is fine for one new node but quadratic for an import of thousands.
 */
export class Occupancy {
  private readonly buckets = new Map<string, { x: number; y: number }[]>();

  constructor(nodes: Iterable<{ x: number; y: number }> = []) {
    for (const n of nodes) this.add(n);
  }

  add(p: { x: number; y: number }): void {
    const key = `${Math.floor(p.x / STEP_X)},${Math.floor(p.y / STEP_Y)}`;
    const bucket = this.buckets.get(key);
    if (bucket) bucket.push({ x: p.x, y: p.y });
    else this.buckets.set(key, [{ x: p.x, y: p.y }]);
  }

  isFree(x: number, y: number): boolean {
    const cx = Math.floor(x / STEP_X);
    const cy = Math.floor(y / STEP_Y);
    for (let i = cx - 1; i <= cx + 1; i++) {
      for (let j = cy - 1; j <= cy + 1; j++) {
        const bucket = this.buckets.get(`${i},${j}`);
        if (!bucket) continue;
        for (const b of bucket) {
          if (Math.abs(b.x - x) < NODE_WIDTH + PLACE_GAP_X / 2 && Math.abs(b.y - y) < NODE_HEIGHT + PLACE_GAP_Y / 2) return false;
        }
      }
    }
    return true;
  }

  /**
   * The free grid spot nearest `near`. Cells are tried in order of true distance (node cells
   * are wide and short, so a ring of cells is not a circle), then in wider rings if the
   * neighbourhood is full.
   */
  nearestFree(near: { x: number; y: number }, maxRings = 400): { x: number; y: number } {
    for (const [dx, dy] of nearOffsets()) {
      const x = near.x + dx * STEP_X;
      const y = near.y + dy * STEP_Y;
      if (this.isFree(x, y)) return { x, y };
    }
    for (let ring = NEAR_RINGS + 1; ring <= maxRings; ring++) {
      for (let dx = -ring; dx <= ring; dx++) {
        for (let dy = -ring; dy <= ring; dy++) {
          if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
          if (this.isFree(near.x + dx * STEP_X, near.y + dy * STEP_Y)) return { x: near.x + dx * STEP_X, y: near.y + dy * STEP_Y };
        }
      }
    }
    return near;
  }
}

const NEAR_RINGS = 24;
let offsets: [number, number][] | null = null;

function nearOffsets(): readonly [number, number][] {
  if (!offsets) {
    const all: [number, number, number][] = [];
    for (let dx = -NEAR_RINGS; dx <= NEAR_RINGS; dx++) {
      for (let dy = -NEAR_RINGS; dy <= NEAR_RINGS; dy++) all.push([dx, dy, Math.hypot(dx * STEP_X, dy * STEP_Y)]);
    }
    // Ties broken by position so the order (and so every placement) is the same on every run.
    all.sort((a, b) => a[2] - b[2] || a[1] - b[1] || a[0] - b[0]);
    offsets = all.map(([dx, dy]) => [dx, dy]);
  }
  return offsets;
}
