import { dotGroundRequestSchema, rasterDots, type DotGroundRequest } from './dotGroundRaster';

/**
 * The dotted ground's worker: paints the dots for a zoom (MapDots.tsx) off the page's thread.
 * Handing a canvas half as big again as the pane its pixels took the page's thread 15–45 ms
 * each time the camera came to rest, on a laptop without a GPU: part of the rest's long tasks.
 * Only the latest request is drawn, as the link and picture workers do.
 */
// Typed by hand: the WebWorker lib cannot be loaded alongside the DOM lib the rest uses.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
};

let pending: DotGroundRequest | null = null;

scope.onmessage = (event) => {
  const parsed = dotGroundRequestSchema.safeParse(event.data);
  if (!parsed.success) return;
  const scheduled = pending !== null;
  pending = parsed.data;
  if (!scheduled) setTimeout(drawLatest, 0);
};

function drawLatest(): void {
  if (!pending) return;
  const { id, ...dots } = pending;
  pending = null;
  const bitmap = rasterDots(dots);
  if (bitmap) scope.postMessage({ type: 'drawn', id, bitmap }, [bitmap]);
}
