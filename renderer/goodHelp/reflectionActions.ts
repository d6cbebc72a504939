import type { ReflectionDraft } from '../../shared/goodHelp';
import type { Characteristic, Id, ReflectionLevels } from '../../shared/model';
import { commitEdit } from '../details/commitField';
import type { EditorController } from '../state/editorController';

export interface ReflectionFormValues {
  readonly levels: ReflectionLevels;
  readonly notes: Partial<Record<Characteristic, string>>;
  readonly story: string;
  readonly by: string;
  readonly date: string;
}

/** Records the form as one undoable command; returns the problem in plain English, or null. */
export function saveReflection(controller: EditorController, nodeId: Id, values: ReflectionFormValues): string | null {
  const notes = Object.fromEntries(Object.entries(values.notes).filter(([, text]) => text?.trim())) as ReflectionDraft['notes'];
  const reflection: ReflectionDraft = { date: values.date, by: values.by, levels: values.levels, notes, story: values.story };
  const error = commitEdit(controller, { type: 'recordReflection', args: { nodeId, reflection } });
  if (!error) controller.notify('info', 'Reflection saved. Earlier reflections are kept in its history.');
  return error;
}

export function removeReflectionEntry(controller: EditorController, nodeId: Id, reflectionId: Id): void {
  if (controller.dispatch({ type: 'removeReflection', args: { nodeId, reflectionId } })) {
    controller.notify('info', 'Reflection removed.', { label: 'Undo', run: () => controller.undo() });
  }
}
