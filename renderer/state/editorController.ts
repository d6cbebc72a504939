import { copySelection, parseClipboardText, runCommand, snapshotFromDocument, type Command, type Patch } from '../../shared/editing';
import type { Id, MapSnapshot } from '../../shared/model';
import { NO_DRAG, type DragPosition, type DragState } from './dragState';
import type { AppState, Selection } from './appState';
import type { MapSession } from './mapSession';
import { MapsController } from './mapsController';

export type { ControllerDeps } from './mapsController';

const NO_POSITIONS: ReadonlyMap<Id, DragPosition> = new Map();

/**
 * The one place that changes application state. Components read the store and call these
 * methods; every edit to a map goes through `dispatch`, so it is validated, undoable and
 * saved the same way whether it came from the toolbar, the menu or the keyboard. Opening,
 * closing and listing maps, and what an open map's session reports, are MapsController's.
 */
export class EditorController extends MapsController {
  private clipboard: string | null = null;

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
}
