import { createLink, createNode, newId, type Id, type LinkType, type MapLink, type MapNode, type NodeKind } from '../../model';
import type { MapDocument } from '../mapDocument';
import type { RecordChange } from '../patch';
import { suggestLinkType } from '../suggestLinkType';
import { refuse, type EditOutcome } from './editResult';

export const ADD_NODES_LIMIT = 1000;

/**
 * Adds several nodes as one undo step (quick capture of a pasted list), each optionally linked
 * to one existing node with the link type that pair most likely means.
 */
export function addNodes(
  doc: MapDocument,
  args: {
    nodes: readonly { kind: NodeKind; name: string; x: number; y: number; id?: Id }[];
    linkTo?: Id | null;
  },
): EditOutcome {
  if (args.nodes.length === 0) return refuse('There are no names to add.');
  if (args.nodes.length > ADD_NODES_LIMIT) return refuse(`Add at most ${ADD_NODES_LIMIT.toLocaleString('en-GB')} nodes at a time.`);
  const anchor = args.linkTo ? doc.nodes[args.linkTo] : undefined;
  if (args.linkTo && !anchor) return refuse('The node to link them to is no longer on the map.');
  const nodes: Record<Id, RecordChange<MapNode>> = {};
  const links: Record<Id, RecordChange<MapLink>> = {};
  for (const spec of args.nodes) {
    const name = spec.name.trim();
    if (!name) return refuse('Every new node needs a name.');
    if (name.length > 200) return refuse(`“${name.slice(0, 40)}…” is too long: keep names under 200 characters.`);
    if (!Number.isFinite(spec.x) || !Number.isFinite(spec.y)) return refuse('A new node needs a place on the map.');
    const id = spec.id ?? newId();
    if (doc.nodes[id] || nodes[id]) return refuse('A node with that id already exists.');
    nodes[id] = { before: null, after: createNode(spec.kind, { id, mapId: doc.meta.id, name, x: spec.x, y: spec.y }) };
    if (anchor) {
      const { source, target, type } = linkBetween(spec.kind, id, anchor.kind, anchor.id);
      const linkId = newId();
      links[linkId] = { before: null, after: createLink({ id: linkId, mapId: doc.meta.id, source, target, type }) };
    }
  }
  const count = args.nodes.length;
  return {
    ok: true,
    label: `Add ${count} node${count === 1 ? '' : 's'}`,
    patch: { nodes, links },
    mode: 'record',
    select: { nodeIds: Object.keys(nodes), linkIds: [] },
  };
}

/** The more telling direction: "volunteer works at the library" rather than "library knows volunteer". */
function linkBetween(newKind: NodeKind, newId: Id, anchorKind: NodeKind, anchorId: Id): { source: Id; target: Id; type: LinkType } {
  const forward = suggestLinkType(newKind, anchorKind);
  if (forward !== 'knows') return { source: newId, target: anchorId, type: forward };
  const backward = suggestLinkType(anchorKind, newKind);
  return backward !== 'knows' ? { source: anchorId, target: newId, type: backward } : { source: newId, target: anchorId, type: 'knows' };
}
