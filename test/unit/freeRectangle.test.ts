import { describe, expect, it } from 'vitest';
import { freeRectangle, viewportForBounds } from '../../shared/layout/freeRectangle';

const pane = { left: 0, top: 100, right: 1000, bottom: 700 };

describe('the part of the map no panel covers', () => {
  it('cuts a corner panel off along the side that leaves the most room', () => {
    const legend = { left: 700, top: 110, right: 990, bottom: 300 };
    // A wide map: giving up the top keeps the full width.
    expect(freeRectangle(pane, [legend], { width: 2000, height: 600 })).toEqual({ ...pane, top: 300 });
    // A tall map: giving up the right keeps the full height.
    expect(freeRectangle(pane, [legend], { width: 600, height: 2000 })).toEqual({ ...pane, right: 700 });
  });

  it('ignores what lies outside the pane and keeps the pane when panels would leave almost nothing', () => {
    expect(freeRectangle(pane, [{ left: 0, top: 0, right: 1000, bottom: 90 }])).toEqual(pane);
    expect(freeRectangle(pane, [{ left: 0, top: 100, right: 950, bottom: 650 }])).toEqual(pane);
  });

  it('centres the map in the free part and never zooms past the maximum', () => {
    const free = { ...pane, top: 300 };
    const few = viewportForBounds({ x: 0, y: 0, width: 416, height: 64 }, pane, free, { padding: 0.1, minZoom: 0.05, maxZoom: 1 });
    expect(few.zoom).toBe(1);
    expect(few.x).toBeCloseTo((1000 - 416) / 2);
    expect(few.y).toBeCloseTo(200 + (400 - 64) / 2);
    const big = viewportForBounds({ x: 100, y: 100, width: 4000, height: 1000 }, pane, free, { padding: 0, minZoom: 0.05, maxZoom: 1 });
    expect(big.zoom).toBeCloseTo(0.25);
    // The map's top-left corner lands inside the free part.
    expect(big.y + 100 * big.zoom).toBeGreaterThanOrEqual(200);
  });
});
