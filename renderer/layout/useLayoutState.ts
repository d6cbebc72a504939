import { useController } from '../app/controllerContext';
import { useStoreSelector } from '../state/store';
import { layoutServiceFor, type LayoutService, type LayoutState } from './layoutService';

export function useLayoutService(): LayoutService {
  return layoutServiceFor(useController());
}

/** A narrow slice of the layout state; re-renders only when that slice changes. */
export function useLayoutState<T>(selector: (state: LayoutState) => T): T {
  return useStoreSelector(useLayoutService().store, selector);
}
