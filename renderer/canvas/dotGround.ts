/**
 * The maths of the map's dotted ground (MapDots.tsx): where a canvas of dots drawn for one zoom
 * goes for the camera now, and the dots' pixels. No DOM, so tests call it directly.
 */
/** The camera still this long after a zoom: the dots are drawn sharp for it. */
export const DOTS_REST_MS = 150;
/** The canvas reaches this share of the pane beyond each edge, so a zoom out to two thirds needs no drawing. */
const MARGIN = 0.25;
/** Zoomed in further than this from the drawn zoom, the scaled dots blur: drawn again at once. */
const MOST_SCALE = 2;

/**
 * Dots under a third of a pixel across are not drawn: thousands of faint smudges would lay a
 * grey haze over the zoomed-out map.
 */
const LEAST_RADIUS = 0.3;

/** Whether dots `size` map units across are drawn at this zoom. */
export const dotsSeenAt = (zoom: number, size: number) => (size * zoom) / 2 >= LEAST_RADIUS;

export interface DrawnDots {
  readonly zoom: number;
  /** Between dots on the canvas, and its size, in CSS pixels. */
  readonly step: number;
  readonly width: number;
  readonly height: number;
}

/** The canvas of dots for a zoom: its spacing, and its size (the pane, and MARGIN beyond each edge, at least a step). */
export function dotsCanvas(zoom: number, gap: number, paneWidth: number, paneHeight: number): DrawnDots {
  const step = Math.max(1, gap * zoom);
  const margin = Math.max(step, MARGIN * Math.max(paneWidth, paneHeight));
  return { zoom, step, width: Math.ceil(paneWidth + 2 * margin), height: Math.ceil(paneHeight + 2 * margin) };
}

/**
 * Where the drawn canvas goes for this camera: scaled from the zoom it was drawn for and moved
 * so that its dots sit where the map's are (a whole number of steps off). Null when scaled that
 * way it would not cover the pane, or would blur: it is to be drawn again.
 */
export function dotsPlacement(drawn: DrawnDots, [tx, ty, zoom]: readonly [number, number, number], paneWidth: number, paneHeight: number): { x: number; y: number; scale: number } | null {
  const scale = zoom / drawn.zoom;
  const step = drawn.step * scale;
  const spareX = drawn.width * scale - paneWidth;
  const spareY = drawn.height * scale - paneHeight;
  if (scale > MOST_SCALE || spareX < step || spareY < step) return null;
  // Back by whole steps from the first dot's place, as far as leaves the pane covered.
  const x = mod(tx, step) - step * Math.max(1, Math.floor(spareX / (2 * step)));
  const y = mod(ty, step) - step * Math.max(1, Math.floor(spareY / (2 * step)));
  return { x, y, scale };
}

const mod = (a: number, n: number) => ((a % n) + n) % n;

/**
 * Each dot's pixels, with the share of each pixel it covers as alpha. A dot a pixel or two
 * across is a square of the same area to the eye; a larger one (zoomed well in) is round, its
 * edge softened over a pixel.
 */
export function paintDots(image: { width: number; height: number; data: Uint8ClampedArray }, step: number, radius: number, [r, g, b]: readonly [number, number, number]): void {
  const { width, height, data } = image;
  const square = radius <= 1.25;
  const half = square ? (radius * Math.sqrt(Math.PI)) / 2 : radius + 0.5;
  for (let cy = step / 2; cy < height; cy += step) {
    const y0 = Math.max(0, Math.floor(cy - half));
    const y1 = Math.min(height - 1, Math.floor(cy + half));
    for (let cx = step / 2; cx < width; cx += step) {
      const x0 = Math.max(0, Math.floor(cx - half));
      const x1 = Math.min(width - 1, Math.floor(cx + half));
      for (let y = y0; y <= y1; y++) {
        for (let x = x0; x <= x1; x++) {
          const cover = square
            ? overlap(x, cx - half, cx + half) * overlap(y, cy - half, cy + half)
            : Math.min(1, Math.max(0, radius + 0.5 - Math.hypot(x + 0.5 - cx, y + 0.5 - cy)));
          if (cover <= 0) continue;
          const at = 4 * (y * width + x);
          data[at] = r;
          data[at + 1] = g;
          data[at + 2] = b;
          data[at + 3] = Math.round(255 * cover);
        }
      }
    }
  }
}

/** How much of the pixel column (or row) `p` lies between `from` and `to`. */
const overlap = (p: number, from: number, to: number) => Math.max(0, Math.min(p + 1, to) - Math.max(p, from));
