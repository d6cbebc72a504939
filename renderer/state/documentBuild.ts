import type * as Y from 'yjs';
import type { MapDocument } from '../../shared/editing';
import { LOCAL_UNTRACKED, writeDocumentInSteps, type ChangeStamp } from '../../shared/sync';

/**
 * Each task takes about this long, so none comes near a 50 ms task. Records are written until
 * a budget runs out, and the step's transaction then ends (Yjs encodes its update): about as
 * long again or more, so the budget for records is set from how long the last step took.
 */
const STEP_MS = 12;
const MIN_BUDGET_MS = 1;
/**
 * Begun at the latest this long after opening, should the editor never say the map is drawn
 * (no editor on screen, a map opened over another whose picture is already up).
 */
export const BUILD_HOLD_MS = 2000;

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
 * work on it) is written in steps of about 12 ms, a few records a task, at background priority,
 * begun once the editor says the map is on screen (`start()`): begun at once, its steps took
 * the page's idle moments between the open and the picture coming back from its worker, and
 * with them a core the worker's drawing needed.
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
  private started = false;
  private budget = STEP_MS / 3;
  private readonly hold: ReturnType<typeof setTimeout>;

  constructor(
    private readonly ydoc: Y.Doc,
    readonly doc: MapDocument,
    stamp: ChangeStamp,
    private readonly onDone: () => void,
    private readonly schedule: Background = inBackground,
  ) {
    this.steps = writeDocumentInSteps(ydoc, doc, LOCAL_UNTRACKED, stamp);
    ydoc.on('update', this.keep);
    this.hold = setTimeout(() => this.start(), BUILD_HOLD_MS);
  }

  /** The map is drawn: its document is written from now, in the background. */
  start(): void {
    clearTimeout(this.hold);
    if (this.started || this.done) return;
    this.started = true;
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
    const began = performance.now();
    const until = began + this.budget;
    this.write(() => performance.now() < until);
    const took = performance.now() - began;
    if (took > 0) this.budget = Math.min(STEP_MS, Math.max(MIN_BUDGET_MS, (this.budget * STEP_MS) / took));
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
    clearTimeout(this.hold);
    this.ydoc.off('update', this.keep);
    this.onDone();
  }

  private readonly keep = (update: Uint8Array) => {
    if (this.writingStep) this.updates.push(update);
  };
}
