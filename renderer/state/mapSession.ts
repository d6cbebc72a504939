import * as Y from 'yjs';
import type { HistoryMode, MapDocument, Patch } from '../../shared/editing';
import { isEmptyPatch } from '../../shared/editing';
import type { Id } from '../../shared/model';
import {
  DocumentReader,
  FROM_STORAGE,
  FROM_WINDOW,
  LINKS,
  LOCAL_EDIT,
  LOCAL_UNTRACKED,
  META_LISTS,
  NODES,
  observeDocument,
  SETTINGS,
  writePatch,
  type DocumentChange,
} from '../../shared/sync';
import type { GoodHelpDatabase } from '../storage/database';
import { openMapChannel, type MapChannel } from '../storage/mapChannel';
import { appendUpdates, readMapDocument } from '../storage/mapRepository';
import { UpdateQueue, type SaveStatus } from './updateQueue';

/** Typing in one field after this long a pause starts a new undo step (tldraw's stopping points). */
export const UNDO_PAUSE_MS = 1500;

export interface UndoStep {
  readonly label: string;
}

export interface MapSessionEvents {
  /** The map changed (any origin), or records were set aside. */
  readonly onChange: (change: DocumentChange) => void;
  readonly onStatus: (status: SaveStatus, error?: unknown) => void;
  /** The undo or redo stack changed. */
  readonly onHistory: () => void;
}

/**
 * One open map: its Yjs document, stored as it changes, shared live with this profile's other
 * windows, with undo of this window's own edits only.
 *
 * For other providers (the team server): take `ydoc`, apply remote updates with your own origin
 * (e.g. `FROM_NETWORK` or the provider object) and they are stored locally, read into the
 * editor and never undone here. Use `setReadOnly(true)` for a view-only invite: the editor
 * then refuses every edit. Origins: `LOCAL_EDIT` (undoable edits from this window),
 * `LOCAL_UNTRACKED`, `FROM_STORAGE`, `FROM_WINDOW` — see shared/sync/origins.ts.
 */
export class MapSession {
  readonly reader: DocumentReader;
  private readonly undoManager: Y.UndoManager;
  private readonly queue: UpdateQueue;
  private readonly channel: MapChannel;
  private readonly stopObserving: () => void;
  private readonly steps = new WeakMap<object, UndoStep>();
  private pendingLabel = 'Edit';
  private lastMergeKey: string | undefined;
  private lastEditAt = 0;
  private deferNextWrite = false;
  private readOnlyFlag = false;
  private closed = false;

  private constructor(
    readonly db: GoodHelpDatabase,
    readonly mapId: Id,
    readonly ydoc: Y.Doc,
    private readonly author: () => string,
    private readonly events: MapSessionEvents,
  ) {
    this.reader = new DocumentReader(ydoc);
    this.queue = new UpdateQueue((updates) => appendUpdates(db, mapId, updates, { name: this.reader.doc?.meta.name ?? '' }), events.onStatus);
    this.channel = openMapChannel(mapId, (update) => Y.applyUpdate(ydoc, update, FROM_WINDOW));
    ydoc.on('update', this.onUpdate);
    this.stopObserving = observeDocument(ydoc, this.reader, events.onChange);
    const scope = [NODES, LINKS, SETTINGS, ...META_LISTS.map((s) => s.key)].map((name) => ydoc.getMap(name));
    // Only this window's own edits are undone: never another window's, never a colleague's.
    this.undoManager = new Y.UndoManager(scope, { trackedOrigins: new Set([LOCAL_EDIT]), captureTimeout: Number.MAX_SAFE_INTEGER });
    this.undoManager.on('stack-item-added', (event: { stackItem: object; type: 'undo' | 'redo' }) => {
      this.steps.set(event.stackItem, { label: this.pendingLabel });
      events.onHistory();
    });
    this.undoManager.on('stack-item-popped', () => events.onHistory());
    this.undoManager.on('stack-cleared', () => events.onHistory());
  }

