import type * as Y from 'yjs';
import { copySelection, parseClipboardText, runCommand, snapshotFromDocument, type Command, type MapDocument, type Patch } from '../../shared/editing';
import { lastChangeOf, type ChangeStamp, type DocumentChange } from '../../shared/sync';
import { mapSnapshotSchema, type Id, type MapSnapshot } from '../../shared/model';
import type { GoodHelpDatabase } from '../storage/database';
import * as repo from '../storage/mapRepository';
import { describeOpenFailure } from '../storage/openFailure';
import { NO_DRAG, type DragPosition, type DragSlice, type DragState } from './dragState';
import { EMPTY_HISTORY, EMPTY_SELECTION, INITIAL_STATE, type AppState, type Notice, type Selection } from './appState';
import { MapSession } from './mapSession';
import { Store } from './store';
import type { SaveStatus } from './updateQueue';

const LAST_MAP_KEY = 'good-help-map.lastMap';
const DISPLAY_NAME_KEY = 'good-help-map.displayName';
const NO_POSITIONS: ReadonlyMap<Id, DragPosition> = new Map();

export interface ControllerDeps {
  readonly db: GoodHelpDatabase;
  readonly storage?: Storage;
  /** Called after each saved change, e.g. to mirror the map to a desktop backup. */
  readonly onMapChanged?: (doc: MapDocument) => void;
  /** Called when a map is opened, with its session, so other providers (the team server) can attach. */
  readonly onSessionOpened?: (session: MapSession) => void;
}

/**
 * The one place that changes application state. Components read the store and call these
 * methods; every edit to a map goes through `dispatch`, so it is validated, undoable and
 * saved the same way whether it came from the toolbar, the menu or the keyboard.
 */
export class EditorController {
  readonly store = new Store<AppState>(INITIAL_STATE);
  /** A node drag in progress (dragState.ts): shown on the canvas, written to the map when it ends. */
  readonly dragStore = new Store<DragSlice>(NO_DRAG);
  private session: MapSession | null = null;
  private clipboard: string | null = null;
  private noticeId = 0;
  private generatedName: string | null = null;

  constructor(private readonly deps: ControllerDeps) {}

  /** The open map's session (its Y.Doc, undo, storage), for the team-server provider. */
  get mapSession(): MapSession | null {
    return this.session;
  }

  /** The name this profile's changes are stamped with ("Changed by … at …"). */
  get displayName(): string {
    const stored = this.deps.storage?.getItem(DISPLAY_NAME_KEY);
    if (stored) return stored;
    this.generatedName ??= `Guest ${Math.floor(1000 + Math.random() * 9000)}`;
    try {
      this.deps.storage?.setItem(DISPLAY_NAME_KEY, this.generatedName);
    } catch {
      // A private window may refuse; the name then lasts as long as this window.
    }
    return this.generatedName;
  }

  setDisplayName(name: string): void {
    const trimmed = name.trim().slice(0, 100);
    if (trimmed) this.deps.storage?.setItem(DISPLAY_NAME_KEY, trimmed);
  }

  /** Who last changed a record of the open map and when: `lastChange('nodes', id)`, or the map's settings. */
  lastChange(collection: 'nodes' | 'links' | 'settings', id?: string): ChangeStamp | null {
    return this.session ? lastChangeOf(this.session.ydoc, collection, id) : null;
  }

  /** A view-only map (a view invite): every edit is refused, and the editor says so. */
  setReadOnly(readOnly: boolean): void {
    this.session?.setReadOnly(readOnly);
    this.store.set({ readOnly });
  }

  get state(): AppState {
    return this.store.get();
  }

  /** The app's database, for stores kept beside the maps (snapshots). */
  get database(): GoodHelpDatabase {
    return this.deps.db;
  }

  // ---- maps ---------------------------------------------------------------------------

