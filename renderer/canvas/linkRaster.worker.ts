import { z } from 'zod';
import { drawLinkRaster, linkRasterSchema } from './linkBatches';

/**
 * The link worker: rasters a big map's links at the DOM level (LinkCanvas.tsx) on an
 * OffscreenCanvas, off the page's thread (25–190 ms a drawing in Skia's software rasteriser),
 * and hands the bitmap back, transferred. Only the latest request is drawn; one that is
 * overtaken while queued is skipped, as the picture worker does.
 */
// Typed by hand: the WebWorker lib cannot be loaded alongside the DOM lib the rest uses.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
};

const requestSchema = z.object({ id: z.number().int(), raster: linkRasterSchema });
export type LinkRasterRequest = z.infer<typeof requestSchema>;

let pending: LinkRasterRequest | null = null;

scope.onmessage = (event) => {
  const parsed = requestSchema.safeParse(event.data);
  if (!parsed.success) return;
  const scheduled = pending !== null;
  pending = parsed.data;
  // After the messages already queued, so a burst of requests is drawn once.
  if (!scheduled) setTimeout(drawLatest, 0);
};

function drawLatest(): void {
  if (!pending) return;
  const { id, raster } = pending;
  pending = null;
  const canvas = new OffscreenCanvas(raster.width, raster.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  drawLinkRaster(ctx, raster);
  const bitmap = canvas.transferToImageBitmap();
  scope.postMessage({ type: 'drawn', id, bitmap }, [bitmap]);
}
