import { z } from 'zod';

// Told apart by what it offers rather than by class, so clients can be tested without a browser.
const bitmapSchema = z.custom<ImageBitmap>((v) => typeof v === 'object' && v !== null && typeof (v as ImageBitmap).close === 'function' && typeof (v as ImageBitmap).width === 'number');
/** A drawing worker's answer (serveLatestDrawing.ts): the bitmap for request `id`. */
const drawnSchema = z.object({ type: z.literal('drawn'), id: z.number().int(), bitmap: bitmapSchema });

/**
 * The newest of the drawings asked of a worker, handed on when it comes: a request supersedes
 * every one before it, so an answer to an older request (its camera or map already out of date)
 * is dropped, never shown, and its bitmap freed. `Tag` is what a drawing was asked for, handed
 * back with its bitmap.
 */
export class LatestDrawing<Tag> {
  private latest = 0;
  private latestTag: Tag | null = null;

  constructor(private readonly onDrawn: (bitmap: ImageBitmap, tag: Tag) => void) {}

  /** Records a request; its id goes with it to the worker. */
  ask(tag: Tag): number {
    this.latestTag = tag;
    return ++this.latest;
  }

  /** Whether the newest drawing asked for is still to come. */
  get waiting(): boolean {
    return this.latestTag !== null;
  }

  /** A worker's message: a drawing's answer is accepted, anything else ignored. */
  receive(data: unknown): void {
    const parsed = drawnSchema.safeParse(data);
    if (parsed.success) this.accept(parsed.data.id, parsed.data.bitmap);
  }

  /** Drawing `id`'s bitmap: shown if it is the newest asked for and still to come, freed otherwise. */
  accept(id: number, bitmap: ImageBitmap): void {
    const tag = this.latestTag;
    if (id !== this.latest || tag === null) {
      bitmap.close();
      return;
    }
    this.latestTag = null;
    this.onDrawn(bitmap, tag);
  }

  /** Nothing asked for so far is wanted any more. */
  forget(): void {
    this.latest++;
    this.latestTag = null;
  }
}
