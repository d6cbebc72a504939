import { describe, expect, it } from 'vitest';
import { nearestInDirection, nearestTo, readingOrder } from '../../shared/layout/nearestInDirection';

const at = (id: string, x: number, y: number) => ({ id, x, y });
const here = at('here', 0, 0);
const others = [here, at('right', 300, 10), at('farRight', 900, 0), at('downRight', 120, 400), at('up', -20, -300), at('left', -250, 40)];

describe('the arrow keys on the map', () => {
  it('go to the nearest node that way, along the row before another row', () => {
    expect(nearestInDirection(here, others, 'right')?.id).toBe('right');
    expect(nearestInDirection(here, others, 'down')?.id).toBe('downRight');
    expect(nearestInDirection(here, others, 'up')?.id).toBe('up');
    expect(nearestInDirection(here, others, 'left')?.id).toBe('left');
  });

  it('go to one well off to the side only when nothing lies more that way', () => {
    expect(nearestInDirection(here, [here, at('low', 400, 60)], 'down')?.id).toBe('low');
  });

  it('go nowhere past the last node that way', () => {
    expect(nearestInDirection(at('farRight', 900, 0), others, 'right')).toBeNull();
  });

  it('put nodes in reading order for Home and End: rows top to bottom, each left to right', () => {
    expect(readingOrder(others, 64).map((o) => o.id)).toEqual(['up', 'left', 'here', 'right', 'farRight', 'downRight']);
  });

  it('start at the node nearest the middle of the screen', () => {
    expect(nearestTo(others, { x: 280, y: 0 })?.id).toBe('right');
    expect(nearestTo([], { x: 0, y: 0 })).toBeNull();
  });
});
