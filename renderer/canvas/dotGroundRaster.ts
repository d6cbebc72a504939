import { z } from 'zod';
import { paintDots } from './dotGround';

export const dotGroundRequestSchema = z.object({
  id: z.number().int(),
  /** The canvas, in pixels (one to a CSS pixel: dotGround.ts). */
  width: z.number().int().positive().max(16384),
  height: z.number().int().positive().max(16384),
  /** Between dots, and a dot's radius, in pixels. */
  step: z.number().positive(),
  radius: z.number().positive(),
  rgb: z.tuple([z.number().int().min(0).max(255), z.number().int().min(0).max(255), z.number().int().min(0).max(255)]),
});
export type DotGroundRequest = z.infer<typeof dotGroundRequestSchema>;

/**
 * The dots as a bitmap. Written as pixels, not as paths: a canvas path of ten thousand dots
 * took the browser longer to fill than the CSS pattern took to rasterise.
 */
export function rasterDots({ width, height, step, radius, rgb }: Omit<DotGroundRequest, 'id'>): ImageBitmap | null {
  const image = new ImageData(width, height);
  paintDots(image, step, radius, rgb);
  const painter = new OffscreenCanvas(width, height);
  const ctx = painter.getContext('2d');
  if (!ctx) return null;
  ctx.putImageData(image, 0, 0);
  return painter.transferToImageBitmap();
}
