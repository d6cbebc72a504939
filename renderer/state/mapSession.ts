import * as Y from 'yjs';
import type { HistoryMode, MapDocument, Patch } from '../../shared/editing';
import { isEmptyPatch, slicePatch } from '../../shared/editing';
import type { Id } from '../../shared/model';
import {
  DocumentReader,
  FROM_STORAGE,
  FROM_WINDOW,
  LOCAL_EDIT,
  LOCAL_UNTRACKED,
  observeDocument,
  UndoHistory,
  writePatch,
  type DocumentChange,
  type UndoStep,
} from '../../shared/sync';
import type { GoodHelpDatabase, MapIndexRow } from '../storage/database';
import { openMapChannel, type MapChannel } from '../storage/mapChannel';
import { readMapDocument, storeNewMapDocument, storeNewMapUpdates } from '../storage/mapRepository';
import { updateWriterFor } from '../storage/updateWriter';
import { DocumentBuild } from './documentBuild';
import { SlicedWrite } from './slicedWrite';
import { missingFrom, type LoadedDocument } from './loadedDocument';
import { UpdateQueue, type SaveStatus } from './updateQueue';

export type { DocumentInMemory, LoadedDocument, RecordsInMemory } from './loadedDocument';

export type { UndoStep };

/** A patch written in slices is cut into slices of this many nodes. */
export const SLICE_NODES = 100;

/** Empty: stands in the queue for a new map's whole document, which its first write stores. */
const WHOLE_DOCUMENT = new Uint8Array(0);