  async start(): Promise<void> {
    try {
      await this.deps.db.open();
    } catch (error) {
      this.showStorageFailure(describeOpenFailure(error));
      return;
    }
    await this.refreshMaps();
    const last = this.deps.storage?.getItem(LAST_MAP_KEY);
    const candidate = this.state.maps.find((m) => m.id === last && !m.deletedAt);
    if (candidate) await this.openMap(candidate.id);
    else this.store.set({ screen: 'maps' });
  }

  async refreshMaps(): Promise<void> {
    const { maps, problems } = await repo.listMaps(this.deps.db);
    this.store.set({ maps, problems });
  }

  async newMap(name = 'Untitled map'): Promise<void> {
    const meta = await repo.createMap(this.deps.db, name);
    await this.openMap(meta.id);
  }

  async openSnapshot(snapshot: unknown, name?: string): Promise<void> {
    const parsed = mapSnapshotSchema.safeParse(snapshot);
    if (!parsed.success) {
      this.notify('error', 'That map could not be opened because it is damaged or from an unknown version.');
      return;
    }
    try {
      // Opened on the document just stored: it is not read back and decoded again.
      const { meta, ydoc } = await repo.createMapFromSnapshotKeepingDocument(this.deps.db, parsed.data as MapSnapshot, name ? { name } : {});
      await this.openMap(meta.id, ydoc);
    } catch (error) {
      this.notify('error', `That map could not be opened: ${describe(error)}`);
    }
  }

  /** Opens a stored map; `loaded` is its document when already in memory (see MapSession.open). */
  async openMap(mapId: Id, loaded?: Y.Doc): Promise<void> {
    await this.closeSession();
    try {
      const session = await MapSession.open(
        this.deps.db,
        mapId,
        () => this.displayName,
        {
          onChange: (change) => this.documentChanged(session, change),
          onStatus: (status, error) => this.saveStatusChanged(session, status, error),
          onHistory: () => this.historyChanged(session),
        },
        loaded,
      );
      const doc = session.doc;
      if (!doc) {
        await session.close();
        throw new Error('That map could not be found, or its settings are damaged.');
      }
      this.session = session;
      this.deps.storage?.setItem(LAST_MAP_KEY, mapId);
      const problems = session.reader.problems;
      const handing = performance.now();
      this.store.set({ screen: 'editor', doc, problems, selection: EMPTY_SELECTION, history: EMPTY_HISTORY, readOnly: false, saveStatus: 'saved', dialog: 'none', emphasis: null });
      if (problems.length) this.notify('warning', `${problems.length} item${problems.length === 1 ? '' : 's'} in this map could not be read and were left out.`);
      this.deps.onSessionOpened?.(session);
      // For `npm run bench`: the store's subscribers (lens, analysis, layout, React) taking the new map.
      performance.measure('map-handed-to-editor', { start: handing, end: performance.now() });
    } catch (error) {
      this.notify('error', describe(error));
      await this.showMaps();
    }
  }

  async closeMap(options: { toList: boolean } = { toList: true }): Promise<void> {
    await this.closeSession();
    if (options.toList) {
      this.deps.storage?.removeItem(LAST_MAP_KEY);
      await this.showMaps();
    }
  }

  async showMaps(): Promise<void> {
    await this.closeSession();
    await this.refreshMaps();
    this.store.set({ screen: 'maps', doc: null, selection: EMPTY_SELECTION, history: EMPTY_HISTORY, readOnly: false, dialog: 'none', emphasis: null });
  }

  /** The database could not be opened: the app shows why and what to do instead of waiting for ever. */
  showStorageFailure(failure: NonNullable<AppState['storageFailure']>): void {
    this.store.set({ screen: 'storageFailed', storageFailure: failure });
  }

  async renameMap(mapId: Id, name: string): Promise<void> {
    await this.guard(() => repo.renameMap(this.deps.db, mapId, name));
    await this.refreshMaps();
  }

