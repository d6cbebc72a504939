import { NODE_HEIGHT, NODE_WIDTH } from './nodeSize';

/**
 * Clear room kept round a new node: a node dropped into a narrow gap in a dense map is hard
 * to see and its selection ring is lost among its neighbours, so it goes where it stands out.
 */
const GAP_X = 96;
const GAP_Y = 64;

/**
 * The nearest place to `near` where a new node's box overlaps no existing node, searched in
 * rings of grid cells around it. Adding nodes one after another lays them out side by side
 * instead of stacking them.
 */
export function findFreeSpot(
  nodes: Iterable<{ x: number; y: number }>,
  near: { x: number; y: number },
  maxRings = 40,
  /** Room to keep clear round the new node, in map units; zoomed out, ask for more. */
  gap: { x: number; y: number } = { x: GAP_X, y: GAP_Y },
): { x: number; y: number } {
  const boxes = [...nodes];
  const free = (x: number, y: number) =>
    boxes.every((b) => Math.abs(b.x - x) >= NODE_WIDTH + gap.x / 2 || Math.abs(b.y - y) >= NODE_HEIGHT + gap.y / 2);
  const stepX = NODE_WIDTH + gap.x;
  const stepY = NODE_HEIGHT + gap.y;
  for (let ring = 0; ring <= maxRings; ring++) {
    // Cells on this ring, nearest first.
    const cells: [number, number][] = [];
    for (let dx = -ring; dx <= ring; dx++) {
      for (let dy = -ring; dy <= ring; dy++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) === ring) cells.push([dx, dy]);
      }
    }
    cells.sort((a, b) => Math.hypot(a[0] * stepX, a[1] * stepY) - Math.hypot(b[0] * stepX, b[1] * stepY));
    for (const [dx, dy] of cells) {
      const x = near.x + dx * stepX;
      const y = near.y + dy * stepY;
      if (free(x, y)) return { x, y };
    }
  }
  return near;
}
