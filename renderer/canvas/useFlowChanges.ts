import type { EdgeChange, NodeChange } from '@xyflow/react';
import { useCallback, type MutableRefObject } from 'react';
import type { EditorController } from '../state/editorController';
import { applyStickyChanges } from '../stickies/stickyFlowNodes';
import type { CanvasNode, FlowEdge, FlowNode } from './flowElements';

/**
 * What React Flow reports (nodes dragged or moved by the keys, nodes and links selected), made
 * into commands on the controller: React Flow only renders, the controller's document is the one
 * source of truth. `dragId` counts drags, so that each drag is one step to undo.
 */
export function useFlowChanges(controller: EditorController, dragId: MutableRefObject<number>) {
  const onNodesChange = useCallback(
    (allChanges: NodeChange<CanvasNode>[]) => {
      const changes = applyStickyChanges<FlowNode>(controller, allChanges, `drag:${dragId.current}`);
      const moves: { id: string; x: number; y: number }[] = [];
      let dragging = false;
      for (const change of changes) {
        if (change.type === 'position' && change.position) {
          moves.push({ id: change.id, x: change.position.x, y: change.position.y });
          dragging ||= change.dragging === true;
        }
      }
      const key = `drag:${dragId.current}`;
      // Drag frames (and the drag's last position) are shown, not written; the arrow keys move at once.
      if (moves.length && (dragging || controller.dragStore.get().drag?.key === key)) controller.dragNodes(key, moves);
      else if (moves.length) controller.dispatch({ type: 'moveNodes', args: { moves } });
      applySelectChanges(controller, changes, 'nodeIds');
    },
    [controller, dragId],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => applySelectChanges(controller, changes, 'linkIds'),
    [controller],
  );
  return { onNodesChange, onEdgesChange };
}

/** React Flow reports clicks and box selections as select changes; they become our selection. */
function applySelectChanges(
  controller: EditorController,
  changes: readonly (NodeChange<FlowNode> | EdgeChange<FlowEdge>)[],
  key: 'nodeIds' | 'linkIds',
): void {
  const selects = changes.filter((c): c is { type: 'select'; id: string; selected: boolean } => c.type === 'select');
  if (!selects.length) return;
  const current = controller.state.selection;
  const ids = new Set(current[key]);
  for (const change of selects) {
    if (change.selected) ids.add(change.id);
    else ids.delete(change.id);
  }
  controller.select({ ...current, [key]: [...ids] });
}
