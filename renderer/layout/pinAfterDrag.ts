import type { EditorController } from '../state/editorController';

/**
 * Dragging a node pins it. Why: the promise is "without losing what they placed on
 * purpose", and a drag is the clearest sign of purpose a user gives — someone who has put the
 * food bank next to the library for a workshop should not see "Tidy" undo that. Pinning is
 * visible (a pin on the node, a "Pinned" box in the details, a count in the Layout menu), one
 * click to undo ("Unpin all", or the box), and part of the drag's own undo step, so Ctrl+Z
 * after a drag takes back both the move and the pin. Arrow-key nudges do not pin.
 */
export function pinAfterDrag(controller: EditorController, ids: readonly string[], dragMergeKey: string): void {
  const doc = controller.state.doc;
  const unpinned = ids.filter((id) => doc?.nodes[id] && !doc.nodes[id].pinned);
  if (unpinned.length) controller.dispatch({ type: 'setPinned', args: { ids: unpinned, pinned: true, mergeKey: dragMergeKey } });
}
