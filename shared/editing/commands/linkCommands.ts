import { LINK_TYPE_LABELS, changedCustomFieldsKey, createLink, mapLinkSchema, newId, type Id, type LinkType, type MapLink } from '../../model';
import type { MapDocument } from '../mapDocument';
import { refuse, type EditOutcome } from './editResult';
import { validationMessage } from './validationMessage';

export type LinkChanges = Partial<Omit<MapLink, 'id' | 'mapId'>>;

export function addLink(
  doc: MapDocument,
  args: { source: Id; target: Id; type: LinkType; id?: Id },
): EditOutcome {
  if (!doc.nodes[args.source] || !doc.nodes[args.target]) return refuse('Both ends of a link must be on the map.');
  if (args.source === args.target) return refuse('A link must join two different nodes.');
  const duplicate = Object.values(doc.links).some(
    (l) => l.type === args.type && l.source === args.source && l.target === args.target,
  );
  if (duplicate) return refuse(`These two are already linked as "${LINK_TYPE_LABELS[args.type]}".`);
  const id = args.id ?? newId();
  const link = createLink({ id, mapId: doc.meta.id, source: args.source, target: args.target, type: args.type });
  return {
    ok: true,
    label: `Link: ${LINK_TYPE_LABELS[args.type].toLowerCase()}`,
    patch: { nodes: {}, links: { [id]: { before: null, after: link } } },
    mode: 'record',
    select: { nodeIds: [], linkIds: [id] },
  };
}

export function updateLink(doc: MapDocument, args: { id: Id; changes: LinkChanges }): EditOutcome {
  const link = doc.links[args.id];
  if (!link) return refuse('That link is no longer on the map.');
  const next = { ...link, ...args.changes, id: link.id, mapId: link.mapId };
  // Only referrals carry a handover mode; changing a link's type keeps that rule true.
  if (next.type !== 'refersTo') next.referralMode = null;
  else if (next.referralMode === null) next.referralMode = 'signposting';
  if (!doc.nodes[next.source] || !doc.nodes[next.target]) return refuse('Both ends of a link must be on the map.');
  const parsed = mapLinkSchema.safeParse(next);
  if (!parsed.success) return refuse(validationMessage(parsed.error));
  return {
    ok: true,
    label: 'Edit link',
    patch: { nodes: {}, links: { [link.id]: { before: link, after: parsed.data } } },
    mode: 'merge',
    mergeKey: `link:${link.id}:${Object.keys(args.changes).sort().join(',')}${changedCustomFieldsKey(link.customFields, args.changes.customFields)}`,
  };
}
