import { composePatches, isEmptyPatch, type Patch } from '../../shared/editing';
import type { Id } from '../../shared/model';

export type SaveStatus = 'saved' | 'saving' | 'failed';

/**
 * Writes patches to the database in order, one transaction at a time. Edits are written at
 * once; the frames of a drag are composed and written when the drag pauses or ends, so a drag
 * costs one disk flush instead of sixty a second.
 */
export class PersistQueue {
  private pending: { mapId: Id; patch: Patch } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly write: (mapId: Id, patch: Patch) => Promise<void>,
    private readonly onStatus: (status: SaveStatus, error?: unknown) => void,
    private readonly delayMs = 300,
  ) {}

  enqueue(mapId: Id, patch: Patch, options: { deferred: boolean }): void {
    if (isEmptyPatch(patch)) return;
    if (this.pending && this.pending.mapId !== mapId) this.flush();
    this.pending = this.pending ? { mapId, patch: composePatches(this.pending.patch, patch) } : { mapId, patch };
    this.onStatus('saving');
    if (options.deferred) {
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => this.flush(), this.delayMs);
    } else {
      this.flush();
    }
  }

  /** Starts writing whatever is pending; resolves when everything queued so far is on disk. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const job = this.pending;
    this.pending = null;
    if (job) {
      this.chain = this.chain
        .then(() => this.write(job.mapId, job.patch))
        .then(
          () => {
            if (!this.pending) this.onStatus('saved');
          },
          (error: unknown) => this.onStatus('failed', error),
        );
    }
    return this.chain;
  }
}
