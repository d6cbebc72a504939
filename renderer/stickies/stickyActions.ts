import type { ReactFlowInstance } from '@xyflow/react';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import { STICKY_DEFAULT_SIZE, newId } from '../../shared/model';
import type { EditorController } from '../state/editorController';
import { sessionUiFor } from './sessionUi';
import { freeSpotFor } from './stickyPlacement';

/**
 * Adds a note beside the selected node, or in the middle of the screen, stepping aside from
 * whatever is already there so it covers nothing, and opens it for typing.
 */
export function addStickyNote(controller: EditorController, flow: Pick<ReactFlowInstance, 'screenToFlowPosition'> | null): void {
  const doc = controller.state.doc;
  if (!doc) return;
  const { width, height } = STICKY_DEFAULT_SIZE;
  const selected = controller.state.selection.nodeIds.length === 1 ? doc.nodes[controller.state.selection.nodeIds[0]!] : undefined;
  let start: { x: number; y: number };
  if (selected) start = { x: selected.x + NODE_WIDTH + 40, y: selected.y - 20 };
  else {
    const rect = document.querySelector('.react-flow')?.getBoundingClientRect();
    const centre = flow && rect ? flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }) : { x: 0, y: 0 };
    start = { x: centre.x - width / 2, y: centre.y - height / 2 };
  }
  const boxes = [
    ...Object.values(doc.nodes).map((n) => ({ x: n.x, y: n.y, width: NODE_WIDTH, height: NODE_HEIGHT })),
    ...doc.meta.stickyNotes,
  ];
  const { x, y } = freeSpotFor({ x: Math.round(start.x), y: Math.round(start.y), width, height }, boxes);
  const id = newId();
  if (controller.dispatch({ type: 'editStickyNotes', args: { type: 'add', note: { id, x, y } } })) {
    controller.select({ nodeIds: [], linkIds: [] });
    sessionUiFor(controller).set({ selectedStickyId: id, editingStickyId: id });
  }
}

export function editStickyNote(controller: EditorController, id: string): void {
  sessionUiFor(controller).set({ selectedStickyId: id, editingStickyId: id });
}

export function deleteStickyNote(controller: EditorController, id: string): void {
  if (controller.dispatch({ type: 'editStickyNotes', args: { type: 'remove', id } })) {
    sessionUiFor(controller).set({ selectedStickyId: null, editingStickyId: null });
    controller.notify('info', 'Sticky note deleted.', { label: 'Undo', run: () => controller.undo() });
  }
}

/** Puts keyboard focus back on a note (after typing in it), so its keys keep working. */
export function focusStickyNote(id: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`.react-flow__node[data-id="sticky:${CSS.escape(id)}"]`)?.focus());
}
