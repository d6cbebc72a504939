import { useEffect, useRef } from 'react';
import { useController } from '../app/controllerContext';
import type { EditorController } from '../state/editorController';
import { Store, useStoreSelector } from '../state/store';

/**
 * A request for the Details panel to put the cursor in one node's Name field with the name
 * selected, so a node just added ("New person") is named by simply typing. Transient UI
 * state, so it has its own small store rather than a place in the map's state.
 */
interface NameFocusState {
  readonly nodeId: string | null;
}

const stores = new WeakMap<EditorController, Store<NameFocusState>>();

function nameFocusStore(controller: EditorController): Store<NameFocusState> {
  let store = stores.get(controller);
  if (!store) {
    store = new Store<NameFocusState>({ nodeId: null });
    stores.set(controller, store);
  }
  return store;
}

export function requestNameFocus(controller: EditorController, nodeId: string): void {
  nameFocusStore(controller).set({ nodeId });
}

/** For the Name field: a ref that receives focus, once, when this node's name is asked for. */
export function useNameFocus(nodeId: string) {
  const controller = useController();
  const ref = useRef<HTMLInputElement | null>(null);
  const wanted = useStoreSelector(nameFocusStore(controller), (s) => s.nodeId === nodeId);
  useEffect(() => {
    if (!wanted) return;
    // The panel may be coming into view in this same update (workshop mode brings it out for
    // the name), and a hidden box cannot take the focus: try again for a few frames.
    let frame = 0;
    let attempts = 0;
    const attempt = () => {
      const input = ref.current;
      input?.focus();
      if (input && document.activeElement === input) input.select();
      else if (attempts++ < 20) {
        frame = requestAnimationFrame(attempt);
        return;
      }
      nameFocusStore(controller).set({ nodeId: null });
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [wanted, controller]);
  return ref;
}
