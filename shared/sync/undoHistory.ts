import * as Y from 'yjs';
import type { HistoryMode } from '../editing';
import { LINKS, META_LISTS, NODES, SETTINGS } from './docLayout';
import { LOCAL_EDIT } from './origins';

/** Typing in one field after this long a pause starts a new undo step (tldraw's stopping points). */
export const UNDO_PAUSE_MS = 1500;

export interface UndoStep {
  readonly label: string;
}

/**
 * Undo and redo of this window's own edits to a map's document (Yjs's UndoManager tracking
 * only `LOCAL_EDIT`): never another window's change, never a colleague's, and a colleague's
 * later change to the same field is not overwritten by undoing ours.
 *
 * Stopping points: a `record` edit is a step of its own; `merge` edits with the same merge key
 * fold into one step (a drag always; typing until it pauses for UNDO_PAUSE_MS); the caller
 * calls `stopCapturing()` when the selection changes. `skip` edits are written with another
 * origin and never enter the history.
 */
export class UndoHistory {
  private readonly manager: Y.UndoManager;
  private readonly steps = new WeakMap<object, UndoStep>();
  private pendingLabel = 'Edit';
  private lastMergeKey: string | undefined;
  private lastEditAt = 0;

  constructor(ydoc: Y.Doc, onChange: () => void = () => {}) {
    const scope = [NODES, LINKS, SETTINGS, ...META_LISTS.map((s) => s.key)].map((name) => ydoc.getMap(name));
    this.manager = new Y.UndoManager(scope, { trackedOrigins: new Set([LOCAL_EDIT]), captureTimeout: Number.MAX_SAFE_INTEGER });
    this.manager.on('stack-item-added', (event: { stackItem: object }) => {
      this.steps.set(event.stackItem, { label: this.pendingLabel });
      onChange();
    });
    this.manager.on('stack-item-popped', onChange);
    this.manager.on('stack-cleared', onChange);
  }

  /** Call before writing an edit with origin LOCAL_EDIT. */
  beforeEdit(options: { label: string; mode: HistoryMode; mergeKey?: string; now: number }): void {
    if (options.mode === 'skip') return;
    const sameRun =
      options.mode === 'merge' &&
      options.mergeKey !== undefined &&
      options.mergeKey === this.lastMergeKey &&
      (options.mergeKey.startsWith('drag:') || options.now - this.lastEditAt < UNDO_PAUSE_MS);
    if (!sameRun) this.manager.stopCapturing();
    this.lastMergeKey = options.mode === 'merge' ? options.mergeKey : undefined;
    this.lastEditAt = options.now;
    this.pendingLabel = options.label;
  }

  stopCapturing(): void {
    this.manager.stopCapturing();
    this.lastMergeKey = undefined;
  }

  /** The undo and redo stacks, oldest first; the same step keeps the same object. */
  get undoSteps(): readonly UndoStep[] {
    return this.manager.undoStack.map((item) => this.stepOf(item));
  }

  get redoSteps(): readonly UndoStep[] {
    return this.manager.redoStack.map((item) => this.stepOf(item));
  }

  /** Takes back the newest step; returns its label, or null if there was none. */
  undo(): string | null {
    return this.take('undo');
  }

  redo(): string | null {
    return this.take('redo');
  }

  destroy(): void {
    this.manager.destroy();
  }

  private take(which: 'undo' | 'redo'): string | null {
    const stack = which === 'undo' ? this.manager.undoStack : this.manager.redoStack;
    const top = stack[stack.length - 1];
    if (!top) return null;
    const label = this.stepOf(top).label;
    this.pendingLabel = label;
    this.lastMergeKey = undefined;
    if (which === 'undo') this.manager.undo();
    else this.manager.redo();
    this.manager.stopCapturing();
    return label;
  }

  private stepOf(item: object): UndoStep {
    let step = this.steps.get(item);
    if (!step) this.steps.set(item, (step = { label: 'Edit' }));
    return step;
  }
}
