import { z } from 'zod';

/** Links that share one look, as flat x1, y1, x2, y2 runs in map units: one stroke style, a few paths. */
export interface LinkBatch {
  readonly width: number;
  readonly colour: string;
  readonly alpha: number;
  readonly dashed: boolean;
  readonly selected: boolean;
  readonly lines: Float64Array;
  /** The directed links among `lines`, which get an arrowhead at their second end. */
  readonly arrows: Float64Array;
}

/**
 * One drawing of links: a bitmap of `width` × `height` device pixels whose top-left corner is the
 * map point (`x`, `y`), at `scale` device pixels a map unit. Made on the page (linkDraw.ts
 * batchLinks), rastered in the link worker (linkRaster.worker.ts) or, lacking one, on the page.
 */
export interface LinkRaster {
  readonly width: number;
  readonly height: number;
  readonly x: number;
  readonly y: number;
  readonly scale: number;
  /** Unselected links one device pixel wide whatever their width (see LinkDrawStyle.hairline). */
  readonly hairline: boolean;
  readonly batches: readonly LinkBatch[];
}

const float64 = z.custom<Float64Array>((v) => v instanceof Float64Array);
export const linkRasterSchema = z.object({
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  x: z.number(),
  y: z.number(),
  scale: z.number().positive(),
  hairline: z.boolean(),
  batches: z.array(z.object({ width: z.number(), colour: z.string(), alpha: z.number(), dashed: z.boolean(), selected: z.boolean(), lines: float64, arrows: float64 })),
});

/** The arrays a raster's batches hold, to be transferred to the worker rather than copied. */
export function rasterBuffers(raster: LinkRaster): ArrayBuffer[] {
  return raster.batches.flatMap((b) => [b.lines.buffer, b.arrows.buffer]).filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer);
}

type Context2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

const ARROWS_PER_PATH = 32;
const LINES_PER_PATH = 64;

/** Draws a raster's batches onto a blank context of the raster's size, in the order given (faded first). */
export function drawLinkRaster(ctx: Context2D, raster: LinkRaster): void {
  const k = raster.scale;
  ctx.setTransform(k, 0, 0, k, -raster.x * k, -raster.y * k);
  // One device pixel in map units.
  const hairline = raster.hairline ? 1 / k : null;
  for (const b of raster.batches) {
    ctx.globalAlpha = b.alpha;
    ctx.strokeStyle = b.colour;
    ctx.fillStyle = b.colour;
    ctx.lineWidth = hairline !== null && !b.selected ? hairline : b.width;
    ctx.setLineDash(b.dashed ? [6, 5] : []);
    // A few dozen lines a path too: Skia's software rasteriser strokes one path of thousands of
    // lines across the canvas about twice as slowly as the same lines in short paths.
    for (let start = 0; start < b.lines.length; start += 4 * LINES_PER_PATH) {
      ctx.beginPath();
      for (let i = start; i < Math.min(b.lines.length, start + 4 * LINES_PER_PATH); i += 4) {
        ctx.moveTo(b.lines[i]!, b.lines[i + 1]!);
        ctx.lineTo(b.lines[i + 2]!, b.lines[i + 3]!);
      }
      ctx.stroke();
    }
    if (b.arrows.length) {
      ctx.setLineDash([]);
      // A few dozen heads a path: Skia fills one path of thousands of small shapes very slowly.
      for (let start = 0; start < b.arrows.length; start += 4 * ARROWS_PER_PATH) {
        ctx.beginPath();
        for (let i = start; i < Math.min(b.arrows.length, start + 4 * ARROWS_PER_PATH); i += 4) arrowPath(ctx, b.arrows[i]!, b.arrows[i + 1]!, b.arrows[i + 2]!, b.arrows[i + 3]!, b.width);
        ctx.fill();
      }
    }
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
}

/** React Flow's closed arrowhead (18 × 18 in stroke widths over a 20-unit box): its tip at the line's end. */
function arrowPath(ctx: Context2D, x1: number, y1: number, x2: number, y2: number, width: number): void {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length = Math.hypot(dx, dy);
  if (length === 0) return;
  const ux = dx / length;
  const uy = dy / length;
  const back = 4.5 * width;
  const half = 3.6 * width;
  ctx.moveTo(x2, y2);
  ctx.lineTo(x2 - ux * back - uy * half, y2 - uy * back + ux * half);
  ctx.lineTo(x2 - ux * back + uy * half, y2 - uy * back - ux * half);
  ctx.closePath();
}
