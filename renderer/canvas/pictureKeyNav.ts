/** A node where it is on screen, for moving between the picture's nodes by keyboard. */
export interface Spot {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

export const ARROW_DIRECTIONS: Readonly<Record<string, Direction>> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * The node an arrow key moves to: the nearest one that way, preferring those within 45° of the
 * arrow (what the eye calls "to the right"), and counting sideways distance double so the
 * move follows the arrow rather than jumping across it. Null when nothing lies that way.
 */
export function nextInDirection(spots: Iterable<Spot>, from: Spot, direction: Direction): Spot | null {
  let best: Spot | null = null;
  let bestScore = Infinity;
  for (const spot of spots) {
    if (spot.id === from.id) continue;
    const dx = spot.x - from.x;
    const dy = spot.y - from.y;
    const ahead = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const aside = Math.abs(direction === 'left' || direction === 'right' ? dy : dx);
    if (ahead <= 0) continue;
    // Outside the 45° cone still counts, after everything inside it.
    const score = (aside > ahead ? 1e9 : 0) + ahead + 2 * aside;
    if (score < bestScore) {
      best = spot;
      bestScore = score;
    }
  }
  return best;
}

/** Where keyboard focus starts on the picture: the node nearest the middle of the screen. */
export function nearestTo(spots: Iterable<Spot>, point: { x: number; y: number }): Spot | null {
  let best: Spot | null = null;
  let bestDistance = Infinity;
  for (const spot of spots) {
    const distance = (spot.x - point.x) ** 2 + (spot.y - point.y) ** 2;
    if (distance < bestDistance) {
      best = spot;
      bestDistance = distance;
    }
  }
  return best;
}
