import {
  applyPatch,
  copySelection,
  parseClipboardText,
  recordInHistory,
  runCommand,
  snapshotFromDocument,
  takeRedo,
  takeUndo,
  type Command,
  type MapDocument,
  type Patch,
} from '../../shared/editing';
import { mapSnapshotSchema, type Id, type MapSnapshot } from '../../shared/model';
import type { GoodHelpDatabase } from '../storage/database';
import * as repo from '../storage/mapRepository';
import { EMPTY_SELECTION, INITIAL_STATE, type AppState, type Notice, type Selection } from './appState';
import { PersistQueue } from './persistQueue';
import { Store } from './store';

const LAST_MAP_KEY = 'good-help-map.lastMap';

export interface ControllerDeps {
  readonly db: GoodHelpDatabase;
  readonly storage?: Storage;
  /** Called after each saved change, e.g. to mirror the map to a desktop backup. */
  readonly onMapChanged?: (doc: MapDocument) => void;
}

/**
 * The one place that changes application state. Components read the store and call these
 * methods; every edit to a map goes through `dispatch`, so it is validated, undoable and
 * saved the same way whether it came from the toolbar, the menu or the keyboard.
 */
export class EditorController {
  readonly store = new Store<AppState>(INITIAL_STATE);
  private readonly queue: PersistQueue;
  private clipboard: string | null = null;
  private noticeId = 0;

  constructor(private readonly deps: ControllerDeps) {
    this.queue = new PersistQueue(
      (mapId, patch) => repo.savePatch(deps.db, mapId, patch),
      (status, error) => {
        this.store.set({ saveStatus: status });
        if (status === 'failed') this.notify('error', `Your last change could not be saved: ${describe(error)}. Check there is free disk space, then try again.`);
        if (status === 'saved') this.mapChanged();
      },
    );
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
      const meta = await repo.createMapFromSnapshot(this.deps.db, parsed.data as MapSnapshot, name ? { name } : {});
      await this.openMap(meta.id);
    } catch (error) {
      this.notify('error', `That map could not be opened: ${describe(error)}`);
    }
  }

  async openMap(mapId: Id): Promise<void> {
    await this.closeMap({ toList: false });
    try {
      const { doc, problems } = await repo.loadMap(this.deps.db, mapId);
      this.deps.storage?.setItem(LAST_MAP_KEY, mapId);
      this.store.set({ screen: 'editor', doc, problems, selection: EMPTY_SELECTION, history: INITIAL_STATE.history, dialog: 'none', emphasis: null });
      if (problems.length) this.notify('warning', `${problems.length} item${problems.length === 1 ? '' : 's'} in this map could not be read and were left out.`);
    } catch (error) {
      this.notify('error', describe(error));
      await this.showMaps();
    }
  }

  async closeMap(options: { toList: boolean } = { toList: true }): Promise<void> {
    await this.queue.flush();
    if (options.toList) {
      this.deps.storage?.removeItem(LAST_MAP_KEY);
      await this.showMaps();
    }
  }

  async showMaps(): Promise<void> {
    await this.queue.flush();
    await this.refreshMaps();
    this.store.set({ screen: 'maps', doc: null, selection: EMPTY_SELECTION, history: INITIAL_STATE.history, dialog: 'none', emphasis: null });
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
    const doc = this.state.doc;
    if (!doc) return false;
    const outcome = runCommand(doc, command);
    if (!outcome.ok) {
      this.notify('error', outcome.error);
      return false;
    }
    this.apply(doc, outcome.patch, { deferred: outcome.mergeKey?.startsWith('drag:') ?? false });
    this.store.set((s) => ({
      history: recordInHistory(s.history, outcome, outcome.mode),
      ...(outcome.select ? { selection: outcome.select } : {}),
    }));
    return true;
  }

  /** Validates without applying: the details panel uses it to show field errors as you type. */
  check(command: Command): string | null {
    const doc = this.state.doc;
    if (!doc) return null;
    const outcome = runCommand(doc, command);
    return outcome.ok ? null : outcome.error;
  }

  undo(): void {
    const step = takeUndo(this.state.history);
    if (!step || !this.state.doc) return;
    this.apply(this.state.doc, step.patch, { deferred: false });
    this.store.set({ history: step.history, selection: this.keepExisting(this.state.selection) });
    this.notify('info', `Undone: ${step.label}`);
  }

  redo(): void {
    const step = takeRedo(this.state.history);
    if (!step || !this.state.doc) return;
    this.apply(this.state.doc, step.patch, { deferred: false });
    this.store.set({ history: step.history, selection: this.keepExisting(this.state.selection) });
    this.notify('info', `Redone: ${step.label}`);
  }

  select(selection: Selection): void {
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

  /** Resolves once every change so far is written to the database. */
  flush(): Promise<void> {
    return this.queue.flush();
  }

  // ---- internals ----------------------------------------------------------------------

  private apply(doc: MapDocument, patch: Patch, options: { deferred: boolean }): void {
    this.store.set({ doc: applyPatch(doc, patch) });
    this.queue.enqueue(doc.meta.id, patch, options);
  }

  private keepExisting(selection: Selection): Selection {
    const doc = this.state.doc;
    if (!doc) return EMPTY_SELECTION;
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
