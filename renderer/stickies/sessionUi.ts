import { useContext, useSyncExternalStore } from 'react';
import { ControllerContext } from '../app/controllerContext';
import type { VoteTarget } from '../../shared/model';
import type { ComparableMap } from '../../shared/snapshots/compareMaps';
import type { EditorController } from '../state/editorController';
import { Store } from '../state/store';

/** What the compare panel compares: a snapshot with another, or (after null) with the map now. */
export interface ShownComparison {
  readonly before: ComparableMap;
  readonly after: ComparableMap | null;
  readonly beforeName: string;
  readonly afterName: string;
}

/**
 * The workshop tools' own screen state (sticky-note selection and editing, which panel or
 * dialog is open, the comparison shown). Not map data: that is all in the document, edited by
 * commands. Kept beside the controller so the editor's state stays as it was.
 */
export interface SessionUiState {
  readonly selectedStickyId: string | null;
  readonly editingStickyId: string | null;
  readonly panel: 'none' | 'voting' | 'compare';
  readonly dialog: 'none' | 'saveSnapshot' | 'snapshots' | 'votePicker';
  /** What V is about to vote on while the participant picker is open. */
  readonly voteTarget: VoteTarget | null;
  readonly comparison: ShownComparison | null;
  /** Nodes marked on the map while a comparison is shown. */
  readonly compareMarks: ReadonlyMap<string, 'added' | 'changed'> | null;
}

const INITIAL: SessionUiState = {
  selectedStickyId: null,
  editingStickyId: null,
  panel: 'none',
  dialog: 'none',
  voteTarget: null,
  comparison: null,
  compareMarks: null,
};

const stores = new WeakMap<EditorController, Store<SessionUiState>>();

export function sessionUiFor(controller: EditorController): Store<SessionUiState> {
  let store = stores.get(controller);
  if (!store) {
    store = new Store<SessionUiState>(INITIAL);
    stores.set(controller, store);
    // A different map starts with nothing selected, open or compared.
    let doc = controller.state.doc;
    let selection = controller.state.selection;
    controller.store.subscribe(() => {
      const next = controller.state.doc;
      if (next?.meta.id !== doc?.meta.id) store!.set(INITIAL);
      doc = next;
      // Selecting nodes or links some other way (Find, the tally, select all) moves the
      // selection off the note, so V and Delete act on what is now selected.
      const nextSelection = controller.state.selection;
      if (nextSelection !== selection && (nextSelection.nodeIds.length || nextSelection.linkIds.length) && store!.get().selectedStickyId) {
        store!.set({ selectedStickyId: null, editingStickyId: null });
      }
      selection = nextSelection;
    });
  }
  return store;
}

export function useSessionUiStore(): Store<SessionUiState> {
  const controller = useContext(ControllerContext);
  if (!controller) throw new Error('useSessionUi must be used inside <ControllerContext.Provider>');
  return sessionUiFor(controller);
}

export function useSessionUi<T>(selector: (state: SessionUiState) => T): T {
  const store = useSessionUiStore();
  return useSyncExternalStore(store.subscribe, () => selector(store.get()));
}
