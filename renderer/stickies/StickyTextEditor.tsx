import { useEffect, useRef, useState } from 'react';
import type { StickyNote } from '../../shared/model';
import { useController } from '../app/controllerContext';
import { focusStickyNote } from './stickyActions';
import { useSessionUiStore } from './sessionUi';

/**
 * Typing on a note in place. The text is saved as one undo step when typing ends: on leaving
 * the note, Escape, or Ctrl+Enter (Enter alone starts a new line, as on paper).
 */
export function StickyTextEditor({ note }: { note: StickyNote }) {
  const controller = useController();
  const ui = useSessionUiStore();
  const [draft, setDraft] = useState(note.text);
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  useEffect(() => {
    const area = ref.current;
    if (!area) return;
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
  }, []);
  const finish = (refocus: boolean) => {
    if (done.current) return;
    done.current = true;
    if (draft !== note.text) controller.dispatch({ type: 'editStickyNotes', args: { type: 'update', id: note.id, changes: { text: draft } } });
    if (ui.get().editingStickyId === note.id) ui.set({ editingStickyId: null });
    if (refocus) focusStickyNote(note.id);
  };
  return (
    <textarea
      ref={ref}
      className="sticky-note__editor nodrag nowheel nopan"
      aria-label="Sticky note text"
      aria-description="Ctrl+Enter or Escape to finish"
      value={draft}
      maxLength={2000}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => finish(false)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) {
          e.preventDefault();
          finish(true);
        }
      }}
    />
  );
}
