import { LatestDrawing } from './latestDrawing';
import { rasterDots, type DotGroundRequest } from './dotGroundRaster';

/** What the client needs of the dots' worker. */
export type DotGroundWorker = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage'>;

function startWorker(): DotGroundWorker | null {
  return typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined'
    ? new Worker(new URL('./dotGround.worker.ts', import.meta.url), { type: 'module', name: 'Map ground' })
    : null;
}

/**
 * Asks the dots' worker (dotGround.worker.ts) for the ground drawn for a zoom, and hands back
 * the newest drawing only (latestDrawing.ts). Where Worker or OffscreenCanvas is missing, the
 * dots are painted on this thread instead, as they were before there was a worker.
 */
export class DotGroundClient<Tag> {
  private readonly drawings: LatestDrawing<Tag>;

  constructor(
    onDrawn: (bitmap: ImageBitmap, tag: Tag) => void,
    private readonly worker: DotGroundWorker | null = startWorker(),
  ) {
    this.drawings = new LatestDrawing(onDrawn);
    if (this.worker) this.worker.onmessage = (event: MessageEvent<unknown>) => this.drawings.receive(event.data);
  }

  draw(dots: Omit<DotGroundRequest, 'id'>, tag: Tag): void {
    const id = this.drawings.ask(tag);
    if (this.worker) {
      this.worker.postMessage({ id, ...dots } satisfies DotGroundRequest);
      return;
    }
    const bitmap = typeof OffscreenCanvas !== 'undefined' ? rasterDots(dots) : null;
    if (bitmap) this.drawings.accept(id, bitmap);
  }

  /** No drawing asked for so far is wanted (the dots are not seen at this zoom). */
  cancel(): void {
    this.drawings.forget();
  }

  dispose(): void {
    this.worker?.terminate();
    this.drawings.forget();
  }
}
