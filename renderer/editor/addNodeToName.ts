import type { NodeKind } from '../../shared/model';
import { newId } from '../../shared/model/ids';
import { requestNameFocus } from '../details/nameFieldFocus';
import type { EditorController } from '../state/editorController';
import { showWorkshopPanels } from '../workshop/workshopActions';

/**
 * Adds a node where asked and puts the cursor in its Name field, ready to type over "New
 * person". In workshop mode the side panels are brought out for it, as the name is wanted now.
 */
export function addNodeToName(controller: EditorController, args: { kind: NodeKind; x: number; y: number }): void {
  const id = newId();
  if (!controller.dispatch({ type: 'addNode', args: { ...args, id } })) return;
  showWorkshopPanels(controller);
  requestNameFocus(controller, id);
}
