import { newId, stickyNoteSchema, stickyNoteTitle, type Id, type StickyNote } from '../../model';
import type { MapDocument } from '../mapDocument';
import { refuse, type EditOutcome } from './editResult';
import { metaEdit } from './metaEdit';
import { validationMessage } from './validationMessage';

/**
 * Sticky notes live in the map's meta record, so adding, editing, moving and deleting one is a
 * meta patch and undoes like any other edit. A drag sends `move` with the drag's own merge key
 * (starting `drag:`), so the whole drag is one undo step and saved once it ends.
 */
export type StickyNoteEdit =
  | { readonly type: 'add'; readonly note: Partial<Omit<StickyNote, 'id' | 'x' | 'y'>> & { x: number; y: number; id?: Id } }
  | { readonly type: 'update'; readonly id: Id; readonly changes: Partial<Omit<StickyNote, 'id'>>; readonly mergeKey?: string }
  | { readonly type: 'move'; readonly moves: readonly { id: Id; x: number; y: number }[]; readonly mergeKey?: string }
  | { readonly type: 'remove'; readonly id: Id };

export function editStickyNotes(doc: MapDocument, edit: StickyNoteEdit): EditOutcome {
  const notes = doc.meta.stickyNotes;
  let next: StickyNote[];
  let label: string;
  let mergeKey: string | undefined;
  let voting = doc.meta.voting;
  if (edit.type === 'add') {
    const parsed = stickyNoteSchema.safeParse({ ...edit.note, id: edit.note.id ?? newId() });
    if (!parsed.success) return refuse(validationMessage(parsed.error));
    if (notes.some((n) => n.id === parsed.data.id)) return refuse('That sticky note is already on the map.');
    next = [...notes, parsed.data];
    label = 'Add sticky note';
  } else if (edit.type === 'move') {
    const moves = new Map(edit.moves.filter((m) => Number.isFinite(m.x) && Number.isFinite(m.y)).map((m) => [m.id, m]));
    let moved = 0;
    next = notes.map((n) => {
      const m = moves.get(n.id);
      if (!m || (m.x === n.x && m.y === n.y)) return n;
      moved++;
      return { ...n, x: m.x, y: m.y };
    });
    if (moved === 0) {
      if (!notes.some((n) => moves.has(n.id))) return refuse('Those sticky notes are no longer on the map.');
      // Already there (a drag's first frame): nothing to record.
      return { ok: true, label: 'Move sticky note', patch: { nodes: {}, links: {} }, mode: 'skip' };
    }
    label = moved === 1 ? 'Move sticky note' : `Move ${moved} sticky notes`;
    mergeKey = edit.mergeKey;
  } else {
    const index = notes.findIndex((n) => n.id === edit.id);
    const note = notes[index];
    if (!note) return refuse('That sticky note is no longer on the map.');
    if (edit.type === 'update') {
      const { id: _id, ...changes } = edit.changes as Partial<StickyNote>;
      const parsed = stickyNoteSchema.safeParse({ ...note, ...changes });
      if (!parsed.success) return refuse(validationMessage(parsed.error));
      next = notes.map((n, i) => (i === index ? parsed.data : n));
      const fields = Object.keys(changes).sort().join(',');
      label = fields === 'text' ? 'Edit sticky note' : fields === 'colour' ? 'Change sticky note colour' : fields === 'height,width' ? 'Resize sticky note' : 'Edit sticky note';
      mergeKey = edit.mergeKey ?? `sticky:${note.id}:${fields}`;
    } else {
      next = notes.filter((_, i) => i !== index);
      label = `Delete sticky note “${stickyNoteTitle(note, 4)}”`;
      // Dots on a deleted note go with it (and come back on undo), so nobody loses a dot.
      const votes = voting.votes.filter((v) => !(v.target.kind === 'sticky' && v.target.id === note.id));
      if (votes.length !== voting.votes.length) voting = { ...voting, votes };
    }
  }
  return metaEdit(doc, { stickyNotes: next, voting }, label, mergeKey);
}
