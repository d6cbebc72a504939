import { initialTimer, type TimerState } from '../../shared/workshop/timer';
import { useController } from '../app/controllerContext';
import type { EditorController } from '../state/editorController';
import { Store, useStoreSelector } from '../state/store';

/**
 * Workshop mode's own state. Transient, like a slide deck's presenter view: none of it is part
 * of the map (the parking lot is, and lives in the map's record), so it has its own small store
 * beside the controller's rather than growing the app state.
 */
export interface WorkshopState {
  readonly on: boolean;
  /** The facilitator has asked for the side panels (details, gap analysis). */
  readonly panels: boolean;
  /** The facilitator has pinned the toolbar open. */
  readonly tools: boolean;
  readonly parkingLotOpen: boolean;
  /** The agenda timer is shown as a panel to set it up (title, minutes). */
  readonly agendaOpen: boolean;
  readonly timer: TimerState;
  /** Workshop mode put the window in full screen, so leaving full screen leaves workshop mode. */
  readonly fullScreen: boolean;
}

export const INITIAL_WORKSHOP: WorkshopState = {
  on: false,
  panels: false,
  tools: false,
  parkingLotOpen: false,
  agendaOpen: false,
  timer: initialTimer(),
  fullScreen: false,
};

const stores = new WeakMap<EditorController, Store<WorkshopState>>();

export function workshopStore(controller: EditorController): Store<WorkshopState> {
  let store = stores.get(controller);
  if (!store) {
    store = new Store<WorkshopState>(INITIAL_WORKSHOP);
    stores.set(controller, store);
  }
  return store;
}

export function useWorkshop<T>(selector: (state: WorkshopState) => T): T {
  return useStoreSelector(workshopStore(useController()), selector);
}
