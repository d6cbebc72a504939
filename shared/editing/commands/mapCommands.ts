import type { MapMeta } from '../../model';
import type { MapDocument } from '../mapDocument';
import type { EditOutcome } from './editResult';
import { metaEdit } from './metaEdit';

export type MetaChanges = Partial<Pick<MapMeta, 'name' | 'description' | 'areas' | 'audiences' | 'helpTopics' | 'criteria'>>;

/** Edits the map's own settings: its name, areas, audiences, topics and criteria. */
export function updateMeta(doc: MapDocument, args: { changes: MetaChanges }): EditOutcome {
  return metaEdit(doc, args.changes, args.changes.name !== undefined ? 'Rename map' : 'Edit map settings', `meta:${Object.keys(args.changes).sort().join(',')}`);
}
