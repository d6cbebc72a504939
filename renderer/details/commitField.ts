import type { Command } from '../../shared/editing';
import type { EditorController } from '../state/editorController';

/**
 * Checks a field edit and, if it is valid, applies it. Returns the problem in plain English,
 * or null. Invalid drafts stay in the field with their message and change nothing.
 */
export function commitEdit(controller: EditorController, command: Command): string | null {
  const error = controller.check(command);
  if (error) return error.replace(/^[^:]+: /, '');
  controller.dispatch(command);
  return null;
}

export function nodeFieldCommitter(controller: EditorController, id: string) {
  return (field: string, value: unknown): string | null =>
    commitEdit(controller, { type: 'updateNode', args: { id, changes: { [field]: value } } });
}

export function linkFieldCommitter(controller: EditorController, id: string) {
  return (field: string, value: unknown): string | null =>
    commitEdit(controller, { type: 'updateLink', args: { id, changes: { [field]: value } } });
}
