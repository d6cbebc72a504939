import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The nearest place to `want`, searching outwards in rings, where the box overlaps nothing. */
export function freeSpotFor(want: Box, boxes: readonly Box[]): { x: number; y: number } {
  const gap = 16;
  const clear = (x: number, y: number) =>
    !boxes.some((b) => x < b.x + b.width + gap && b.x < x + want.width + gap && y < b.y + b.height + gap && b.y < y + want.height + gap);
  const step = 40;
  for (let ring = 0; ring <= 12; ring++) {
    for (let dx = -ring; dx <= ring; dx++) {
      for (let dy = -ring; dy <= ring; dy++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        const x = want.x + dx * step;
        const y = want.y + dy * step;
        if (clear(x, y)) return { x, y };
      }
    }
  }
  return { x: want.x, y: want.y };
}

/**
 * Sticky notes as node-sized boxes covering each note, so placing a new node with
 * `findFreeSpot` (which knows only node-sized boxes) steps around notes too.
 */
export function stickyObstacles(notes: readonly { x: number; y: number; width: number; height: number }[]): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  for (const note of notes) {
    for (let dx = 0; ; dx += NODE_WIDTH) {
      const x = note.x + Math.min(dx, Math.max(0, note.width - NODE_WIDTH));
      for (let dy = 0; ; dy += NODE_HEIGHT) {
        out.push({ x, y: note.y + Math.min(dy, Math.max(0, note.height - NODE_HEIGHT)) });
        if (dy + NODE_HEIGHT >= note.height) break;
      }
      if (dx + NODE_WIDTH >= note.width) break;
    }
  }
  return out;
}
