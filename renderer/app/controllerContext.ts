import { createContext, useContext } from 'react';
import type { AppState } from '../state/appState';
import type { DragState } from '../state/dragState';
import type { EditorController } from '../state/editorController';
import { useStoreSelector } from '../state/store';

export const ControllerContext = createContext<EditorController | null>(null);

export function useController(): EditorController {
  const controller = useContext(ControllerContext);
  if (!controller) throw new Error('useController must be used inside <ControllerContext.Provider>');
  return controller;
}

/** Reads one narrow slice of app state; re-renders only when that slice changes. */
export function useAppState<T>(selector: (state: AppState) => T): T {
  return useStoreSelector(useController().store, selector);
}

/** The node drag in progress, if any: only what draws dragged nodes reads it (dragState.ts). */
export function useNodeDrag(): DragState | null {
  return useStoreSelector(useController().dragStore, (s) => s.drag);
}
