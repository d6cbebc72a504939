import { z } from 'zod';
import { drawLinkRaster, linkRasterSchema } from './linkBatches';
import { serveLatestDrawing } from './serveLatestDrawing';

/**
 * The link worker: rasters a big map's links at the DOM level (LinkCanvas.tsx) on an
 * OffscreenCanvas, off the page's thread (25–190 ms a drawing in Skia's software rasteriser),
 * and hands the bitmap back, transferred. Only the latest request is drawn; one that is
 * overtaken while queued is skipped, as the picture worker does.
 */
const requestSchema = z.object({ id: z.number().int(), raster: linkRasterSchema });
export type LinkRasterRequest = z.infer<typeof requestSchema>;

serveLatestDrawing(requestSchema, ({ raster }) => {
  const canvas = new OffscreenCanvas(raster.width, raster.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  drawLinkRaster(ctx, raster);
  return canvas.transferToImageBitmap();
});
