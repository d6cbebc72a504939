import type { Node, NodeChange } from '@xyflow/react';
import { useMemo } from 'react';
import { stickyNoteTitle, type StickyNote } from '../../shared/model';
import { useAppState, useNodeDrag } from '../app/controllerContext';
import type { EditorController } from '../state/editorController';
import { sessionUiFor, useSessionUi } from './sessionUi';

export type StickyFlowNode = Node<{ note: StickyNote }, 'sticky'>;

/** Flow ids of notes carry a prefix, so a note can never be mistaken for a map node. */
export const STICKY_ID_PREFIX = 'sticky:';
export const stickyFlowId = (id: string) => `${STICKY_ID_PREFIX}${id}`;
export const isStickyFlowId = (id: string) => id.startsWith(STICKY_ID_PREFIX);
export const noteIdOf = (flowId: string) => flowId.slice(STICKY_ID_PREFIX.length);

const cache = new WeakMap<StickyNote, { selected: boolean; element: StickyFlowNode }>();

function stickyFlowNodes(notes: readonly StickyNote[], selectedId: string | null): StickyFlowNode[] {
  return notes.map((note) => {
    const selected = note.id === selectedId;
    const cached = cache.get(note);
    if (cached && cached.selected === selected) return cached.element;
    const element: StickyFlowNode = {
      id: stickyFlowId(note.id),
      type: 'sticky',
      position: { x: note.x, y: note.y },
      // Explicit sizes, like map nodes: React Flow culls and fits without measuring the DOM.
      width: note.width,
      height: note.height,
      data: { note },
      selected,
      ariaLabel: `Sticky note: ${stickyNoteTitle(note)}`,
      className: 'sticky-flow-node',
    };
    cache.set(note, { selected, element });
    return element;
  });
}

/** The canvas's nodes with the map's sticky notes drawn after (so over) them, those being dragged where the pointer has them. */
export function useWithStickyNotes<N extends Node>(nodes: N[]): (N | StickyFlowNode)[] {
  const notes = useAppState((s) => s.doc?.meta.stickyNotes);
  const selectedId = useSessionUi((s) => s.selectedStickyId);
  const dragged = useNodeDrag()?.notes;
  return useMemo(() => {
    if (!notes?.length) return nodes;
    const elements = stickyFlowNodes(notes, selectedId);
    return [...nodes, ...(dragged?.size ? withDragPositions(elements, dragged) : elements)];
  }, [nodes, notes, selectedId, dragged]);
}

function withDragPositions(elements: StickyFlowNode[], dragged: ReadonlyMap<string, { x: number; y: number }>): StickyFlowNode[] {
  return elements.map((e) => {
    const at = dragged.get(noteIdOf(e.id));
    return at ? { ...e, position: at, dragging: true } : e;
  });
}

/**
 * Takes the canvas's changes that are about sticky notes — moves and selection — and turns
 * them into a held drag, commands and note selection; returns the rest for the map's own
 * handling. A drag is held under the canvas's `drag:` key with any nodes dragged too, and
 * written as one undo step when it ends.
 */
export function applyStickyChanges<N extends Node>(controller: EditorController, changes: NodeChange<N | StickyFlowNode>[], dragMergeKey: string): NodeChange<N>[] {
  const rest: NodeChange<N>[] = [];
  const moves: { id: string; x: number; y: number }[] = [];
  let dragging = false;
  const ui = sessionUiFor(controller);
  for (const change of changes) {
    if (!('id' in change) || !isStickyFlowId(change.id)) {
      rest.push(change as NodeChange<N>);
      continue;
    }
    const id = noteIdOf(change.id);
    if (change.type === 'position' && change.position) {
      moves.push({ id, x: Math.round(change.position.x), y: Math.round(change.position.y) });
      dragging ||= change.dragging === true;
    } else if (change.type === 'select') {
      const current = ui.get().selectedStickyId;
      if (change.selected) ui.set({ selectedStickyId: id });
      else if (current === id) ui.set({ selectedStickyId: null, editingStickyId: ui.get().editingStickyId === id ? null : ui.get().editingStickyId });
    }
  }
  // Drag frames (and the drag's last position) are held and shown, and written once when the
  // drag ends (EditorController.endDrag), as node drags are; a move by the keys is written at once.
  if (moves.length && (dragging || controller.dragStore.get().drag?.key === dragMergeKey)) controller.dragStickyNotes(dragMergeKey, moves);
  else if (moves.length) controller.dispatch({ type: 'editStickyNotes', args: { type: 'move', moves } });
  return rest;
}
