import { mapMetaSchema, type MapMeta } from '../../model';
import type { MapDocument } from '../mapDocument';
import { refuse, type EditOutcome } from './editResult';
import { validationMessage } from './validationMessage';

/**
 * A change to the map's own record (its settings, views, sticky notes, votes, parking lot):
 * the whole record is validated again, and the change is one undo step, or merges into the
 * last one with the same `mergeKey` (typing in a field is one step, not one per letter).
 */
export function metaEdit(doc: MapDocument, changes: Partial<MapMeta>, label: string, mergeKey?: string): EditOutcome {
  const meta = mapMetaSchema.safeParse({ ...doc.meta, ...changes });
  if (!meta.success) return refuse(validationMessage(meta.error));
  return {
    ok: true,
    label,
    patch: { meta: { before: doc.meta, after: meta.data }, nodes: {}, links: {} },
    mode: mergeKey ? 'merge' : 'record',
    ...(mergeKey ? { mergeKey } : {}),
  };
}
