import { LatestDrawing } from './latestDrawing';
import { drawLinkRaster, rasterBuffers, type LinkRaster } from './linkBatches';
import type { LinkRasterRequest } from './linkRaster.worker';

/** What the client needs of the link worker. */
export type LinkWorker = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage'>;

function startWorker(): LinkWorker | null {
  return typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined'
    ? new Worker(new URL('./linkRaster.worker.ts', import.meta.url), { type: 'module', name: 'Map links' })
    : null;
}

/**
 * Asks the link worker to raster drawings of links, and hands back the bitmap of the newest
 * request only (latestDrawing.ts): an answer to an older request (its camera, selection or map
 * already out of date) is dropped, never shown. Where Worker or OffscreenCanvas is missing, it
 * rasters on this thread instead (slower, same bitmap).
 */
export class LinkRasterClient<Tag> {
  private readonly drawings: LatestDrawing<Tag>;

  constructor(
    onDrawn: (bitmap: ImageBitmap, tag: Tag) => void,
    private readonly worker: LinkWorker | null = startWorker(),
  ) {
    this.drawings = new LatestDrawing(onDrawn);
    if (this.worker) this.worker.onmessage = (event: MessageEvent<unknown>) => this.drawings.receive(event.data);
  }

  /** Asks for a drawing; `tag` (what it was asked for) comes back with its bitmap. */
  draw(raster: LinkRaster, tag: Tag): void {
    const id = this.drawings.ask(tag);
    if (this.worker) {
      const request: LinkRasterRequest = { id, raster: { ...raster, batches: [...raster.batches] } };
      this.worker.postMessage(request, rasterBuffers(raster));
      return;
    }
    const canvas = document.createElement('canvas');
    canvas.width = raster.width;
    canvas.height = raster.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    drawLinkRaster(ctx, raster);
    void createImageBitmap(canvas).then((bitmap) => this.drawings.accept(id, bitmap));
  }

  /** Whether a drawing asked for is still to come. */
  get waiting(): boolean {
    return this.drawings.waiting;
  }

  dispose(): void {
    this.worker?.terminate();
    this.drawings.forget();
  }
}