  async duplicateMap(mapId: Id): Promise<void> {
    await this.guard(() => repo.duplicateMap(this.deps.db, mapId));
    await this.refreshMaps();
  }

  async deleteMap(mapId: Id): Promise<void> {
    const name = this.state.maps.find((m) => m.id === mapId)?.name ?? 'The map';
    await this.guard(() => repo.deleteMap(this.deps.db, mapId));
    await this.refreshMaps();
    this.notify('info', `“${name}” moved to the bin. It stays there for 30 days.`, {
      label: 'Undo',
      run: () => void this.restoreMap(mapId),
    });
  }

  async restoreMap(mapId: Id): Promise<void> {
    await this.guard(() => repo.restoreMap(this.deps.db, mapId));
    await this.refreshMaps();
  }

  async purgeMap(mapId: Id): Promise<void> {
    await this.guard(() => repo.purgeMap(this.deps.db, mapId));
    await this.refreshMaps();
  }

  // ---- editing ------------------------------------------------------------------------

  /** Runs a command on the open map; returns false (and says why) if it was refused. */
  dispatch(command: Command): boolean {
    return this.run(command, (session, patch, options) => session.apply(patch, options));
  }

  /**
   * Runs a command whose patch is big (a layout of the whole map) and writes it a slice a task
   * (MapSession.applyInSlices): one undo step, no long task. `onDone` runs once the editor has
   * the whole change, in the task that hands it over, so what it changes is drawn in the same frame.
   */
  dispatchInSlices(command: Command, onDone: () => void): boolean {
    let started = false;
    const ran = this.run(command, (session, patch, options) => {
      started = session.applyInSlices(patch, options, onDone);
    });
    if (ran && !started) onDone();
    return ran;
  }

  private run(command: Command, apply: (session: MapSession, patch: Patch, options: Parameters<MapSession['apply']>[1]) => void): boolean {
    const doc = this.state.doc;
    const session = this.session;
    if (!doc || !session) return false;
    if (session.readOnly) {
      this.notify('info', 'You can look at this map but not change it: your invite is to view.');
      return false;
    }
    // A patch still being written in slices goes in first: this command must see all of it.
    session.finishSlices();
    const outcome = runCommand(this.state.doc ?? doc, command);
    if (!outcome.ok) {
      this.notify('error', outcome.error);
      return false;
    }
    apply(session, outcome.patch, {
      label: outcome.label,
      mode: outcome.mode,
      ...(outcome.mergeKey !== undefined ? { mergeKey: outcome.mergeKey } : {}),
      deferred: outcome.mergeKey?.startsWith('drag:') ?? false,
    });
    if (outcome.select) this.store.set({ selection: outcome.select });
    return true;
  }

  /**
   * One frame of a node drag: the nodes are shown where the pointer has taken them, and nothing
   * is written to the map until `endDrag`. Nodes no longer on the map are left out.
   */
  dragNodes(key: string, moves: readonly { id: Id; x: number; y: number }[]): void {
    const doc = this.state.doc;
    if (!doc) return;
    this.holdDrag(key, 'positions', moves, (id) => doc.nodes[id] !== undefined);
  }

  /** One frame of a sticky-note drag: as `dragNodes`, for the map's sticky notes. */
  dragStickyNotes(key: string, moves: readonly { id: Id; x: number; y: number }[]): void {
    const ids = new Set((this.state.doc?.meta.stickyNotes ?? []).map((n) => n.id));
    this.holdDrag(key, 'notes', moves, (id) => ids.has(id));
  }

