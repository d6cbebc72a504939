import { mapLinkSchema, mapMetaSchema, mapNodeSchema, type Id, type MapLink, type MapMeta, type MapNode } from '../../model';
import type { MapDocument } from '../mapDocument';
import type { RecordChange } from '../patch';
import { refuse, type EditOutcome } from './editResult';

/**
 * Adds or updates many records at once — an import or a merge — as one undo step. Every
 * record is validated again here and every link must join nodes that exist afterwards, so a
 * bad plan is refused whole and nothing changes.
 */
export function importRecords(
  doc: MapDocument,
  args: { nodes: readonly MapNode[]; links: readonly MapLink[]; meta?: MapMeta; label: string },
): EditOutcome {
  const nodes: Record<Id, RecordChange<MapNode>> = {};
  for (const node of args.nodes) {
    const parsed = mapNodeSchema.safeParse({ ...node, mapId: doc.meta.id });
    if (!parsed.success) return refuse(`“${node.name}” could not be added: ${parsed.error.issues[0]?.message ?? 'it is not valid'}.`);
    nodes[node.id] = { before: doc.nodes[node.id] ?? null, after: parsed.data };
  }
  const exists = (id: Id) => Boolean(nodes[id]?.after ?? doc.nodes[id]);
  const links: Record<Id, RecordChange<MapLink>> = {};
  for (const link of args.links) {
    const parsed = mapLinkSchema.safeParse({ ...link, mapId: doc.meta.id });
    if (!parsed.success) return refuse(`A link could not be added: ${parsed.error.issues[0]?.message ?? 'it is not valid'}.`);
    if (!exists(link.source) || !exists(link.target)) return refuse('A link points to something that is not on the map, so nothing was imported.');
    links[link.id] = { before: doc.links[link.id] ?? null, after: parsed.data };
  }
  let meta: { before: MapMeta; after: MapMeta } | undefined;
  if (args.meta) {
    const parsed = mapMetaSchema.safeParse({ ...args.meta, id: doc.meta.id });
    if (!parsed.success) return refuse(`The map's settings could not be updated: ${parsed.error.issues[0]?.message ?? 'they are not valid'}.`);
    meta = { before: doc.meta, after: parsed.data };
  }
  if (Object.keys(nodes).length === 0 && Object.keys(links).length === 0 && !meta) return refuse('There was nothing to import.');
  return {
    ok: true,
    label: args.label,
    patch: { ...(meta ? { meta } : {}), nodes, links },
    mode: 'record',
    select: { nodeIds: Object.keys(nodes), linkIds: [] },
  };
}
