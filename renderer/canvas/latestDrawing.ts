import { z } from 'zod';

// Told apart by what it offers rather than by class, so clients can be tested without a browser.
const bitmapSchema = z.custom<ImageBitmap>((v) => typeof v === 'object' && v !== null && typeof (v as ImageBitmap).close === 'function' && typeof (v as ImageBitmap).width === 'number');
/** A drawing worker's answer: the bitmap for request `id`. */
export const drawnSchema = z.object({ type: z.literal('drawn'), id: z.number().int(), bitmap: bitmapSchema });

/**
 * The newest of the drawings asked of a worker: a request supersedes every one before it, so an
 * answer to an older request (its camera or map already out of date) is dropped, never shown.
 * `Tag` is what a drawing was asked for, handed back with its bitmap.
 */
export class LatestDrawing<Tag> {
  private latest = 0;
  private latestTag: Tag | null = null;

  /** Records a request; its id goes with it to the worker. */
  ask(tag: Tag): number {
    this.latestTag = tag;
    return ++this.latest;
  }

  /** Whether the newest drawing asked for is still to come. */
  get waiting(): boolean {
    return this.latestTag !== null;
  }

  /** What drawing `id` was asked for, if it is the newest and still to come; otherwise null, and its bitmap is closed. */
  take(id: number, bitmap: ImageBitmap): Tag | null {
    const tag = this.latestTag;
    if (id !== this.latest || tag === null) {
      bitmap.close();
      return null;
    }
    this.latestTag = null;
    return tag;
  }

  /** Nothing asked for so far is wanted any more. */
  forget(): void {
    this.latest++;
    this.latestTag = null;
  }
}
