import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import { focusMap } from '../canvas/focusMap';
import { pinAfterDrag } from '../layout/pinAfterDrag';
import type { EditorController } from '../state/editorController';
import { Store, useStoreSelector } from '../state/store';

/**
 * "Move": the single-pointer way to do what a drag does (WCAG 2.5.7). Choose Move on a node or
 * a sticky note, then click where it should go. Only one editor is on screen, so one store.
 */
export interface MoveTarget {
  readonly kind: 'node' | 'sticky';
  readonly id: string;
  readonly name: string;
}

const store = new Store<{ moving: MoveTarget | null }>({ moving: null });

export const useMoving = (): MoveTarget | null => useStoreSelector(store, (s) => s.moving);
export const startMoving = (target: MoveTarget): void => store.set({ moving: target });
export const stopMoving = (): void => store.set({ moving: null });

let moveCount = 0;

/** Puts what is being moved with its middle at `at` (map coordinates), as one undo step. */
export function placeMoving(controller: EditorController, at: { x: number; y: number }): void {
  const target = store.get().moving;
  stopMoving();
  const doc = controller.state.doc;
  if (!target || !doc) return;
  const key = `move:${target.id}:${++moveCount}`;
  if (target.kind === 'node') {
    if (!doc.nodes[target.id]) return;
    controller.dispatch({ type: 'moveNodes', args: { moves: [{ id: target.id, x: Math.round(at.x - NODE_WIDTH / 2), y: Math.round(at.y - NODE_HEIGHT / 2) }], mergeKey: key } });
    // Placed on purpose, like a drag: Tidy leaves it where it was put.
    pinAfterDrag(controller, [target.id], key);
    requestAnimationFrame(() => focusMap(target.id));
    return;
  }
  const note = doc.meta.stickyNotes.find((n) => n.id === target.id);
  if (!note) return;
  controller.dispatch({ type: 'editStickyNotes', args: { type: 'move', moves: [{ id: note.id, x: Math.round(at.x - note.width / 2), y: Math.round(at.y - note.height / 2) }] } });
  requestAnimationFrame(() => focusMap());
}
