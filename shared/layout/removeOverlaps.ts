import { heightOf, largestOf, widthOf } from './layoutBoxes';

const GAP_X = 16;
const GAP_Y = 12;

/**
 * Moves nodes (top-left corners, x,y interleaved) just far enough that no two overlap, pinned
 * nodes staying put. Each node takes the room `sizes` gives it (width, height interleaved,
 * centred on its box's centre: its workshop-size name where that is larger than its box), or
 * the standard box. Used after every layout run, so a run that was stopped early or hit its step
 * limit still leaves a map with nothing hidden under anything else. Deterministic: pairs are
 * resolved in index order and ties break by index. Returns how many passes it took.
 */
export function removeOverlaps(positions: Float64Array, pinned: Uint8Array, sizes?: Float64Array | null, maxPasses = 200): number {
  const n = positions.length / 2;
  // Cells as large as the largest room: a node can only overlap nodes in its own or the next cells.
  const largest = largestOf(sizes);
  const reachX = largest.width + GAP_X;
  const reachY = largest.height + GAP_Y;
  for (let pass = 0; pass < maxPasses; pass++) {
    const cells = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const key = cellKey(Math.floor(positions[2 * i]! / reachX), Math.floor(positions[2 * i + 1]! / reachY));
      const cell = cells.get(key);
      if (cell) cell.push(i);
      else cells.set(key, [i]);
    }
    let moved = false;
    for (let i = 0; i < n; i++) {
      const gx = Math.floor(positions[2 * i]! / reachX);
      const gy = Math.floor(positions[2 * i + 1]! / reachY);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const j of cells.get(cellKey(gx + dx, gy + dy)) ?? []) {
            if (j <= i || (pinned[i] && pinned[j])) continue;
            // Boxes share a centre offset from their top-left corners, so corners' distances are centres' distances.
            const ddx = positions[2 * j]! - positions[2 * i]!;
            const ddy = positions[2 * j + 1]! - positions[2 * i + 1]!;
            const width = (widthOf(sizes, i) + widthOf(sizes, j)) / 2;
            const height = (heightOf(sizes, i) + heightOf(sizes, j)) / 2;
            const ox = width + GAP_X / 2 - Math.abs(ddx);
            const oy = height + GAP_Y / 2 - Math.abs(ddy);
            if (ox <= 0 || oy <= 0) continue;
            moved = true;
            const share = pinned[i] ? 0 : pinned[j] ? 1 : 0.5;
            // Separate along the axis needing the smaller move, a pixel past touching.
            if (ox / width < oy / height) {
              const sign = ddx > 0 || (ddx === 0 && j > i) ? 1 : -1;
              positions[2 * i] = positions[2 * i]! - sign * (ox + 1) * share;
              positions[2 * j] = positions[2 * j]! + sign * (ox + 1) * (1 - share);
            } else {
              const sign = ddy > 0 || (ddy === 0 && j > i) ? 1 : -1;
              positions[2 * i + 1] = positions[2 * i + 1]! - sign * (oy + 1) * share;
              positions[2 * j + 1] = positions[2 * j + 1]! + sign * (oy + 1) * (1 - share);
            }
          }
        }
      }
    }
    if (!moved) return pass;
  }
  return maxPasses;
}

function cellKey(x: number, y: number): number {
  return (x + 1_048_576) * 2_097_152 + (y + 1_048_576);
}

/**
 * removeOverlaps, made certain: where nodes are jammed so tightly that nudging pairs apart only
 * pushes them into others, the unpinned nodes are spread out a little from the middle (10% at a
 * time, keeping the picture's shape) and the nudging tried again. Returns how many spreads it took.
 */
export function resolveOverlaps(positions: Float64Array, pinned: Uint8Array, sizes?: Float64Array | null, maxSpreads = 12): number {
  for (let spread = 0; spread <= maxSpreads; spread++) {
    if (removeOverlaps(positions, pinned, sizes, 40) < 40) return spread;
    let cx = 0;
    let cy = 0;
    let free = 0;
    for (let i = 0; i < pinned.length; i++) {
      if (pinned[i]) continue;
      cx += positions[2 * i]!;
      cy += positions[2 * i + 1]!;
      free++;
    }
    if (free === 0) return spread;
    cx /= free;
    cy /= free;
    for (let i = 0; i < pinned.length; i++) {
      if (pinned[i]) continue;
      positions[2 * i] = cx + (positions[2 * i]! - cx) * 1.1;
      positions[2 * i + 1] = cy + (positions[2 * i + 1]! - cy) * 1.1;
    }
  }
  return maxSpreads;
}
