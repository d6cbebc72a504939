import { useEffect } from 'react';
import { useController } from '../app/controllerContext';
import { isEditingText } from '../editor/textEditing';
import { sessionUiFor } from './sessionUi';
import { deleteStickyNote, editStickyNote } from './stickyActions';
import { isStickyFlowId, noteIdOf } from './stickyFlowNodes';

/**
 * The note a key press is about: the focused note; else the selected note, when focus is on
 * nothing in particular (the page or the empty map). On a button or a map node, Enter and
 * Delete keep their own meaning.
 */
function noteFor(target: EventTarget | null, selected: string | null): string | null {
  if (!(target instanceof Element)) return selected;
  const flowNode = target.closest('.react-flow__node');
  if (flowNode) {
    const flowId = flowNode.getAttribute('data-id');
    return flowId && isStickyFlowId(flowId) && flowNode === target ? noteIdOf(flowId) : null;
  }
  const idle = target === document.body || target === document.documentElement || (target.closest('.react-flow') && !target.closest('button, a, input, select, textarea, [role="button"]'));
  return idle ? selected : null;
}

/**
 * Keys on a sticky note: Enter edits the focused or selected note, Delete removes it. (N and V
 * are in the app's shortcut list, renderer/editor/keyboardShortcuts.) Never while typing, or
 * while a dialog or menu is open.
 */
export function useSessionKeys(): void {
  const controller = useController();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
      if (!controller.state.doc || controller.state.dialog !== 'none' || isEditingText(event.target)) return;
      if (event.target instanceof Element && event.target.closest('dialog, [role="dialog"], [role="menu"]')) return;
      const ui = sessionUiFor(controller);
      if (ui.get().dialog !== 'none') return;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      const note = noteFor(event.target, ui.get().selectedStickyId);
      if (key === 'Enter' && note) editStickyNote(controller, note);
      else if ((key === 'Delete' || key === 'Backspace') && note) deleteStickyNote(controller, note);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [controller]);
}
