import type { Id, MapLink } from '../../shared/model';
import type { AppState, Emphasis } from './appState';
import type { EditorController } from './editorController';

/** Brings part of the map forward and fades the rest, replacing whatever was emphasised. */
export function emphasise(controller: EditorController, emphasis: Emphasis): void {
  controller.store.set({ emphasis });
}

/**
 * Shows the whole map again. With a source, only that feature's emphasis is cleared, so closing
 * the analysis panel does not undo a layout focus the user is still looking at.
 */
export function clearEmphasis(controller: EditorController, source?: Emphasis['source']): void {
  const current = controller.state.emphasis;
  if (current && (!source || current.source === source)) controller.store.set({ emphasis: null });
}

/** Selector: is this node faded? A boolean, so a node re-renders only when its answer flips. */
export function isNodeFaded(state: Pick<AppState, 'emphasis'>, id: Id): boolean {
  return state.emphasis !== null && !state.emphasis.nodeIds.has(id);
}

export function isLinkFaded(state: AppState, link: Pick<MapLink, 'id' | 'source' | 'target'>): boolean {
  const e = state.emphasis;
  if (!e) return false;
  return !e.linkIds.has(link.id) && !(e.nodeIds.has(link.source) && e.nodeIds.has(link.target));
}