  private holdDrag(key: string, what: 'positions' | 'notes', moves: readonly { id: Id; x: number; y: number }[], onMap: (id: Id) => boolean): void {
    if (!this.state.doc || !this.session || this.session.readOnly) return;
    const current = this.dragStore.get().drag;
    const same = current?.key === key ? current : null;
    const positions = new Map<Id, DragPosition>(same?.[what] ?? []);
    for (const move of moves) if (onMap(move.id) && Number.isFinite(move.x) && Number.isFinite(move.y)) positions.set(move.id, { x: move.x, y: move.y });
    // The other kind keeps its very map, so what draws only nodes (or only notes) is not woken.
    const drag: DragState =
      what === 'positions' ? { key, positions, notes: same?.notes ?? NO_POSITIONS } : { key, positions: same?.positions ?? NO_POSITIONS, notes: positions };
    this.dragStore.set({ drag });
  }

  /**
   * Ends a drag: its final positions are written as one edit (one undo step; `flush()` stores it
   * at once rather than after the short wait drag edits get). Nodes and sticky notes dragged
   * together are two commands with the drag's merge key: still one undo step and one write.
   * Returns the ids of the nodes dragged, e.g. to pin them in the same step (pinAfterDrag.ts).
   */
  endDrag(key: string): readonly Id[] {
    const drag = this.dragStore.get().drag;
    if (!drag || drag.key !== key) return [];
    const moves = [...drag.positions].map(([id, at]) => ({ id, x: at.x, y: at.y }));
    const onMap = new Set((this.state.doc?.meta.stickyNotes ?? []).map((n) => n.id));
    const notes = [...drag.notes].filter(([id]) => onMap.has(id)).map(([id, at]) => ({ id, x: at.x, y: at.y }));
    // The map is written before the drag is let go, so no frame shows the nodes back where they started.
    if (moves.length) this.dispatch({ type: 'moveNodes', args: { moves, mergeKey: key } });
    if (notes.length) this.dispatch({ type: 'editStickyNotes', args: { type: 'move', moves: notes, mergeKey: key } });
    this.dragStore.set(NO_DRAG);
    return moves.map((m) => m.id);
  }

  /** Validates without applying: the details panel uses it to show field errors as you type. */
  check(command: Command): string | null {
    const doc = this.state.doc;
    if (!doc) return null;
    const outcome = runCommand(doc, command);
    return outcome.ok ? null : outcome.error;
  }

  undo(): void {
    const label = this.session?.undo();
    if (!label) return;
    this.store.set({ selection: this.keepExisting(this.state.selection) });
    this.notify('info', `Undone: ${label}`);
  }

  redo(): void {
    const label = this.session?.redo();
    if (!label) return;
    this.store.set({ selection: this.keepExisting(this.state.selection) });
    this.notify('info', `Redone: ${label}`);
  }

  select(selection: Selection): void {
    // Choosing something else is a stopping point: the next edit is a new undo step.
    if (selection.nodeIds.join() !== this.state.selection.nodeIds.join() || selection.linkIds.join() !== this.state.selection.linkIds.join()) this.session?.stopCapturing();
    this.store.set({ selection });
  }

  selectAll(): void {
    const doc = this.state.doc;
    if (doc) this.select({ nodeIds: Object.keys(doc.nodes), linkIds: Object.keys(doc.links) });
  }

  deleteSelection(): void {
    const { nodeIds, linkIds } = this.state.selection;
    if (nodeIds.length || linkIds.length) this.dispatch({ type: 'deleteElements', args: { nodeIds, linkIds } });
  }

  /** Serialises the selection for the system clipboard (and keeps a copy for paste). */
  copy(): string | null {
    const doc = this.state.doc;
    if (!doc || this.state.selection.nodeIds.length === 0) return null;
    this.clipboard = JSON.stringify(copySelection(doc, this.state.selection.nodeIds));
    return this.clipboard;
  }

  cut(): string | null {
    const text = this.copy();
    if (text) this.deleteSelection();
    return text;
  }

