import { NODE_KIND_LABELS, NODE_SCHEMAS, changedCustomFieldsKey, createNode, newId, type Id, type MapNode, type NodeKind } from '../../model';
import type { MapDocument } from '../mapDocument';
import type { RecordChange } from '../patch';
import { refuse, type EditOutcome } from './editResult';
import { validationMessage } from './validationMessage';

/** Fields a user may edit; identity and kind are fixed for a node's life. */
export type NodeChanges = Partial<Omit<MapNode, 'id' | 'mapId' | 'kind'>> & Record<string, unknown>;

export function addNode(
  doc: MapDocument,
  args: { kind: NodeKind; x: number; y: number; name?: string; id?: Id },
): EditOutcome {
  const id = args.id ?? newId();
  if (doc.nodes[id]) return refuse('A node with that id already exists.');
  const name = args.name?.trim() || `New ${NODE_KIND_LABELS[args.kind].toLowerCase()}`;
  const node = createNode(args.kind, { id, mapId: doc.meta.id, name, x: args.x, y: args.y });
  return {
    ok: true,
    label: `Add ${NODE_KIND_LABELS[args.kind].toLowerCase()}`,
    patch: { nodes: { [id]: { before: null, after: node } }, links: {} },
    mode: 'record',
    select: { nodeIds: [id], linkIds: [] },
  };
}

/**
 * Edits fields of one node, validated against its kind's schema. Consecutive edits to the
 * same field merge into one undo step (typing a name is one step, not one per letter).
 */
export function updateNode(doc: MapDocument, args: { id: Id; changes: NodeChanges }): EditOutcome {
  const node = doc.nodes[args.id];
  if (!node) return refuse('That node is no longer on the map.');
  const { id: _i, mapId: _m, kind: _k, ...changes } = args.changes;
  const parsed = NODE_SCHEMAS[node.kind].safeParse({ ...node, ...changes });
  if (!parsed.success) return refuse(validationMessage(parsed.error));
  const fields = Object.keys(changes).sort().join(',') + changedCustomFieldsKey(node.customFields, changes.customFields);
  return {
    ok: true,
    label: `Edit ${node.name}`,
    patch: { nodes: { [node.id]: { before: node, after: parsed.data as MapNode } }, links: {} },
    mode: 'merge',
    mergeKey: `edit:${node.id}:${fields}`,
  };
}

/**
 * Moves nodes. A drag sends one of these per frame with the drag's own merge key, so the
 * whole drag is one undo step.
 */
export function moveNodes(
  doc: MapDocument,
  args: { moves: readonly { id: Id; x: number; y: number }[]; mergeKey?: string },
): EditOutcome {
  const nodes: Record<Id, RecordChange<MapNode>> = {};
  for (const move of args.moves) {
    const node = doc.nodes[move.id];
    if (!node || !Number.isFinite(move.x) || !Number.isFinite(move.y)) continue;
    if (node.x === move.x && node.y === move.y) continue;
    nodes[node.id] = { before: node, after: { ...node, x: move.x, y: move.y } };
  }
  const count = Object.keys(nodes).length;
  return {
    ok: true,
    label: count === 1 ? 'Move node' : `Move ${count} nodes`,
    patch: { nodes, links: {} },
    mode: args.mergeKey ? 'merge' : 'record',
    ...(args.mergeKey ? { mergeKey: args.mergeKey } : {}),
  };
}
