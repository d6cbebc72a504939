import { STICKY_MAX_SIZE, STICKY_MIN_SIZE, type StickyNote } from '../../shared/model';
import type { EditorController } from '../state/editorController';

/** One press of the note's − or + button: a fifth bigger or smaller, within the allowed sizes. */
const STEP = 1.2;

/** The note's size after one step, or null when it is already as small or large as it goes. */
export function resizeNote(note: Pick<StickyNote, 'width' | 'height'>, direction: 1 | -1): { width: number; height: number } | null {
  const factor = direction > 0 ? STEP : 1 / STEP;
  const width = Math.round(Math.min(STICKY_MAX_SIZE.width, Math.max(STICKY_MIN_SIZE.width, note.width * factor)));
  const height = Math.round(Math.min(STICKY_MAX_SIZE.height, Math.max(STICKY_MIN_SIZE.height, note.height * factor)));
  return width === note.width && height === note.height ? null : { width, height };
}

export function dispatchResize(controller: EditorController, note: StickyNote, direction: 1 | -1): void {
  const size = resizeNote(note, direction);
  if (size) controller.dispatch({ type: 'editStickyNotes', args: { type: 'update', id: note.id, changes: size } });
}
