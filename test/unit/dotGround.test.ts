import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dotsCanvas, dotsPlacement, dotsSeenAt, paintDots } from '../../renderer/canvas/dotGround';

const GAP = 24;
const drawnFor = (zoom: number, pane: { width: number; height: number }) => dotsCanvas(zoom, GAP, pane.width, pane.height);

describe('dotsPlacement', () => {
  it('covers the pane and puts every dot where the map has one, for any camera it does not ask to draw again for', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.3, max: 2.5, noNaN: true }),
        fc.double({ min: 0.4, max: 2.5, noNaN: true }),
        fc.double({ min: -1e5, max: 1e5, noNaN: true }),
        fc.double({ min: -1e5, max: 1e5, noNaN: true }),
        fc.record({ width: fc.integer({ min: 200, max: 2560 }), height: fc.integer({ min: 200, max: 1440 }) }),
        (drawnZoom, zoom, tx, ty, pane) => {
          const drawn = drawnFor(drawnZoom, pane);
          const at = dotsPlacement(drawn, [tx, ty, zoom], pane.width, pane.height);
          if (!at) return;
          expect(at.scale).toBeCloseTo(zoom / drawnZoom, 9);
          expect(at.x).toBeLessThanOrEqual(0);
          expect(at.y).toBeLessThanOrEqual(0);
          expect(at.x + drawn.width * at.scale).toBeGreaterThanOrEqual(pane.width);
          expect(at.y + drawn.height * at.scale).toBeGreaterThanOrEqual(pane.height);
          // The canvas's first dot, half a step in, lies a whole number of the map's steps from the
          // map's own dot at half a step from its origin.
          const step = GAP * zoom;
          const offBy = (at.x + step / 2 - (tx + step / 2)) / step;
          expect(Math.abs(offBy - Math.round(offBy))).toBeLessThan(1e-6);
          const offByY = (at.y + step / 2 - (ty + step / 2)) / step;
          expect(Math.abs(offByY - Math.round(offByY))).toBeLessThan(1e-6);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('only moves the canvas on a pan, scales it for a zoom, and asks to draw again once it would blur or leave the pane bare', () => {
    const pane = { width: 1440, height: 900 };
    const drawn = drawnFor(0.5, pane);
    expect(dotsPlacement(drawn, [100, 50, 0.5], pane.width, pane.height)?.scale).toBe(1);
    expect(dotsPlacement(drawn, [100, 50, 0.8], pane.width, pane.height)?.scale).toBeCloseTo(1.6);
    expect(dotsPlacement(drawn, [100, 50, 0.38], pane.width, pane.height)?.scale).toBeCloseTo(0.76);
    // Twice as far in: the dots would blur. A third of the way out: the canvas no longer reaches the edges.
    expect(dotsPlacement(drawn, [100, 50, 1.1], pane.width, pane.height)).toBeNull();
    expect(dotsPlacement(drawn, [100, 50, 0.3], pane.width, pane.height)).toBeNull();
  });
});

describe('dotsSeenAt', () => {
  it('leaves out dots under a third of a pixel across, so a zoomed-out map has no ground to move', () => {
    // The editor's dots are 1.5 map units across: seen from zoom 0.4.
    expect(dotsSeenAt(0.038, 1.5)).toBe(false);
    expect(dotsSeenAt(0.39, 1.5)).toBe(false);
    expect(dotsSeenAt(0.4, 1.5)).toBe(true);
    expect(dotsSeenAt(0.48, 1.5)).toBe(true);
  });
});

describe('paintDots', () => {
  const image = (width: number, height: number) => ({ width, height, data: new Uint8ClampedArray(width * height * 4) });
  const alphaAt = (img: ReturnType<typeof image>, x: number, y: number) => img.data[4 * (y * img.width + x) + 3]!;

  it('puts one dot in the middle of each step, in the colour given, as much ink as its area', () => {
    for (const radius of [0.4, 0.9, 2, 3.5]) {
      const img = image(100, 60);
      paintDots(img, 20, radius, [195, 202, 211]);
      let ink = 0;
      for (let y = 0; y < 60; y++) for (let x = 0; x < 100; x++) ink += alphaAt(img, x, y) / 255;
      // 5 × 3 dots, each about its circle's area.
      expect(ink / 15).toBeGreaterThan(Math.PI * radius * radius * 0.8);
      expect(ink / 15).toBeLessThan(Math.PI * radius * radius * 1.25 + 0.5);
      expect(alphaAt(img, 10, 10)).toBeGreaterThan(0);
      expect(alphaAt(img, 20, 20)).toBe(0);
      expect([...img.data.slice(4 * (10 * 100 + 10), 4 * (10 * 100 + 10) + 3)]).toEqual([195, 202, 211]);
    }
  });
});
