import type * as Y from 'yjs';
import type { MapDocument } from '../../shared/editing';
import { LOCAL_UNTRACKED, writeDocumentInSteps, type ChangeStamp } from '../../shared/sync';

/** Each task writes records for about this long, so none comes near a 50 ms task. */
const STEP_BUDGET_MS = 10;

type Background = (task: () => void) => void;

/**
 * Runs `task` when the page has nothing more urgent to do: after React's work, the picture
 * worker's drawing coming back and the frame that shows it (Chromium's `scheduler.postTask` at
 * background priority), or in a task of its own where that is missing (Node, older engines).
 */
const inBackground: Background = (() => {
  const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void, options: { priority: string }) => Promise<unknown> } }).scheduler;
  if (typeof scheduler?.postTask === 'function') return (task) => void scheduler.postTask!(task, { priority: 'background' });
  return (task) => void setTimeout(task, 0);
})();

/**
 * A new map's Yjs document, written from its validated records after the map is drawn: a big
 * file opened shows at once, and its document (the store, undo, other windows and sharing all
 * work on it) is written in steps of about 10 ms, a few records a task, at background priority.
 * Anything that needs the document before it is whole calls `finish()`, which writes the rest
 * there and then, so an edit made straight after opening lands on the whole document, after it.
 *
 * The steps' updates are kept (`updates`): together they are the whole document, stored as the
 * new map's first rows without encoding it all again in one long task.
 */
export class DocumentBuild {
  readonly updates: Uint8Array[] = [];
  private readonly steps: ReturnType<typeof writeDocumentInSteps>;
  private writingStep = false;
  private done = false;

  constructor(
    private readonly ydoc: Y.Doc,
    readonly doc: MapDocument,
    stamp: ChangeStamp,
    private readonly onDone: () => void,
    private readonly schedule: Background = inBackground,
  ) {
    this.steps = writeDocumentInSteps(ydoc, doc, LOCAL_UNTRACKED, stamp);
    ydoc.on('update', this.keep);
    this.schedule(this.next);
  }

  /** True while a step is writing: the updates it makes are this build's, not edits. */
  get writing(): boolean {
    return this.writingStep;
  }

  /** Writes whatever is left now. */
  finish(): void {
    this.write(() => true);
  }

  private readonly next = () => {
    if (this.done) return;
    const until = performance.now() + STEP_BUDGET_MS;
    this.write(() => performance.now() < until);
    if (!this.done) this.schedule(this.next);
  };

  private write(more: () => boolean): void {
    if (this.done) return;
    this.writingStep = true;
    try {
      this.done = this.steps.step(more);
    } finally {
      this.writingStep = false;
    }
    if (!this.done) return;
    this.ydoc.off('update', this.keep);
    this.onDone();
  }

  private readonly keep = (update: Uint8Array) => {
    if (this.writingStep) this.updates.push(update);
  };
}