  /**
   * Pastes nodes copied from a map. `text` is the system clipboard's, when the paste came from
   * one; without it (a menu or toolbar paste) the app's own last copy is used.
   */
  paste(text?: string | null): void {
    const payload = text ? parseClipboardText(text) : parseClipboardText(this.clipboard ?? '');
    if (!payload) {
      this.notify('info', text ? 'Only nodes copied from a Good Help map can be pasted onto the map.' : 'There is nothing to paste. Copy some nodes first.');
      return;
    }
    this.dispatch({ type: 'pasteClipboard', args: { payload, offset: { x: 48, y: 48 } } });
  }

  // ---- chrome -------------------------------------------------------------------------

  notify(tone: Notice['tone'], text: string, action?: Notice['action']): void {
    this.store.set({ notice: { id: ++this.noticeId, tone, text, ...(action ? { action } : {}) } });
  }

  dismissNotice(id: number): void {
    if (this.state.notice?.id === id) this.store.set({ notice: null });
  }

  setDialog(dialog: AppState['dialog']): void {
    this.store.set({ dialog });
  }

  toggleMinimap(): void {
    this.store.set((s) => ({ minimapVisible: !s.minimapVisible }));
  }

  reportDataLoss(): void {
    this.store.set({ dataLossDetected: true });
  }

  snapshot(): MapSnapshot | null {
    return this.state.doc ? snapshotFromDocument(this.state.doc) : null;
  }

  /** Resolves once every change so far is written to the database (or a write failed and will be retried). */
  async flush(): Promise<void> {
    await this.session?.flush();
  }

  // ---- internals ----------------------------------------------------------------------

  private async closeSession(): Promise<void> {
    if (this.dragStore.get().drag) this.dragStore.set(NO_DRAG);
    const session = this.session;
    this.session = null;
    if (!session) return;
    const saved = await session.flush();
    if (!saved) this.notify('error', 'Some of your last changes to that map could not be saved. Check there is free disk space, then open the map again: nothing there is lost while this window stays open.');
    await session.close();
  }

  private documentChanged(session: MapSession, change: DocumentChange): void {
    if (session !== this.session) return;
    const problemsBefore = this.state.problems;
    this.store.set({ doc: change.doc, problems: change.problems, ...(change.origin === 'local-edit' ? {} : { selection: this.keepExisting(this.state.selection, change.doc) }) });
    if (change.problems.length > problemsBefore.length) {
      this.notify('warning', `${change.problems.length - problemsBefore.length} change${change.problems.length - problemsBefore.length === 1 ? '' : 's'} from elsewhere could not be read and ${change.problems.length - problemsBefore.length === 1 ? 'was' : 'were'} set aside: ${change.problems.at(-1)}`);
    }
  }

  private saveStatusChanged(session: MapSession, status: SaveStatus, error?: unknown): void {
    if (session !== this.session) return;
    const was = this.state.saveStatus;
    this.store.set({ saveStatus: status });
    if (status === 'retrying' && was !== 'retrying') {
      this.notify('error', `Your changes are not saved yet (${describe(error)}). They are kept and will be saved when the database accepts them; check there is free disk space.`);
    }
    if (status === 'saved') this.mapChanged();
  }

  private historyChanged(session: MapSession): void {
    if (session !== this.session) return;
    this.store.set({ history: { undo: session.undoSteps, redo: session.redoSteps } });
  }

  private keepExisting(selection: Selection, doc: MapDocument | null = this.state.doc): Selection {
    if (!doc) return EMPTY_SELECTION;
    if (selection.nodeIds.every((id) => doc.nodes[id]) && selection.linkIds.every((id) => doc.links[id])) return selection;
    return {
      nodeIds: selection.nodeIds.filter((id) => doc.nodes[id]),
      linkIds: selection.linkIds.filter((id) => doc.links[id]),
    };
  }

  private mapChanged(): void {
    const doc = this.state.doc;
    if (doc) this.deps.onMapChanged?.(doc);
  }

  private async guard(work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.notify('error', describe(error));
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'QuotaExceededError') return 'the disk is full';
    return error.message;
  }
  return String(error);
}
