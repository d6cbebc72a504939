import type { Id } from '../../shared/model';

/** Where a node is being dragged to, in map units. */
export interface DragPosition {
  readonly x: number;
  readonly y: number;
}

/**
 * A drag in progress (nodes, sticky notes, or both). Its positions are shown on the canvas (DOM nodes and the picture) but are
 * not written to the map's document until the drag ends: a drag frame then costs moving one
 * node on screen, not a Yjs transaction, a re-read of the map and every derived view of it
 * (lens, analysis, labels, the picture) recomputed. The end writes one edit: one undo step,
 * one stored update, one message to other windows and colleagues.
 */
export interface DragState {
  /** The drag's merge key (`drag:N`): the pin that follows a drag joins its undo step. */
  readonly key: string;
  /** Map nodes being dragged, by id. */
  readonly positions: ReadonlyMap<Id, DragPosition>;
  /**
   * Sticky notes being dragged (renderer/stickies), by note id: held and written at the end in
   * the same way, so a note's drag is one stored write and one undo step, not one a frame.
   */
  readonly notes: ReadonlyMap<Id, DragPosition>;
}

/** Kept in a store of its own, so a drag frame wakes only what draws dragged nodes. */
export interface DragSlice {
  readonly drag: DragState | null;
}

export const NO_DRAG: DragSlice = { drag: null };
