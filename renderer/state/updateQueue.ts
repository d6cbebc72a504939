/**
 * The honest save status: "saved" only when every change made so far is on disk.
 * - `saving`: a change is waiting to be written, or being written;
 * - `retrying`: a write failed; the change is kept and written again shortly.
 */
export type SaveStatus = 'saved' | 'saving' | 'retrying';

/** Waits before writing again after a failed write: quickly at first, then every 10 s. */
export const RETRY_DELAYS_MS = [500, 1000, 2000, 5000, 10_000] as const;

/**
 * Writes a map's document updates to the database in order. Each edit is written at once; the
 * frames of a drag are held and written as one when the drag pauses or ends. A write that fails
 * keeps its updates at the front of the queue and is tried again, so nothing is dropped and the
 * status never says saved while anything is unsaved.
 */
export class UpdateQueue {
  private pending: Uint8Array[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<boolean> | null = null;
  private failures = 0;
  private status: SaveStatus = 'saved';
  private closed = false;

  constructor(
    private readonly write: (updates: readonly Uint8Array[]) => Promise<void>,
    private readonly onStatus: (status: SaveStatus, error?: unknown) => void,
    private readonly delayMs = 300,
  ) {}

  get saveStatus(): SaveStatus {
    return this.status;
  }

  add(update: Uint8Array, options: { deferred: boolean }): void {
    this.pending.push(update);
    if (this.status === 'saved') this.setStatus('saving');
    if (this.retryTimer) return; // A retry is due: it writes this too.
    if (options.deferred) {
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.flush(), this.delayMs);
    } else {
      void this.flush();
    }
  }

  /**
   * A change already made when the queue starts (a new map not stored yet): pending, the status
   * `saving` without a report (whoever starts the queue reads saveStatus), written after the
   * usual delay unless flushed first (or, with `wait: false`, only when flushed).
   */
  startUnsaved(update: Uint8Array, options: { wait: boolean } = { wait: true }): void {
    this.pending.push(update);
    this.status = 'saving';
    // `wait: false`: the owner flushes when the change can be written (a document still being written).
    if (options.wait) this.timer ??= setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Writes whatever is pending now; resolves true once everything is on disk, false if a write failed (it will be retried). */
  flush(): Promise<boolean> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.retryTimer) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
    if (!this.running) this.running = this.drain().finally(() => (this.running = null));
    return this.running;
  }

  /** Stops retrying (the map was closed); what is still pending stays unsaved and is reported. */
  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
  }

  get unsaved(): number {
    return this.pending.length;
  }

  private async drain(): Promise<boolean> {
    while (this.pending.length) {
      const batch = this.pending;
      this.pending = [];
      try {
        await this.write(batch);
        this.failures = 0;
      } catch (error) {
        this.pending = [...batch, ...this.pending];
        this.setStatus('retrying', error);
        if (!this.closed) {
          const delay = RETRY_DELAYS_MS[Math.min(this.failures, RETRY_DELAYS_MS.length - 1)];
          this.failures++;
          this.retryTimer = setTimeout(() => {
            this.retryTimer = null;
            void this.flush();
          }, delay);
        }
        return false;
      }
    }
    this.setStatus('saved');
    return true;
  }

  private setStatus(status: SaveStatus, error?: unknown): void {
    const changed = status !== this.status;
    this.status = status;
    if (changed || error !== undefined) this.onStatus(status, error);
  }
}
