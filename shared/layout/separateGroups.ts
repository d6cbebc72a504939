import { heightOf, widthOf } from './layoutBoxes';
import { NODE_HEIGHT, NODE_WIDTH } from './nodeSize';

/** Room between two groups' outlines, enough for both labels and the links between them. */
const GROUP_GAP = 120;

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/**
 * Moves whole groups apart until no two groups' outlines overlap, keeping each group's inner
 * arrangement. The forces keep groups mostly apart, but links between groups pull them into
 * each other's space, and overlapping outlines make "Group by…" unreadable. Groups holding a
 * pinned node stay put; the others move round them. Positions are top-left corners; `sizes`,
 * the room each node needs (layoutBoxes.ts).
 */
export function separateGroups(positions: Float64Array, groupOf: Int32Array, pinned: Uint8Array, sizes?: Float64Array | null, maxPasses = 60): void {
  const count = groupOf.reduce((m, g) => Math.max(m, g + 1), 0);
  const fixed = new Uint8Array(count);
  groupOf.forEach((g, i) => {
    if (pinned[i]) fixed[g] = 1;
  });
  for (let pass = 0; pass < maxPasses; pass++) {
    const boxes = boxesOf(positions, groupOf, count, sizes);
    const shift = Array.from({ length: count }, () => ({ x: 0, y: 0 }));
    let moved = false;
    for (let a = 0; a < count; a++) {
      for (let b = a + 1; b < count; b++) {
        const A = boxes[a];
        const B = boxes[b];
        if (!A || !B || (fixed[a] && fixed[b])) continue;
        const ox = Math.min(A.maxX, B.maxX) - Math.max(A.minX, B.minX) + GROUP_GAP;
        const oy = Math.min(A.maxY, B.maxY) - Math.max(A.minY, B.minY) + GROUP_GAP;
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        const share = fixed[a] ? 0 : fixed[b] ? 1 : 0.5;
        // Apart along the axis that needs the smaller move, in the direction they already lean.
        if (ox < oy) {
          const sign = (B.minX + B.maxX) / 2 >= (A.minX + A.maxX) / 2 ? 1 : -1;
          shift[a]!.x -= sign * ox * share;
          shift[b]!.x += sign * ox * (1 - share);
        } else {
          const sign = (B.minY + B.maxY) / 2 >= (A.minY + A.maxY) / 2 ? 1 : -1;
          shift[a]!.y -= sign * oy * share;
          shift[b]!.y += sign * oy * (1 - share);
        }
      }
    }
    if (!moved) return;
    groupOf.forEach((g, i) => {
      positions[2 * i] = positions[2 * i]! + shift[g]!.x;
      positions[2 * i + 1] = positions[2 * i + 1]! + shift[g]!.y;
    });
  }
}

/** Each group's outline round the room its nodes need (centred on their boxes' centres). */
function boxesOf(positions: Float64Array, groupOf: Int32Array, count: number, sizes: Float64Array | null | undefined): (Box | undefined)[] {
  const boxes: (Box | undefined)[] = new Array(count);
  groupOf.forEach((g, i) => {
    const halfW = widthOf(sizes, i) / 2;
    const halfH = heightOf(sizes, i) / 2;
    const x = positions[2 * i]! + NODE_WIDTH / 2;
    const y = positions[2 * i + 1]! + NODE_HEIGHT / 2;
    const box = boxes[g];
    if (!box) boxes[g] = { minX: x - halfW, minY: y - halfH, maxX: x + halfW, maxY: y + halfH };
    else {
      box.minX = Math.min(box.minX, x - halfW);
      box.minY = Math.min(box.minY, y - halfH);
      box.maxX = Math.max(box.maxX, x + halfW);
      box.maxY = Math.max(box.maxY, y + halfH);
    }
  });
  return boxes;
}
