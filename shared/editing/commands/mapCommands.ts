import { mapMetaSchema, type MapMeta } from '../../model';
import type { MapDocument } from '../mapDocument';
import { refuse, type EditOutcome } from './editResult';
import { validationMessage } from './validationMessage';

export type MetaChanges = Partial<Pick<MapMeta, 'name' | 'description' | 'areas' | 'audiences' | 'helpTopics' | 'criteria'>>;

/** Edits the map's own settings: its name, areas, audiences, topics and criteria. */
export function updateMeta(doc: MapDocument, args: { changes: MetaChanges }): EditOutcome {
  const parsed = mapMetaSchema.safeParse({ ...doc.meta, ...args.changes });
  if (!parsed.success) return refuse(validationMessage(parsed.error));
  return {
    ok: true,
    label: args.changes.name !== undefined ? 'Rename map' : 'Edit map settings',
    patch: { meta: { before: doc.meta, after: parsed.data }, nodes: {}, links: {} },
    mode: 'merge',
    mergeKey: `meta:${Object.keys(args.changes).sort().join(',')}`,
  };
}
