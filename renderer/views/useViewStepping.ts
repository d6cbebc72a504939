import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useController } from '../app/controllerContext';
import { isEditingText } from '../editor/textEditing';
import { stepView } from './viewActions';

const NEXT = new Set(['ArrowRight', 'PageDown']);
const PREVIOUS = new Set(['ArrowLeft', 'PageUp']);

/**
 * Arrow keys and Page Up / Page Down (what presentation clickers send) step through the saved
 * views — but not while typing, not in a dialog or menu, and not on a focused node, where the
 * arrows move the node.
 */
export function useViewStepping(): void {
  const controller = useController();
  const flow = useReactFlow();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const step = NEXT.has(event.key) ? 1 : PREVIOUS.has(event.key) ? -1 : 0;
      if (!step || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      if (!controller.state.doc?.meta.views.length || controller.state.dialog !== 'none') return;
      if (isEditingText(event.target)) return;
      if (event.target instanceof Element && event.target.closest('dialog, [role="dialog"], [role="radiogroup"], [role="tablist"], [role="listbox"], [role="menu"], .react-flow__node, .details')) return;
      event.preventDefault();
      stepView(controller, flow, step);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [controller, flow]);
}