  /** Opens a stored map; the document is read whole before the editor sees it. */
  static async open(db: GoodHelpDatabase, mapId: Id, author: () => string, events: MapSessionEvents): Promise<MapSession> {
    const { ydoc } = await readMapDocument(db, mapId);
    return new MapSession(db, mapId, ydoc, author, events);
  }

  get doc(): MapDocument | null {
    return this.reader.doc;
  }

  get readOnly(): boolean {
    return this.readOnlyFlag;
  }

  /** A view-only session (a view invite): every edit is refused. */
  setReadOnly(readOnly: boolean): void {
    this.readOnlyFlag = readOnly;
  }

  get saveStatus(): SaveStatus {
    return this.queue.saveStatus;
  }

  /** The undo and redo stacks, oldest first; the same step keeps the same object. */
  get undoSteps(): readonly UndoStep[] {
    return this.undoManager.undoStack.map((item) => this.stepOf(item));
  }

  get redoSteps(): readonly UndoStep[] {
    return this.undoManager.redoStack.map((item) => this.stepOf(item));
  }

  /**
   * Writes a command's patch as one transaction. `record` starts a new undo step; `merge`
   * folds into the last step while the merge key is the same (a drag, typing in one field)
   * unless the typing paused; `skip` is saved but never undone.
   */
  apply(patch: Patch, options: { label: string; mode: HistoryMode; mergeKey?: string; deferred: boolean; now?: number }): void {
    if (this.readOnlyFlag || this.closed || isEmptyPatch(patch)) return;
    const now = options.now ?? Date.now();
    if (options.mode !== 'skip') {
      const sameRun =
        options.mode === 'merge' &&
        options.mergeKey !== undefined &&
        options.mergeKey === this.lastMergeKey &&
        (options.mergeKey.startsWith('drag:') || now - this.lastEditAt < UNDO_PAUSE_MS);
      if (!sameRun) this.undoManager.stopCapturing();
      this.lastMergeKey = options.mode === 'merge' ? options.mergeKey : undefined;
      this.lastEditAt = now;
      this.pendingLabel = options.label;
    }
    this.deferNextWrite = options.deferred;
    writePatch(this.ydoc, patch, options.mode === 'skip' ? LOCAL_UNTRACKED : LOCAL_EDIT, { by: this.author(), at: new Date(now).toISOString() });
    this.deferNextWrite = false;
  }

  /** The selection changed, or the user went elsewhere: the next edit is a new undo step. */
  stopCapturing(): void {
    this.undoManager.stopCapturing();
    this.lastMergeKey = undefined;
  }

  undo(): string | null {
    return this.takeStep('undo');
  }

  redo(): string | null {
    return this.takeStep('redo');
  }

  flush(): Promise<boolean> {
    return this.queue.flush();
  }

  /** Writes what is pending and lets go of the document. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue.flush();
    this.queue.close();
    this.stopObserving();
    this.channel.close();
    this.undoManager.destroy();
    this.ydoc.off('update', this.onUpdate);
    this.ydoc.destroy();
  }

  private takeStep(which: 'undo' | 'redo'): string | null {
    if (this.readOnlyFlag || this.closed) return null;
    const stack = which === 'undo' ? this.undoManager.undoStack : this.undoManager.redoStack;
    const top = stack[stack.length - 1];
    if (!top) return null;
    const label = this.stepOf(top).label;
    this.pendingLabel = label;
    this.lastMergeKey = undefined;
    if (which === 'undo') this.undoManager.undo();
    else this.undoManager.redo();
    this.undoManager.stopCapturing();
    return label;
  }

  private stepOf(item: object): UndoStep {
    let step = this.steps.get(item);
    if (!step) this.steps.set(item, (step = { label: 'Edit' }));
    return step;
  }

  /** Every change but one read from this device's own database is stored; this window's own are also sent to its other windows. */
  private readonly onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === FROM_STORAGE || this.closed) return;
    if (origin !== FROM_WINDOW) this.channel.post(update);
    this.queue.add(update, { deferred: this.deferNextWrite });
  };
}