type ApplyOptions = { label: string; mode: HistoryMode; mergeKey?: string; deferred: boolean; now?: number };

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
  private readonly history: UndoHistory;
  private readonly queue: UpdateQueue;
  private readonly channel: MapChannel;
  private stopObserving: () => void = () => undefined;
  /** A new map's document being written from its records (RecordsInMemory); null once whole. */
  private build: DocumentBuild | null = null;
  private deferNextWrite = false;
  /** A patch being written in slices (applyInSlices); the editor is told once, at the end, not after each. */
  private slices: SlicedWrite | null = null;
  private readOnlyFlag = false;
  private closed = false;
  /** A new map's row, until its first write has stored it whole (LoadedDocument.unstored). */
  private unstored: MapIndexRow | null;
  private lastCommit: number | null = null;
  /** A new map written from its records: the updates that wrote it, until they are stored. */
  private builtUpdates: Uint8Array[] | null = null;

  private constructor(
    readonly db: GoodHelpDatabase,
    readonly mapId: Id,
    private readonly yDocument: Y.Doc,
    private readonly author: () => string,
    private readonly events: MapSessionEvents,
    loaded?: LoadedDocument,
  ) {
    const ydoc = yDocument;
    const records = loaded && 'records' in loaded ? loaded : null;
    this.reader = new DocumentReader(ydoc, loaded && 'ydoc' in loaded ? loaded.known : undefined);
    this.unstored = loaded?.unstored ?? null;
    this.queue = new UpdateQueue((updates) => this.store(updates), events.onStatus);
    // A new map is drawn first and stored just after, through the queue like any edit: honest
    // status, a failed write retried, closing waits for it, and edits made meanwhile follow it.
    // One written from its records is stored once its document is whole (documentWritten).
    if (this.unstored) this.queue.startUnsaved(WHOLE_DOCUMENT, { wait: !records });
    this.channel = openMapChannel(mapId, {
      onUpdate: (update) => {
        if (!this.closed) Y.applyUpdate(this.ydoc, update, FROM_WINDOW);
      },
      onMissingRequested: (stateVector) => (this.closed ? null : missingFrom(this.ydoc, stateVector)),
    });
    ydoc.on('update', this.onUpdate);
    // What other windows did between our read of the database and now.
    this.channel.requestMissing(Y.encodeStateVector(ydoc));
    // Only this window's own edits are undone: never another window's, never a colleague's.
    this.history = new UndoHistory(ydoc, events.onHistory);
    if (records) this.build = new DocumentBuild(ydoc, records.records, records.stamp, () => this.documentWritten());
    else this.observe();
  }

  /** The editor has drawn the map: a new map's document is written now, behind it (DocumentBuild.start). */
  mapDrawn(): void {
    this.build?.start();
  }

  /** The map's Yjs document; a new map's is first written whole (DocumentBuild.finish). */
  get ydoc(): Y.Doc {
    this.build?.finish();
    return this.yDocument;
  }

  private observe(): void {
    this.stopObserving = observeDocument(this.yDocument, this.reader, (change) => {
      if (this.slices && (change.origin === LOCAL_EDIT || change.origin === LOCAL_UNTRACKED)) {
        this.slices.held = true;
        return;
      }
      this.events.onChange(change);
    });
  }

  /** A new map's document is whole: read from now on, and stored. */
  private documentWritten(): void {
    const build = this.build;
    if (!build) return;
    this.build = null;
    const same = this.reader.adopt(build.doc);
    this.observe();
    this.builtUpdates = build.updates;
    if (!same) this.events.onChange({ doc: this.reader.doc, problems: this.reader.problems, origin: LOCAL_UNTRACKED });
    void this.queue.flush();
  }

  /** Opens a map; a stored one is read whole before the editor sees it (or `loaded` is taken as it is). */
  static async open(db: GoodHelpDatabase, mapId: Id, author: () => string, events: MapSessionEvents, loaded?: LoadedDocument): Promise<MapSession> {
    const started = performance.now();
    // A document already in memory and stored (a map just downloaded from an invite) is not read
    // again, and records it is known to hold are not validated again.
    const ydoc = loaded ? ('ydoc' in loaded ? loaded.ydoc : new Y.Doc()) : (await readMapDocument(db, mapId)).ydoc;
    const read = performance.now();
    const session = new MapSession(db, mapId, ydoc, author, events, loaded);
    // For `npm run bench`: how much of opening a map is the store and the session, not drawing.
    performance.measure('map-read', { start: started, end: read });
    performance.measure('map-session-open', { start: started, end: performance.now() });
    return session;
  }

  get doc(): MapDocument | null {
    return this.build ? this.build.doc : this.reader.doc;
  }

  /** False while a new map's document is still being written from its records (DocumentBuild). */
  get documentWhole(): boolean {
    return this.build === null;
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
    return this.history.undoSteps;
  }

  get redoSteps(): readonly UndoStep[] {
    return this.history.redoSteps;
  }

  /**
   * Writes a command's patch as one transaction. `record` starts a new undo step; `merge`
   * folds into the last step while the merge key is the same (a drag, typing in one field)
   * unless the typing paused; `skip` is saved but never undone.
   */
  apply(patch: Patch, options: ApplyOptions): void {
    if (this.readOnlyFlag || this.closed || isEmptyPatch(patch)) return;
    this.build?.finish();
    this.finishSlices();
    const now = options.now ?? Date.now();
    this.history.beforeEdit({ ...options, now });
    this.write(patch, options, options.deferred, now);
  }

  /**
   * Writes a big patch (a layout of the whole map) in slices of SLICE_NODES nodes, a few a task,
   * so no task is long. It is still one undo step (the UndoManager folds the slices' transactions
   * into the step the first one opened), each slice is stored and sent as it is written, and the
   * editor is handed the map once, in a task of its own after the last slice, followed by
   * `onDone` in that task. Another edit, an undo, a new undo step or closing first writes what is
   * left, so the order of edits and the step hold. Returns false (and `onDone` never runs) if
   * nothing was written.
   */
  applyInSlices(patch: Patch, options: ApplyOptions, onDone: () => void): boolean {
    if (this.readOnlyFlag || this.closed || isEmptyPatch(patch)) return false;
    this.build?.finish();
    this.finishSlices();
    const now = options.now ?? Date.now();
    this.history.beforeEdit({ ...options, now });
    const [first, ...rest] = slicePatch(patch, SLICE_NODES);
    if (!rest.length) {
      this.write(first!, options, options.deferred, now);
      onDone();
      return true;
    }
    const sliced: SlicedWrite = new SlicedWrite(
      rest,
      (slice) => {
        if (!this.closed) this.write(slice, options, options.deferred, now);
      },
      (held) => {
        if (this.slices === sliced) this.slices = null;
        if (this.closed) return;
        if (held) this.events.onChange({ doc: this.reader.doc, problems: this.reader.problems, origin: LOCAL_EDIT });
        onDone();
      },
    );
    this.slices = sliced;
    this.write(first!, options, options.deferred, now);
    return true;
  }

  /** Writes whatever slices are left now (before another edit, an undo, closing). */
  finishSlices(): void {
    this.slices?.finish();
  }

  private write(patch: Patch, options: ApplyOptions, deferred: boolean, now: number): void {
    this.deferNextWrite = deferred;
    writePatch(this.yDocument, patch, options.mode === 'skip' ? LOCAL_UNTRACKED : LOCAL_EDIT, { by: this.author(), at: new Date(now).toISOString() });
    this.deferNextWrite = false;
  }

  /**
   * A change that is not a command's patch (merging another copy of this map from a file),
   * written by `write` in one transaction as one undo step of its own.
   */
  applyAsEdit(label: string, write: (ydoc: Y.Doc, stamp: { by: string; at: string }) => void): boolean {
    if (this.readOnlyFlag || this.closed) return false;
    const now = Date.now();
    this.history.beforeEdit({ label, mode: 'record', now });
    write(this.ydoc, { by: this.author(), at: new Date(now).toISOString() });
    this.history.stopCapturing();
    return true;
  }

  /** The selection changed, or the user went elsewhere: the next edit is a new undo step. */
  stopCapturing(): void {
    this.finishSlices();
    this.history.stopCapturing();
  }

  undo(): string | null {
    this.build?.finish();
    this.finishSlices();
    return this.readOnlyFlag || this.closed ? null : this.history.undo();
  }

  redo(): string | null {
    this.build?.finish();
    this.finishSlices();
    return this.readOnlyFlag || this.closed ? null : this.history.redo();
  }

  /** When this window's last edit reached the disk (performance.now()), for `npm run bench`. */
  get committedAt(): number | null {
    return this.lastCommit;
  }

  flush(): Promise<boolean> {
    this.build?.finish();
    this.finishSlices();
    return this.queue.flush();
  }

  /** Writes what is pending and lets go of the document. */
  async close(): Promise<void> {
    if (this.closed) return;
    // A new map closed before its document was whole is written and stored first: nothing lost.
    this.build?.finish();
    this.finishSlices();
    this.closed = true;
    await this.queue.flush();
    this.queue.close();
    this.stopObserving();
    this.channel.close();
    this.history.destroy();
    this.yDocument.off('update', this.onUpdate);
    this.yDocument.destroy();
  }

  /** Writes queued updates; a new map's first write stores its whole document, which holds them all. */
  private async store(updates: readonly Uint8Array[]): Promise<void> {
    const row = this.unstored;
    if (!row) {
      const name = this.reader.doc?.meta.name;
      this.lastCommit = await updateWriterFor(this.db).append({ mapId: this.mapId, updates, ...(name ? { name } : {}), stamp: new Date().toISOString() });
      return;
    }
    const named = { ...row, name: this.reader.doc?.meta.name ?? row.name };
    // Written from its records: the steps' updates and every edit since are the whole document.
    if (this.builtUpdates) await storeNewMapUpdates(this.db, named, [...this.builtUpdates, ...updates.filter((u) => u !== WHOLE_DOCUMENT)]);
    else await storeNewMapDocument(this.db, named, this.ydoc);
    this.unstored = null;
    this.builtUpdates = null;
  }

  /** Every change but one read from this device's own database is stored; this window's own are also sent to its other windows. */
  private readonly onUpdate = (update: Uint8Array, origin: unknown) => {
    // A new map's document being written (DocumentBuild) is stored whole, not as edits.
    if (origin === FROM_STORAGE || this.closed || this.build?.writing) return;
    if (origin !== FROM_WINDOW) this.channel.post(update);
    this.queue.add(update, { deferred: this.deferNextWrite });
  };
}
