import type { Id, MapLink, MapNode } from '../../model';
import { linksTouching, type MapDocument } from '../mapDocument';
import type { RecordChange } from '../patch';
import type { EditOutcome } from './editResult';

/** Deletes nodes and links; a deleted node takes its links with it, and undo brings both back. */
export function deleteElements(
  doc: MapDocument,
  args: { nodeIds: readonly Id[]; linkIds: readonly Id[] },
): EditOutcome {
  const nodeIds = new Set(args.nodeIds.filter((id) => doc.nodes[id]));
  const nodes: Record<Id, RecordChange<MapNode>> = {};
  for (const id of nodeIds) nodes[id] = { before: doc.nodes[id]!, after: null };
  const links: Record<Id, RecordChange<MapLink>> = {};
  for (const id of args.linkIds) {
    const link = doc.links[id];
    if (link) links[id] = { before: link, after: null };
  }
  for (const link of linksTouching(doc, nodeIds)) links[link.id] = { before: link, after: null };
  const n = Object.keys(nodes).length;
  const l = Object.keys(links).length;
  const parts = [n ? `${n} node${n === 1 ? '' : 's'}` : '', !n && l ? `${l} link${l === 1 ? '' : 's'}` : ''];
  return {
    ok: true,
    label: `Delete ${parts.filter(Boolean).join('') || 'nothing'}`,
    patch: { nodes, links },
    mode: 'record',
    select: { nodeIds: [], linkIds: [] },
  };
}
