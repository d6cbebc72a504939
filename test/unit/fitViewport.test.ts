import { describe, expect, it } from 'vitest';
import { fitViewport } from '../../shared/layout/fitViewport';
import { freeRectangle, viewportForBounds, type ScreenRect } from '../../shared/layout/freeRectangle';

const pane = { left: 0, top: 100, right: 1000, bottom: 700 };
const minimap = { left: 770, top: 540, right: 990, bottom: 690 };
const options = { padding: 0.05, minZoom: 0.05, maxZoom: 1 };
const box = (x: number, y: number) => ({ x, y, width: 200, height: 60 });
const boundsOf = (boxes: { x: number; y: number; width: number; height: number }[]) => {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
};

/** The boxes, on screen through `viewport`, that meet `cover` or leave the pane. */
function hidden(boxes: { x: number; y: number; width: number; height: number }[], viewport: { x: number; y: number; zoom: number }, cover: ScreenRect): number {
  return boxes.filter((b) => {
    const left = pane.left + viewport.x + b.x * viewport.zoom;
    const top = pane.top + viewport.y + b.y * viewport.zoom;
    const right = left + b.width * viewport.zoom;
    const bottom = top + b.height * viewport.zoom;
    const under = left < cover.right && right > cover.left && top < cover.bottom && bottom > cover.top;
    return under || left < pane.left || right > pane.right || top < pane.top || bottom > pane.bottom;
  }).length;
}

/** A map the pane's shape in a grid, with `gap` cells left empty at its bottom-right. */
function grid(gap: boolean) {
  const boxes = [];
  for (let row = 0; row < 8; row++) for (let col = 0; col < 10; col++) if (!(gap && row >= 6 && col >= 7)) boxes.push(box(col * 400, row * 300));
  return boxes;
}

describe('fitting the map round a panel in a corner', () => {
  it('leaves a minimap over an empty corner of the map rather than giving up a column or row for it', () => {
    const boxes = grid(true);
    const bounds = boundsOf(boxes);
    const viewport = fitViewport(bounds, boxes, pane, [minimap], options);
    expect(hidden(boxes, viewport, minimap)).toBe(0);
    // As large as the whole pane allows: the zoom is not cut down for the minimap.
    expect(viewport.zoom).toBeCloseTo(viewportForBounds(bounds, pane, pane, options).zoom);
    expect(viewport.zoom).toBeGreaterThan(viewportForBounds(bounds, pane, freeRectangle(pane, [minimap], bounds), options).zoom * 1.1);
  });

  it('keeps a node out from under the minimap, no smaller than cutting the minimap off', () => {
    const boxes = grid(false);
    const bounds = boundsOf(boxes);
    const viewport = fitViewport(bounds, boxes, pane, [minimap], options);
    expect(hidden(boxes, viewport, minimap)).toBe(0);
    const cut = viewportForBounds(bounds, pane, freeRectangle(pane, [minimap], bounds), options);
    expect(viewport.zoom).toBeGreaterThanOrEqual(cut.zoom - 1e-9);
    expect(viewport.zoom).toBeGreaterThan(0.15);
  });

  it('with the legend top right and the minimap bottom right, hides no node and beats cutting both off one at a time', () => {
    const legend = { left: 720, top: 110, right: 990, bottom: 280 };
    const boxes = grid(true);
    const bounds = boundsOf(boxes);
    const viewport = fitViewport(bounds, boxes, pane, [legend, minimap], { ...options, reach: { x: 40, y: 10 } });
    expect(hidden(boxes, viewport, legend) + hidden(boxes, viewport, minimap)).toBe(0);
    const cut = viewportForBounds(bounds, pane, freeRectangle(pane, [legend, minimap], bounds), { ...options, reach: { x: 40, y: 10 } });
    expect(viewport.zoom).toBeGreaterThanOrEqual(cut.zoom - 1e-9);
  });

  it('keeps names that reach past their nodes inside the part it fits to', () => {
    const boxes = [box(0, 0), box(4000, 0)];
    const viewport = fitViewport(boundsOf(boxes), boxes, pane, [], { ...options, reach: { x: 100, y: 20 } });
    // The leftmost node's middle is at least the reach in from the pane's side.
    expect(viewport.x + 100 * viewport.zoom).toBeGreaterThanOrEqual(100 - 1e-6);
    expect(viewport.x + 4100 * viewport.zoom).toBeLessThanOrEqual(1000 - 100 + 1e-6);
  });
});
