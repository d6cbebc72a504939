import type { Patch } from '../../shared/editing';

/** Each task writes slices for about this long, so none comes near a 50 ms task. */
const SLICE_BUDGET_MS = 12;

/**
 * A big patch's slices still to write (MapSession.applyInSlices): a few a task, or all at once
 * when something must come after them (another edit, an undo, closing). Once all are written,
 * `release` runs, in a task of its own when the slices went by themselves, and says whether the
 * editor was held back from a change meanwhile (`held`), so it is told once, at the end.
 */
export class SlicedWrite {
  /** A change the editor was not told of while the slices were written. */
  held = false;
  private timer: ReturnType<typeof setTimeout>;
  private released = false;

  constructor(
    private readonly rest: Patch[],
    private readonly writeSlice: (patch: Patch) => void,
    private readonly release: (held: boolean) => void,
  ) {
    this.timer = setTimeout(() => this.next(), 0);
  }

  /** Writes whatever slices are left now, and releases. */
  finish(): void {
    for (let patch = this.rest.shift(); patch; patch = this.rest.shift()) this.writeSlice(patch);
    this.done();
  }

  /** Writes slices for one task's budget; once all are in, releases in a task of its own. */
  private next(): void {
    clearTimeout(this.timer);
    const started = performance.now();
    do {
      const patch = this.rest.shift();
      if (patch) this.writeSlice(patch);
    } while (this.rest.length && performance.now() - started < SLICE_BUDGET_MS);
    this.timer = setTimeout(() => (this.rest.length ? this.next() : this.done()), 0);
  }

  private done(): void {
    clearTimeout(this.timer);
    if (this.released) return;
    this.released = true;
    this.release(this.held);
  }
}
