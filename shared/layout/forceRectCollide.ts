import type { SimulationNodeDatum } from 'd3-force';
import { heightOf, largestOf, widthOf } from './layoutBoxes';

export interface SimNode extends SimulationNodeDatum {
  x: number;
  y: number;
  vx: number;
  vy: number;
}

/** Room kept between boxes, so links between neighbours stay visible. */
export const COLLIDE_PAD_X = 56;
export const COLLIDE_PAD_Y = 44;

/**
 * Keeps node boxes apart. d3's forceCollide treats nodes as circles, which for boxes three
 * times wider than tall wastes most of the vertical space (or lets wide boxes overlap); this
 * separates boxes along whichever axis they overlap least, as a user nudging them would.
 * Each node takes the room `sizes` gives it (its workshop-size name where larger than its box:
 * layoutBoxes.ts), or the standard box. Nodes are bucketed into cells the size of the largest,
 * so each step costs O(n), not O(n²).
 */
export function forceRectCollide(strength = 0.8, padX = COLLIDE_PAD_X, padY = COLLIDE_PAD_Y, sizes?: Float64Array | null) {
  const largest = largestOf(sizes);
  const REACH_X = largest.width + padX;
  const REACH_Y = largest.height + padY;
  let nodes: SimNode[] = [];
  const cells = new Map<number, number[]>();

  function force() {
    cells.clear();
    const n = nodes.length;
    const cx = new Float64Array(n);
    const cy = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const node = nodes[i]!;
      // Look ahead to where the node is heading this step, as d3's own collide does.
      cx[i] = node.x + node.vx;
      cy[i] = node.y + node.vy;
      const key = cellKey(Math.floor(cx[i]! / REACH_X), Math.floor(cy[i]! / REACH_Y));
      const cell = cells.get(key);
      if (cell) cell.push(i);
      else cells.set(key, [i]);
    }
    for (let i = 0; i < n; i++) {
      const a = nodes[i]!;
      const gx = Math.floor(cx[i]! / REACH_X);
      const gy = Math.floor(cy[i]! / REACH_Y);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          const cell = cells.get(cellKey(gx + dx, gy + dy));
          if (!cell) continue;
          for (const j of cell) {
            if (j <= i) continue;
            const b = nodes[j]!;
            const reachX = (widthOf(sizes, i) + widthOf(sizes, j)) / 2 + padX;
            const reachY = (heightOf(sizes, i) + heightOf(sizes, j)) / 2 + padY;
            const ox = reachX - Math.abs(cx[j]! - cx[i]!);
            const oy = reachY - Math.abs(cy[j]! - cy[i]!);
            if (ox <= 0 || oy <= 0) continue;
            const aFixed = a.fx != null;
            const bFixed = b.fx != null;
            if (aFixed && bFixed) continue;
            const share = aFixed ? 0 : bFixed ? 1 : 0.5;
            // Push apart along the cheaper axis; a tie (same spot) breaks by index so it is
            // deterministic, never random.
            if (ox / reachX < oy / reachY) {
              const sign = cx[j]! > cx[i]! || (cx[j] === cx[i] && j > i) ? 1 : -1;
              const push = ox * strength * sign;
              a.vx -= push * share;
              b.vx += push * (1 - share);
            } else {
              const sign = cy[j]! > cy[i]! || (cy[j] === cy[i] && j > i) ? 1 : -1;
              const push = oy * strength * sign;
              a.vy -= push * share;
              b.vy += push * (1 - share);
            }
          }
        }
      }
    }
  }

  force.initialize = (next: SimNode[]) => {
    nodes = next;
  };
  return force;
}

function cellKey(x: number, y: number): number {
  return (x + 1_048_576) * 2_097_152 + (y + 1_048_576);
}
