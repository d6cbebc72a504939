/** A thing on the map by its middle, in map units. */
export interface Placed {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/** The arrow keys by `KeyboardEvent.key`. */
export const ARROW_DIRECTIONS: Readonly<Record<string, Direction>> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

const UNIT: Record<Direction, readonly [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/**
 * The thing the arrow key in `direction` goes to from `from`: the nearest of those within 45°
 * of that way (or, if there are none, of all those ahead), where being off to the side counts
 * twice as far as being ahead, so Right goes along the row before it drops to another. Null
 * when nothing lies that way.
 */
export function nearestInDirection(from: Placed, others: readonly Placed[], direction: Direction): Placed | null {
  const [ux, uy] = UNIT[direction];
  const best = { inCone: null as Placed | null, coneScore: Infinity, ahead: null as Placed | null, aheadScore: Infinity };
  for (const o of others) {
    if (o.id === from.id) continue;
    const dx = o.x - from.x;
    const dy = o.y - from.y;
    const ahead = dx * ux + dy * uy;
    if (ahead <= 0) continue;
    const aside = Math.abs(dx * uy - dy * ux);
    const score = ahead + 2 * aside;
    if (aside <= ahead && score < best.coneScore) {
      best.coneScore = score;
      best.inCone = o;
    }
    if (score < best.aheadScore) {
      best.aheadScore = score;
      best.ahead = o;
    }
  }
  return best.inCone ?? best.ahead;
}

/**
 * The things in reading order: by rows (`rowHeight` tall, top to bottom), then left to right.
 * Home goes to the first, End to the last, and Tab enters a map with nothing chosen on the first.
 */
export function readingOrder<T extends Placed>(things: readonly T[], rowHeight: number): T[] {
  const row = (t: Placed) => Math.floor(t.y / Math.max(rowHeight, 1));
  return [...things].sort((a, b) => row(a) - row(b) || a.x - b.x || a.y - b.y);
}

/** The thing nearest a point: where keyboard focus starts on a map with nothing chosen (its middle). */
export function nearestTo<T extends Placed>(things: Iterable<T>, point: { x: number; y: number }): T | null {
  let best: T | null = null;
  let bestDistance = Infinity;
  for (const t of things) {
    const distance = (t.x - point.x) ** 2 + (t.y - point.y) ** 2;
    if (distance < bestDistance) {
      best = t;
      bestDistance = distance;
    }
  }
  return best;
}
