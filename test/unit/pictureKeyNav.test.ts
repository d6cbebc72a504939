import { describe, expect, it } from 'vitest';
import { nearestTo, nextInDirection } from '../../renderer/canvas/pictureKeyNav';

const spots = [
  { id: 'middle', x: 100, y: 100 },
  { id: 'right', x: 200, y: 110 },
  { id: 'farRightInLine', x: 400, y: 100 },
  { id: 'nearButSideways', x: 130, y: 190 },
  { id: 'below', x: 95, y: 220 },
  { id: 'left', x: 10, y: 100 },
];
const middle = spots[0]!;

describe('moving between the picture’s nodes by arrow key', () => {
  it('goes to the nearest node that way, preferring those within 45° of the arrow', () => {
    expect(nextInDirection(spots, middle, 'right')?.id).toBe('right');
    expect(nextInDirection(spots, middle, 'left')?.id).toBe('left');
    // "nearButSideways" is nearer, but off to the side: sideways distance counts double.
    expect(nextInDirection(spots, middle, 'down')?.id).toBe('below');
    expect(nextInDirection(spots, middle, 'up')).toBeNull();
  });

  it('falls back to a node outside the cone, and starts at the node nearest the middle', () => {
    expect(nextInDirection([middle, { id: 'steep', x: 110, y: 300 }], middle, 'right')?.id).toBe('steep');
    expect(nearestTo(spots, { x: 190, y: 100 })?.id).toBe('right');
    expect(nearestTo([], { x: 0, y: 0 })).toBeNull();
  });
});
