import type { z } from 'zod';

// Typed by hand: the WebWorker lib cannot be loaded alongside the DOM lib the rest uses.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
};

/**
 * Serves a drawing worker's requests (linkRaster.worker.ts, dotGround.worker.ts): each message
 * is checked against `schema`, and only the newest request is drawn, after the messages already
 * queued, so a burst is drawn once and one overtaken while queued is skipped. The bitmap goes
 * back transferred, with its request's id, as latestDrawing.ts's `drawnSchema` reads it.
 */
export function serveLatestDrawing<Request extends { readonly id: number }>(schema: z.ZodType<Request>, draw: (request: Request) => ImageBitmap | null): void {
  let pending: Request | null = null;
  scope.onmessage = (event) => {
    const parsed = schema.safeParse(event.data);
    if (!parsed.success) return;
    const scheduled = pending !== null;
    pending = parsed.data;
    if (scheduled) return;
    setTimeout(() => {
      const request = pending;
      pending = null;
      const bitmap = request ? draw(request) : null;
      if (request && bitmap) scope.postMessage({ type: 'drawn', id: request.id, bitmap }, [bitmap]);
    }, 0);
  };
}
