import {
  mapMetaSchema,
  newId,
  type Area,
  type Audience,
  type Criterion,
  type HelpTopic,
  type Id,
  type MapMeta,
  type MapNode,
} from '../../model';
import type { MapDocument } from '../mapDocument';
import type { RecordChange } from '../patch';
import { refuse, type EditOutcome } from './editResult';
import { validationMessage } from './validationMessage';

/** The map's own editable lists (PRODUCT.md: "all editable, because every place defines these a little differently"). */
export interface MapLists {
  areas: Area;
  audiences: Audience;
  helpTopics: HelpTopic;
  criteria: Criterion;
}
export type MapListName = keyof MapLists;

export type MapListEdit<L extends MapListName> =
  | { readonly type: 'add'; readonly entry: Omit<MapLists[L], 'id'> & { id?: Id } }
  | { readonly type: 'update'; readonly id: Id; readonly changes: Partial<Omit<MapLists[L], 'id'>> }
  | { readonly type: 'remove'; readonly id: Id };

/** Which list, and the edit to it: the edit's fields follow the list. */
export type MapListArgs = { [L in MapListName]: { readonly list: L; readonly edit: MapListEdit<L> } }[MapListName];

const LIST_NOUNS: Record<MapListName, string> = {
  areas: 'area',
  audiences: 'audience',
  helpTopics: 'help topic',
  criteria: 'criterion',
};

/**
 * Adds, edits or removes one entry of a map list. Removing an entry also takes it off every
 * node that used it (a space in a removed area has no area), in the same undo step, so the
 * map never points at something that is not there.
 */
export function editMapList(doc: MapDocument, args: MapListArgs): EditOutcome {
  const { list, edit } = args;
  const entries = doc.meta[list] as readonly { id: Id; [key: string]: unknown }[];
  const noun = LIST_NOUNS[list];
  let next: { id: Id }[];
  let label: string;
  let mergeKey: string | undefined;
  if (edit.type === 'add') {
    const id = edit.entry.id ?? newId();
    if (entries.some((e) => e.id === id)) return refuse(`That ${noun} is already on this map.`);
    next = [...entries, { ...(edit.entry as object), id }];
    label = `Add ${noun}`;
  } else {
    const index = entries.findIndex((e) => e.id === edit.id);
    if (index < 0) return refuse(`That ${noun} is no longer on this map.`);
    if (edit.type === 'update') {
      next = entries.map((e, i) => (i === index ? { ...e, ...(edit.changes as object), id: e.id } : e));
      label = `Edit ${noun}`;
      mergeKey = `list:${list}:${edit.id}:${Object.keys(edit.changes).sort().join(',')}`;
    } else {
      next = entries.filter((_, i) => i !== index);
      label = `Remove ${noun}`;
    }
  }
  const parsed = mapMetaSchema.safeParse({ ...doc.meta, [list]: next });
  if (!parsed.success) return refuse(validationMessage(parsed.error));
  const duplicate = duplicateName(parsed.data, list);
  if (duplicate) return refuse(`There is already ${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun} called “${duplicate}”.`);
  const nodes = edit.type === 'remove' ? dropReferences(doc, list, edit.id) : {};
  return {
    ok: true,
    label,
    patch: { meta: { before: doc.meta, after: parsed.data }, nodes, links: {} },
    mode: mergeKey ? 'merge' : 'record',
    ...(mergeKey ? { mergeKey } : {}),
  };
}

function duplicateName(meta: MapMeta, list: MapListName): string | null {
  const seen = new Set<string>();
  for (const entry of meta[list]) {
    const name = 'name' in entry ? entry.name : entry.label;
    const key = name.trim().toLocaleLowerCase('en-GB');
    if (seen.has(key)) return name;
    seen.add(key);
  }
  return null;
}

function without(ids: readonly Id[], id: Id): Id[] | null {
  return ids.includes(id) ? ids.filter((x) => x !== id) : null;
}

/** The changes that take a removed entry off every node that refers to it. */
function dropReferences(doc: MapDocument, list: MapListName, id: Id): Record<Id, RecordChange<MapNode>> {
  const changes: Record<Id, RecordChange<MapNode>> = {};
  for (const node of Object.values(doc.nodes)) {
    let after: MapNode | null = null;
    if (node.kind === 'space') {
      if (list === 'areas' && node.areaId === id) after = { ...node, areaId: null };
      const field = list === 'audiences' ? 'audiences' : list === 'criteria' ? 'criteriaMet' : null;
      const kept = field ? without(node[field], id) : null;
      if (field && kept) after = { ...node, [field]: kept };
    } else if (node.kind === 'organisation') {
      const field = list === 'areas' ? 'areasServed' : list === 'helpTopics' ? 'helpTopics' : null;
      const kept = field ? without(node[field], id) : null;
      if (field && kept) after = { ...node, [field]: kept };
    }
    if (after) changes[node.id] = { before: node, after };
  }
  return changes;
}
