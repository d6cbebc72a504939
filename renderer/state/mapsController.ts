import type { MapDocument } from '../../shared/editing';
import { lastChangeOf, type ChangeStamp, type DocumentChange } from '../../shared/sync';
import { mapSnapshotSchema, type Id, type MapSnapshot } from '../../shared/model';
import type { GoodHelpDatabase } from '../storage/database';
import * as repo from '../storage/mapRepository';
import { describeOpenFailure } from '../storage/openFailure';
import { NO_DRAG, type DragSlice } from './dragState';
import { EMPTY_HISTORY, EMPTY_SELECTION, INITIAL_STATE, type AppState, type Notice, type Selection } from './appState';
import { describeError } from './describeError';
import { MapSession, type LoadedDocument } from './mapSession';
import { Store } from './store';
import type { SaveStatus } from './updateQueue';

const LAST_MAP_KEY = 'good-help-map.lastMap';
const DISPLAY_NAME_KEY = 'good-help-map.displayName';

export interface ControllerDeps {
  readonly db: GoodHelpDatabase;
  readonly storage?: Storage;
  /** Called after each saved change, e.g. to mirror the map to a desktop backup. */
  readonly onMapChanged?: (doc: MapDocument) => void;
  /** Called when a map is opened, with its session, so other providers (the team server) can attach. */
  readonly onSessionOpened?: (session: MapSession) => void;
}

/**
 * The controller's half that looks after the maps on this device and the one that is open:
 * the list, opening and closing (a map's session: its document, storage and undo), what the
 * session reports (the map changed, saved, its undo steps), and notices. EditorController adds
 * editing on top; the two are one object, the one writer of application state.
 */
export class MapsController {
  readonly store = new Store<AppState>(INITIAL_STATE);
  /** A drag in progress (dragState.ts): shown on the canvas, written to the map when it ends. */
  readonly dragStore = new Store<DragSlice>(NO_DRAG);
  protected session: MapSession | null = null;
  private noticeId = 0;
  private generatedName: string | null = null;

  constructor(protected readonly deps: ControllerDeps) {}

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
    // A map opened while the maps were being listed (a file handed to the app as it starts)
    // stays open: opening one no longer waits for the database, so it can come first.
    if (this.session || this.state.screen !== 'loading') return;
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
    await this.openValidSnapshot(parsed.data as MapSnapshot, name);
  }

  /**
   * As openSnapshot, for a snapshot already validated where it came in (a map file read by
   * readMapFile): its records are not validated again, here or when the session reads them,
   * nor its ids and links checked again when that was done too (`integrityChecked`).
   */
  async openValidSnapshot(snapshot: MapSnapshot, name?: string, { integrityChecked = false } = {}): Promise<void> {
    try {
      // Drawn first from its records; its document is written and stored by the session just
      // after (the status says so until it is stored).
      const { meta, doc, stamp } = repo.prepareMapRecords(snapshot, { ...(name ? { name } : {}), integrityChecked });
      await this.openMap(meta.id, { records: doc, stamp, unstored: repo.indexRowOf(meta) });
    } catch (error) {
      this.notify('error', `That map could not be opened: ${describeError(error)}`);
    }
  }

  /** Opens a stored map; `loaded` is its document when already in memory (see MapSession.open). */
  async openMap(mapId: Id, loaded?: LoadedDocument): Promise<void> {
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
      this.store.set({ screen: 'editor', doc, problems, selection: EMPTY_SELECTION, history: EMPTY_HISTORY, readOnly: false, saveStatus: session.saveStatus, dialog: 'none', emphasis: null });
      if (problems.length) this.notify('warning', `${problems.length} item${problems.length === 1 ? '' : 's'} in this map could not be read and were left out.`);
      this.deps.onSessionOpened?.(session);
      // For `npm run bench`: the store's subscribers (lens, analysis, layout, React) taking the new map.
      performance.measure('map-handed-to-editor', { start: handing, end: performance.now() });
    } catch (error) {
      this.notify('error', describeError(error));
      await this.showMaps();
    }
  }

  /** The editor shows the open map (its first picture, or its nodes): work held back for that may start. */
  mapDrawn(): void {
    this.session?.mapDrawn();
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

  // ---- notices -----------------------------------------------------------------------

  notify(tone: Notice['tone'], text: string, action?: Notice['action']): void {
    this.store.set({ notice: { id: ++this.noticeId, tone, text, ...(action ? { action } : {}) } });
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
      this.notify('error', `Your changes are not saved yet (${describeError(error)}). They are kept and will be saved when the database accepts them; check there is free disk space.`);
    }
    if (status === 'saved') this.mapChanged();
  }

  private historyChanged(session: MapSession): void {
    if (session !== this.session) return;
    this.store.set({ history: { undo: session.undoSteps, redo: session.redoSteps } });
  }

  protected keepExisting(selection: Selection, doc: MapDocument | null = this.state.doc): Selection {
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
      this.notify('error', describeError(error));
    }
  }
}

